using ArmsWatch.Documents;
namespace ArmsWatch.Extraction;

/// <summary>How cues combine: the negative one wins, then the hedge, then the plan (the contract's order).</summary>
public static class CertaintyRank
{
    public static int Of(Certainty certainty) => certainty switch
    {
        Certainty.Denied => 4,
        Certainty.Unlikely => 3,
        Certainty.Possible => 2,
        Certainty.Planned => 1,
        _ => 0,
    };

    public static Certainty Strongest(Certainty a, Certainty b) => Of(a) >= Of(b) ? a : b;
}
