using System.Text.Json;

namespace ArmsWatch.Tests.Cli;

/// <summary>`armswatch eval`: checks its arguments, and prints the shared scorer's figures in its own format.</summary>
public sealed class EvalCommandTests
{
    [Fact]
    public async Task Eval_with_its_arguments_swapped_says_so_instead_of_scoring_zero()
    {
        var articles = RepositoryPaths.Shared("eval", "seeds", "articles");
        var gold = RepositoryPaths.Shared("eval", "seeds", "gold");
        var (code, output, error) = await CommandLine.Run("eval", articles, gold);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("the gold folder comes first", error);
        Assert.Contains("usage: armswatch eval GOLD_DIR ARTICLES...", error);
    }

    [Fact]
    public async Task Eval_on_articles_the_gold_is_not_about_is_an_error()
    {
        var (code, _, error) = await CommandLine.Run("eval", RepositoryPaths.Shared("eval", "seeds", "gold"), Path.Combine(RepositoryPaths.Root, "samples", "s300-iran-2016.txt"));
        Assert.Equal(2, code);
        Assert.Contains("has a gold file", error);
    }

    [Fact]
    public async Task Eval_prints_the_scorers_figures_in_its_own_words()
    {
        var (code, output, _) = await CommandLine.Run("eval", RepositoryPaths.Shared("eval", "seeds", "gold"), RepositoryPaths.Shared("eval", "seeds", "articles"));
        Assert.Equal(0, code);
        Assert.Matches(@"claims +precision 0\.\d{3}  recall \d\.\d{3}  F1 0\.\d{3}", output);
        Assert.DoesNotContain("None", output);
        Assert.DoesNotContain("{'", output);

        var (_, json, _) = await CommandLine.Run("eval", "--json", RepositoryPaths.Shared("eval", "seeds", "gold"), RepositoryPaths.Shared("eval", "seeds", "articles"));
        var root = JsonDocument.Parse(json).RootElement;
        Assert.True(root.GetProperty("claims").GetProperty("f1").GetDouble() > 0.9);
        Assert.False(root.GetProperty("totals").TryGetProperty("f1", out _));
    }
}
