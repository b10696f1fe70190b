using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using ArmsWatch.Cli.Commands;
using ArmsWatch.Cli.Presentation;

namespace ArmsWatch.Cli;

/// <summary>
/// The <c>armswatch</c> command: its subcommands, and the rule that anything going wrong in a way the user can fix
/// (a mistyped command or option, a busy port) is one or two lines on stderr, never the whole help or a stack trace.
/// </summary>
public static class ArmsWatchCommand
{
    public const string Description = "ArmsWatch: arms-transfer claims from news, with sentence-level provenance.";

    /// <remarks>
    /// A plain command named <c>armswatch</c> rather than a RootCommand, which takes its name from the assembly
    /// (ArmsWatch.Cli: the loader would not tell an assembly "armswatch" from the library "ArmsWatch").
    /// </remarks>
    public static Command Create()
    {
        var root = new Command(ProductInfo.Command, Description)
        {
            new HelpOption(),
            new VersionOption { Action = new PrintVersion() },
        };
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(ReadCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(KnowledgeCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(WatchCommand.Create());
        root.Subcommands.Add(FuzzCommand.Create());
        root.Subcommands.Add(ClaimsCommand.Create());
        root.Subcommands.Add(DealsCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(TrainClaimsCommand.Create());
        root.Subcommands.Add(EvaluateParserCommand.Create());
        root.Subcommands.Add(VersionCommand.Create());
        return root;
    }

    /// <summary>Parses and runs a command line; exit code 2 for a command line that cannot be run or a failure reported in one line.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null, CancellationToken cancel = default)
    {
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            // Failures the user can fix are reported below in one line; anything else is a bug, and its trace says where.
            EnableDefaultExceptionHandler = false,
        };
        var root = Create();
        // Nothing to do: the list of commands is what a newcomer needs.
        var parse = root.Parse(args.Length == 0 ? ["--help"] : args);
        if (parse.Action is ParseErrorAction)
        {
            CommandLineMistakes.Report(parse, configuration.Error);
            return 2;
        }
        try
        {
            return await parse.InvokeAsync(configuration, cancel);
        }
        catch (Exception e) when (KnownFailure.Describe(e) is { } line)
        {
            configuration.Error.WriteLine($"error: {line}");
            return 2;
        }
    }

    private sealed class PrintVersion : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(ProductInfo.VersionLine);
            return 0;
        }
    }
}
