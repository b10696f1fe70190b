using System.CommandLine;
using ArmsWatch.Cli.Presentation;
using ArmsWatch.Evaluation;
using ArmsWatch.Extraction;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch eval GOLD_DIR INPUT...</c>: extracts the input and scores it against gold claims as the shared scorer does.</summary>
public static class EvalCommand
{
    private const string Usage = $"{ProductInfo.Command} eval GOLD_DIR ARTICLES...";

    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "A folder of <doc>.json gold files in the claims format (first)." };
        var inputs = new Argument<string[]>("inputs") { Description = "The articles: files or folders, as for extract.", Arity = ArgumentArity.OneOrMore };
        var showErrors = new Option<bool>("--show-errors") { Description = "List every missed, spurious and mislabelled claim." };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var command = new Command("eval", "Extract claims from articles and score them against gold annotations (the shared scorer's figures).");
        command.Arguments.Add(gold);
        command.Arguments.Add(inputs);
        command.Options.Add(showErrors);
        command.Options.Add(json);
        command.SetAction(parse => Run(Terminal.Of(parse), parse.GetValue(gold)!, parse.GetValue(inputs)!, parse.GetValue(showErrors), parse.GetValue(json)));
        return command;
    }

    private static int Run(Terminal terminal, string gold, string[] inputs, bool showErrors, bool json)
    {
        if (GoldProblem(gold) is { } problem)
        {
            terminal.Error.WriteLine($"error: {problem}");
            return 2;
        }
        var goldDocs = Directory.GetFiles(gold, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var pipeline = ArmsWatchPipeline.LoadDefault();
        var failures = 0;
        var extracted = pipeline.ExtractAll(inputs, error => failures += ExtractCommand.Report(error)).ToList();
        if (extracted.Count == 0)
        {
            terminal.Error.WriteLine($"error: no article could be read from {string.Join(", ", inputs)} (usage: {Usage})");
            return 2;
        }
        // Scoring articles the gold is not about gives zeros that look like a broken extractor: say so instead.
        if (!extracted.Any(claims => goldDocs.Contains(claims.Doc)))
        {
            terminal.Error.WriteLine($"error: none of the {extracted.Count} articles ({Sample(extracted.Select(claims => claims.Doc))}) has a gold file in {gold} "
                + $"({Sample(goldDocs.Order(StringComparer.Ordinal))}): give the articles the gold was written for");
            return 2;
        }
        var report = ClaimScorer.Score(Path.GetFullPath(gold), ClaimScorer.ReadPredictions(extracted.Select(ClaimsJson.Serialize).ToList()));
        if (json)
        {
            terminal.Out.WriteLine(OutputJson.Serialize(EvalSummary.Of(report)));
        }
        else
        {
            if (showErrors)
                foreach (var error in report.Errors)
                    terminal.Out.WriteLine(error);
            foreach (var line in EvalSummary.Lines(report, extracted.Count(claims => goldDocs.Contains(claims.Doc))))
                terminal.Out.WriteLine(line);
        }
        return failures == 0 ? 0 : 1;
    }

    /// <summary>Why <paramref name="gold"/> is no folder of gold files, most often because the arguments were swapped.</summary>
    private static string? GoldProblem(string gold)
    {
        if (File.Exists(gold))
            return $"{gold} is a file; the gold comes first, as a folder of <doc>.json files (usage: {Usage})";
        if (!Directory.Exists(gold))
            return $"{gold}: no such folder of gold files (usage: {Usage})";
        if (Directory.GetFiles(gold, "*.json").Length == 0)
            return $"{gold} holds no <doc>.json gold files; the gold folder comes first (usage: {Usage})";
        return null;
    }

    private static string Sample(IEnumerable<string> docs)
    {
        var list = docs.ToList();
        return string.Join(", ", list.Take(3)) + (list.Count > 3 ? $", … {list.Count} in all" : "");
    }
}
