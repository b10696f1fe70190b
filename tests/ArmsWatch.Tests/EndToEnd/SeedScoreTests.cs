using System.Diagnostics;
using System.Text.Json;
using ArmsWatch.Extraction;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.EndToEnd;

/// <summary>The whole path, read → extract, on the seed articles, scored by the shared scorer; floors fail CI on a regression.</summary>
public sealed class SeedScoreTests
{
    // Measured when set: seeds F1 0.952, strict F1 0.857, 0 polarity flips.
    private const double ClaimF1Floor = 0.90;
    private const double StrictF1Floor = 0.80;

    [Fact]
    public void Seeds_score_above_the_floors_with_no_polarity_flip()
    {
        var score = Score(RepositoryPaths.Shared("eval", "seeds", "articles"), RepositoryPaths.Shared("eval", "seeds", "gold"));
        Assert.True(score.GetProperty("claims").GetProperty("f1").GetDouble() >= ClaimF1Floor, score.ToString());
        Assert.True(score.GetProperty("strict_f1").GetDouble() >= StrictF1Floor, score.ToString());
        Assert.Equal(0, score.GetProperty("polarity_flips").GetInt32());
        Assert.Equal(2, score.GetProperty("totals").GetProperty("tp").GetInt32());
    }

    [Fact]
    public void Seeds_are_dated_to_2001_not_to_the_page_banner()
    {
        var score = Score(RepositoryPaths.Shared("eval", "seeds", "articles"), RepositoryPaths.Shared("eval", "seeds", "gold"));
        Assert.Equal(1.0, score.GetProperty("published_year_accuracy").GetDouble());
    }

    /// <summary>Extracts every article under <paramref name="input"/> and returns the shared scorer's JSON figures.</summary>
    public static JsonElement Score(string input, string goldDirectory) => Score(Extracted(input), goldDirectory);

    /// <summary>The JSON Lines <c>armswatch extract</c> prints for every article under <paramref name="input"/>.</summary>
    public static List<string> Extracted(string input) =>
        RegisterTestData.Pipeline.ExtractAll([input], error => throw error).Select(ClaimsJson.Serialize).ToList();

    /// <summary>The shared scorer's JSON figures for extracted JSON Lines.</summary>
    public static JsonElement Score(IEnumerable<string> lines, string goldDirectory)
    {
        var predictions = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(predictions, lines);
            var scorer = Process.Start(new ProcessStartInfo("python3",
                [RepositoryPaths.Shared("eval", "score.py"), goldDirectory, predictions, "--json"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = scorer.StandardOutput.ReadToEnd();
            scorer.WaitForExit();
            Assert.True(scorer.ExitCode == 0, scorer.StandardError.ReadToEnd());
            return JsonDocument.Parse(output).RootElement.Clone();
        }
        finally
        {
            File.Delete(predictions);
        }
    }
}
