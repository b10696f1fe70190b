using System.CommandLine;
using ArmsWatch.Cli.Commands;

var root = new RootCommand("ArmsWatch: arms-transfer claims from news, with sentence-level provenance.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(ReadCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(WatchCommand.Create());
root.Subcommands.Add(FuzzCommand.Create());
root.Subcommands.Add(ClaimsCommand.Create());
root.Subcommands.Add(DealsCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(EvaluateParserCommand.Create());
root.Subcommands.Add(VersionCommand.Create());
return await root.Parse(args).InvokeAsync();
