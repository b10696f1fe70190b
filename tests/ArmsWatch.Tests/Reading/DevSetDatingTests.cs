using System.Text.Json;
using ArmsWatch.Reading;
using Xunit.Abstractions;

namespace ArmsWatch.Tests.Reading;

/// <summary>Publication year estimated from the text alone, against the dev set's gold, with a floor so a regression fails.</summary>
public sealed class DevSetDatingTests(ITestOutputHelper output)
{
    // Measured 20/35 (57%) on the dev articles when this floor was set; raise it when the estimator improves.
    private const double YearAccuracyFloor = 0.55;

    [Fact]
    public void Estimator_dates_dev_articles_from_their_text_to_the_right_year()
    {
        var reader = new DocumentReader();
        var correct = 0;
        var total = 0;
        foreach (var line in File.ReadLines(SharedFiles.Eval("dev", "articles.jsonl")))
        {
            using var record = JsonDocument.Parse(line);
            var doc = record.RootElement.GetProperty("doc").GetString()!;
            var text = record.RootElement.GetProperty("text").GetString()!;
            using var gold = JsonDocument.Parse(File.ReadAllText(SharedFiles.Eval("dev", "gold", doc + ".json")));
            var expected = gold.RootElement.GetProperty("published").GetString()!;
            var estimated = reader.FromText(doc, text).Published;
            var right = estimated?.Year.ToString() == expected[..4];
            output.WriteLine($"{doc} gold {expected} estimated {estimated?.ToString() ?? "null"} {(right ? "" : "WRONG")}");
            correct += right ? 1 : 0;
            total++;
        }
        var accuracy = (double)correct / total;
        output.WriteLine($"year accuracy {correct}/{total} = {accuracy:P0}");
        Assert.True(accuracy >= YearAccuracyFloor, $"year accuracy {accuracy:P0} fell below {YearAccuracyFloor:P0}");
    }
}
