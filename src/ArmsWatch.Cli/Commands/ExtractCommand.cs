using System.CommandLine;
using ArmsWatch.Cli.Presentation;
using ArmsWatch.Documents;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch extract PATH...</c>: claims for every article, one JSON object per document.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.txt, .html, .htm, .jsonl) or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string?>("--out") { Description = "Write the JSON Lines to this file instead of standard output (- is standard output)." };
        var models = new Option<string?>("--models") { Description = "A folder holding a claims.model trained with train-claims (default: the shipped one)." };
        var command = new Command("extract", "Extract arms-transfer claims from articles, as JSON Lines (../shared/spec/claims.md).");
        command.Arguments.Add(paths);
        command.Options.Add(output);
        command.Options.Add(models);
        command.SetAction(parse => Run(Terminal.Of(parse), parse.GetValue(paths)!, parse.GetValue(output), parse.GetValue(models)));
        return command;
    }

    private static int Run(Terminal terminal, string[] paths, string? output, string? models)
    {
        ArmsWatchPipeline pipeline;
        try
        {
            pipeline = models is null ? ArmsWatchPipeline.LoadDefault() : ArmsWatchPipeline.Load(models);
        }
        catch (InputException e)
        {
            return Report(e);
        }
        var toFile = output is not null && output != ExportCommand.StandardOutput;
        using var file = toFile ? new StreamWriter(Path.GetFullPath(output!)) : null;
        var writer = file ?? terminal.Out;
        var failures = 0;
        foreach (var claims in pipeline.ExtractAll(paths, error => failures += Report(error)))
            writer.WriteLine(OutputJson.Serialize(claims));
        return failures == 0 ? 0 : 1;
    }

    /// <summary>One line on stderr naming the input and what is wrong with it.</summary>
    public static int Report(InputException error)
    {
        Console.Error.WriteLine($"error: {error.Message}");
        return 1;
    }
}
