using System.Text.Json;
using ArmsWatch.Evaluation;
using ArmsWatch.Tests.EndToEnd;

namespace ArmsWatch.Tests.Evaluation;

/// <summary>`armswatch eval` must give the shared scorer's figures, so users measuring their own data see what CI sees.</summary>
public sealed class ClaimScorerTests
{
    [Theory]
    [InlineData("seeds", "articles")]
    [InlineData("dev", "articles.jsonl")]
    public void Scorer_agrees_with_the_shared_python_scorer(string set, string input)
    {
        var articles = RepositoryPaths.Shared("eval", set, input);
        var gold = RepositoryPaths.Shared("eval", set, "gold");
        var lines = SeedScoreTests.Extracted(articles);

        var ours = ClaimScorer.Score(gold, ClaimScorer.ReadPredictions(lines));
        var theirs = SeedScoreTests.Score(lines, gold);

        var claims = theirs.GetProperty("claims");
        Assert.Equal(claims.GetProperty("tp").GetInt32(), ours.TruePositives);
        Assert.Equal(claims.GetProperty("fp").GetInt32(), ours.FalsePositives);
        Assert.Equal(claims.GetProperty("fn").GetInt32(), ours.FalseNegatives);
        Assert.Equal(theirs.GetProperty("strict_f1").GetDouble(), Math.Round(ours.StrictF1, 4));
        Assert.Equal(theirs.GetProperty("polarity_flips").GetInt32(), ours.PolarityFlips);
        Assert.Equal(theirs.GetProperty("published_year_accuracy").GetDouble(), Math.Round(ours.PublishedYearAccuracy!.Value, 4));
        foreach (var attribute in theirs.GetProperty("attributes").EnumerateObject())
            Assert.Equal(attribute.Value.ValueKind == JsonValueKind.Null ? null : attribute.Value.GetDouble(), ours.AttributeAccuracy[attribute.Name]);
    }

    [Fact]
    public void A_document_missing_from_the_predictions_counts_as_no_claims()
    {
        var report = ClaimScorer.Score(RepositoryPaths.Shared("eval", "seeds", "gold"), new Dictionary<string, JsonElement>());
        Assert.Equal(0, report.TruePositives);
        Assert.True(report.FalseNegatives > 0);
        Assert.Equal(0.0, report.F1);
    }
}
