using System.CommandLine;
using ArmsWatch.Extraction;
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
        var output = new Option<FileInfo?>("--out") { Description = "Write the JSON Lines to this file instead of standard output." };
        var models = new Option<string?>("--models") { Description = "A folder holding a claims.model trained with train-claims (default: the shipped one)." };
        var command = new Command("extract", "Extract arms-transfer claims from articles, as JSON Lines (../shared/spec/claims.md).");
        command.Arguments.Add(paths);
        command.Options.Add(output);
        command.Options.Add(models);
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(output), parse.GetValue(models)));
        return command;
    }

    private static int Run(string[] paths, FileInfo? output, string? models)
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
        using var writer = output is null ? Console.Out : new StreamWriter(output.FullName);
        var failures = 0;
        foreach (var claims in pipeline.ExtractAll(paths, error => failures += Report(error)))
            writer.WriteLine(ClaimsJson.Serialize(claims));
        return failures == 0 ? 0 : 1;
    }

    /// <summary>One line on stderr naming the input and what is wrong with it.</summary>
    public static int Report(InputException error)
    {
        Console.Error.WriteLine($"error: {error.Message}");
        return 1;
    }
}
