using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Learning;

namespace ArmsWatch.Tests.Extraction;

public class FeatureListTests
{
    [Fact]
    public void A_feature_written_in_pieces_has_the_key_and_name_of_its_concatenated_string()
    {
        var features = new FeatureList(new HashSet<string>(), named: true);
        var (label, rank, origin) = ("sell", 3, true);
        WeaponCategory? category = WeaponCategory.Unspecified;
        WeaponCategory? none = null;
        features.Add($"bias");
        features.Add("pattern", $"src+cue={PartySource.Context}|{label}");
        features.Add("context", $"rank={rank}|origin={origin}");
        features.Add("pattern", $"cat={category}");
        features.Add("pattern", $"cat={none}");
        string[] expected =
        [
            "bias",
            "pattern:src+cue=" + PartySource.Context + "|" + label,
            "context:rank=" + rank + "|origin=" + origin,
            "pattern:cat=" + category,
            "pattern:cat=" + none,
        ];
        Assert.Equal(expected, features.Names);
        Assert.Equal(expected.Select(FeatureKey.Of), features.Keys());
    }

    [Fact]
    public void A_switched_off_group_adds_nothing()
    {
        var features = new FeatureList(new HashSet<string> { "tree" }, named: false);
        features.Add("tree", $"rel=nsubj");
        features.Add("lemma", $"gov=sell");
        Assert.Equal([FeatureKey.Of("lemma:gov=sell")], features.Keys());
    }

    [Fact]
    public void A_path_is_named_by_its_steps_or_its_shape()
    {
        // "France sold Rafales to India": sold is the root; France its nsubj, Rafales its obj, India its obl (case "to").
        Token[] tokens =
        [
            new() { Text = "France", Head = 2, DepRel = "nsubj" },
            new() { Text = "sold", Head = 0, DepRel = "root" },
            new() { Text = "Rafales", Head = 2, DepRel = "obj" },
            new() { Text = "to", Head = 5, DepRel = "case" },
            new() { Text = "India", Head = 2, DepRel = "obl:to" },
        ];
        var tree = new SentenceTree(tokens);
        var features = new FeatureList(new HashSet<string>(), named: true);
        features.Add("tree", $"path={new PathName(tree.PathBetween(0, 4))}");
        features.Add("tree", $"path={new PathName(tree.PathBetween(2, 2))}");
        features.Add("tree", $"path={new PathName(null)}");
        Assert.Equal(["tree:path=↑nsubj↓obl", "tree:path=same", "tree:path=none"], features.Names);
        Assert.Equal(features.Names.Select(FeatureKey.Of), features.Keys());
    }
}
