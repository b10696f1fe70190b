using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Learning;

namespace ArmsWatch.Tests.Extraction;

public class FeatureListTests
{
    [Theory]
    [InlineData("Japan donated two patrol boats to Vietnam last year. Vietnam received the boats in May.", true)]
    [InlineData("Japan sold two patrol boats to Vietnam last year. Vietnam received the boats in May.", false)]
    public void A_candidate_knows_whether_its_article_tells_of_aid(string text, bool aid)
    {
        var document = ExtractedClaims.Pipeline.Analyze(new SourceDocument("test", text));
        var candidate = CandidateFinder.Find(document).Last();
        var features = ClaimFeatures.All.NewList(named: _ => true);

        ClaimFeatures.OfCandidate(document, document.Trees[candidate.Sentence], candidate, features);

        Assert.Contains($"context:article-aid={aid}", features.Names.Values);
    }

    [Fact]
    public void A_feature_written_in_pieces_has_the_key_and_name_of_its_concatenated_string()
    {
        var features = new FeatureList(new HashSet<string>(), named: _ => true);
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
        Assert.Equal(expected, expected.Select((_, i) => features.Names[i]));
        Assert.Equal(expected.Select(FeatureKey.Of), features.Keys());
    }

    [Fact]
    public void A_switched_off_group_adds_nothing()
    {
        var features = new FeatureList(new HashSet<string> { "tree" });
        features.Add("tree", $"rel=nsubj");
        features.Add("lemma", $"gov=sell");
        Assert.Equal([FeatureKey.Of("lemma:gov=sell")], features.Keys());
    }

    [Fact]
    public void Only_the_features_asked_for_are_named()
    {
        var features = new FeatureList(new HashSet<string>(), named: i => i == 1);
        features.Add("lemma", $"gov=sell");
        features.Add("tree", $"rel=nsubj");
        Assert.Equal([1], features.Names.Keys);
        Assert.Equal("tree:rel=nsubj", features.Names[1]);
        Assert.Equal([FeatureKey.Of("lemma:gov=sell"), FeatureKey.Of("tree:rel=nsubj")], features.Keys());
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
        var features = new FeatureList(new HashSet<string>(), named: _ => true);
        features.Add("tree", $"path={new PathName(tree.PathBetween(0, 4))}");
        features.Add("tree", $"path={new PathName(tree.PathBetween(2, 2))}");
        features.Add("tree", $"path={new PathName(null)}");
        string[] expected = ["tree:path=↑nsubj↓obl", "tree:path=same", "tree:path=none"];
        Assert.Equal(expected, expected.Select((_, i) => features.Names[i]));
        Assert.Equal(expected.Select(FeatureKey.Of), features.Keys());
    }
}
