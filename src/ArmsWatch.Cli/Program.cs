using System.CommandLine;
using ArmsWatch.Cli.Commands;

var root = new RootCommand("ArmsWatch: arms-transfer claims from news, with sentence-level provenance.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(VersionCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(EvaluateParserCommand.Create());
return root.Parse(args).Invoke();
