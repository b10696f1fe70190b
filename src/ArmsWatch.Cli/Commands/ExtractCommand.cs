using System.CommandLine;
using ArmsWatch.Extraction;
using ArmsWatch.Reading;

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
        var command = new Command("extract", "Extract arms-transfer claims from articles, as JSON Lines (../shared/spec/claims.md).");
        command.Arguments.Add(paths);
        command.Options.Add(output);
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(output)));
        return command;
    }

    private static int Run(string[] paths, FileInfo? output)
    {
        var pipeline = ArmsWatchPipeline.LoadDefault();
        using var writer = output is null ? Console.Out : new StreamWriter(output.FullName);
        var failures = 0;
        foreach (var outcome in new DocumentReader().Read(paths))
        {
            if (outcome.Error is { } error)
            {
                Console.Error.WriteLine($"error: {error.Message}");
                failures++;
                continue;
            }
            writer.WriteLine(ClaimsJson.Serialize(pipeline.Extract(outcome.Document!)));
        }
        return failures == 0 ? 0 : 1;
    }
}
