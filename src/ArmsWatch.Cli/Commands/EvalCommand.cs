using System.CommandLine;
using System.Text.Json;
using ArmsWatch.Evaluation;
using ArmsWatch.Extraction;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch eval GOLD_DIR INPUT...</c>: extracts the input and scores it against gold claims as the shared scorer does.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<DirectoryInfo>("gold") { Description = "A folder of <doc>.json gold files in the claims format." };
        var inputs = new Argument<string[]>("inputs") { Description = "The articles: files or folders, as for extract.", Arity = ArgumentArity.OneOrMore };
        var showErrors = new Option<bool>("--show-errors") { Description = "List every missed, spurious and mislabelled claim." };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var command = new Command("eval", "Extract claims from articles and score them against gold annotations.");
        command.Arguments.Add(gold);
        command.Arguments.Add(inputs);
        command.Options.Add(showErrors);
        command.Options.Add(json);
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(inputs)!, parse.GetValue(showErrors), parse.GetValue(json)));
        return command;
    }

    private static int Run(DirectoryInfo gold, string[] inputs, bool showErrors, bool json)
    {
        if (!gold.Exists)
        {
            Console.Error.WriteLine($"error: {gold.FullName}: no such folder of gold files");
            return 2;
        }
        var pipeline = ArmsWatchPipeline.LoadDefault();
        var failures = 0;
        var lines = pipeline.ExtractAll(inputs, error => failures += ExtractCommand.Report(error)).Select(ClaimsJson.Serialize).ToList();
        var report = ClaimScorer.Score(gold.FullName, ClaimScorer.ReadPredictions(lines));
        if (json)
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                documents = report.Documents,
                claims = new { tp = report.TruePositives, fp = report.FalsePositives, fn = report.FalseNegatives,
                    precision = Math.Round(report.Precision, 4), recall = Math.Round(report.Recall, 4), f1 = Math.Round(report.F1, 4) },
                strict_f1 = Math.Round(report.StrictF1, 4),
                polarity_flips = report.PolarityFlips,
                attributes = report.AttributeAccuracy,
                published_year_accuracy = report.PublishedYearAccuracy is { } y ? Math.Round(y, 4) : (double?)null,
                totals = new { tp = report.Totals.Hit, fp = report.Totals.Spurious, fn = report.Totals.Missed },
            }));
        else
        {
            if (showErrors)
                report.Errors.ToList().ForEach(Console.WriteLine);
            report.Lines().ToList().ForEach(Console.WriteLine);
        }
        return failures == 0 ? 0 : 1;
    }
}
