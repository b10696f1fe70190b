using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Extraction;

/// <summary>The candidates' chains of stage cues, read from the tree.</summary>
public sealed class CandidateFinderTests
{
    private static List<string> ChainOf(string text, string item)
    {
        var document = ExtractedClaims.Pipeline.Analyze(new SourceDocument("t", text));
        var candidate = Assert.Single(CandidateFinder.Find(document), c => text[c.Item.Start..c.Item.End] == item);
        return candidate.Chain.Select(cue => text[cue.Start..cue.End]).ToList();
    }

    [Fact]
    public void The_chain_climbs_from_the_item_through_the_cues_above_it() =>
        Assert.Equal(["sell", "talks"], ChainOf("Russia is in talks to sell 24 Su-35 jets to Egypt.", "Su-35 jets"));

    [Fact]
    public void A_coordinated_clause_with_its_own_subject_is_a_statement_of_its_own() =>
        Assert.Equal(["offered"], ChainOf("India cancelled the tender and Russia offered 12 Su-30 jets to Vietnam.", "Su-30 jets"));
}
