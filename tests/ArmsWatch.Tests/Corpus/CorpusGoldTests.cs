using System.Diagnostics;
using System.Globalization;

namespace ArmsWatch.Tests.Corpus;

/// <summary>The training corpus's gold files, checked as the annotators checked them, so a broken file fails CI.</summary>
public sealed class CorpusGoldTests
{
    private static string GoldDirectory => Path.Combine(RepositoryPaths.Root, "corpus", "gold");

    [Fact]
    public void Every_gold_file_passes_the_shared_validator()
    {
        var validator = Process.Start(new ProcessStartInfo("python3",
            [RepositoryPaths.Shared("eval", "validate_gold.py"), RepositoryPaths.Shared("corpus", "articles"), GoldDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = validator.StandardOutput.ReadToEnd() + validator.StandardError.ReadToEnd();
        validator.WaitForExit();
        Assert.True(validator.ExitCode == 0, output);
        Assert.Contains("160 gold files", output);
        Assert.EndsWith("0 problems", output.Trim());
    }

    [Fact]
    public void Every_document_is_in_exactly_one_fold_and_every_fold_has_hard_negatives()
    {
        var folds = File.ReadLines(Path.Combine(RepositoryPaths.Root, "corpus", "folds.tsv"))
            .Where(line => !line.StartsWith('#') && !line.StartsWith("doc\t", StringComparison.Ordinal))
            .Select(line => line.Split('\t'))
            .ToDictionary(columns => columns[0], columns => int.Parse(columns[1], CultureInfo.InvariantCulture));
        var documents = Directory.GetFiles(GoldDirectory, "*.json").Select(file => Path.GetFileNameWithoutExtension(file)!).Order().ToList();
        Assert.Equal(documents, folds.Keys.Order().ToList());
        Assert.Equal([1, 2, 3, 4, 5], folds.Values.Distinct().Order());
        foreach (var fold in Enumerable.Range(1, 5))
            Assert.Contains(folds.Where(f => f.Value == fold), f => !HasRequiredClaim(f.Key));
    }

    private static bool HasRequiredClaim(string doc) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldDirectory, doc + ".json")))
            .RootElement.GetProperty("claims").EnumerateArray()
            .Any(claim => !(claim.TryGetProperty("optional", out var optional) && optional.GetBoolean()));
}
