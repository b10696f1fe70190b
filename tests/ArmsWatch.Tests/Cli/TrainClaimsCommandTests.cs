using System.CommandLine;
using System.Text.Json;
using ArmsWatch.Cli.Commands;
using ArmsWatch.Evaluation;
using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Cli;

/// <summary>An analyst retrains the claim decisions on their own annotated articles and extracts with the result.</summary>
public sealed class TrainClaimsCommandTests
{
    private static int Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(TrainClaimsCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        return root.Parse(args).Invoke();
    }

    [Fact]
    public void Own_gold_trains_a_model_that_extract_then_uses()
    {
        var folder = Directory.CreateTempSubdirectory("armswatch-train-").FullName;
        try
        {
            var gold = RepositoryPaths.Shared("eval", "seeds", "gold");
            var articles = RepositoryPaths.Shared("eval", "seeds", "articles");
            Assert.Equal(0, Run("train-claims", "--gold", gold, "--articles", articles, "--out", folder));
            Assert.True(new FileInfo(Path.Combine(folder, "claims.model")).Length > 1000);

            var output = Path.Combine(folder, "claims.jsonl");
            Assert.Equal(0, Run("extract", articles, "--models", folder, "--out", output));
            var claims = File.ReadLines(output).SelectMany(line => JsonDocument.Parse(line).RootElement.GetProperty("claims").EnumerateArray()).ToList();
            // Trained on these very articles, the model finds their claims again.
            Assert.True(claims.Count >= 20, $"{claims.Count} claims");
            Assert.All(claims, claim => Assert.InRange(claim.GetProperty("confidence").GetDouble(), 0, 1));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Training_twice_writes_the_same_bytes()
    {
        var folder = Directory.CreateTempSubdirectory("armswatch-train-").FullName;
        try
        {
            var gold = RepositoryPaths.Shared("eval", "seeds", "gold");
            var articles = RepositoryPaths.Shared("eval", "seeds", "articles");
            Assert.Equal(0, Run("train-claims", "--gold", gold, "--articles", articles, "--out", Path.Combine(folder, "a")));
            Assert.Equal(0, Run("train-claims", "--gold", gold, "--articles", articles, "--out", Path.Combine(folder, "b")));
            Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "a", "claims.model")), File.ReadAllBytes(Path.Combine(folder, "b", "claims.model")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Cross_validation_chooses_the_reporting_threshold_the_model_keeps()
    {
        var folder = Directory.CreateTempSubdirectory("armswatch-train-").FullName;
        try
        {
            var folds = Path.Combine(folder, "folds.tsv");
            File.WriteAllLines(folds, ["doc\tfold", "seed-000\t1", "seed-001\t2"]);
            Assert.Equal(0, Run("train-claims", "--gold", RepositoryPaths.Shared("eval", "seeds", "gold"),
                "--articles", RepositoryPaths.Shared("eval", "seeds", "articles"), "--folds", folds, "--out", folder));
            var models = ClaimModels.Load(Path.Combine(folder, ClaimModels.FileName));
            Assert.Contains(models.Threshold, CrossValidation.Thresholds);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void An_unknown_ablation_name_is_an_error() =>
        Assert.Equal(1, Run("train-claims", "--gold", RepositoryPaths.Shared("eval", "seeds", "gold"),
            "--articles", RepositoryPaths.Shared("eval", "seeds", "articles"), "--without", "no-such-pattern"));
}
