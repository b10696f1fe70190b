using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>A sentence with no verb of its own that opens with "or", "and" or "nor" continues the sentence before it
/// ("Russia is unlikely to agree to sell the S-300. Or the Yakhont or Moskit missiles."): its items take the stage
/// and certainty of the previous claim.</summary>
public static class Ellipsis
{
    public static bool Continues(Sentence sentence, ClaimCandidate candidate, SentenceTree tree)
    {
        var tokens = sentence.Tokens;
        if (tokens.Length == 0 || tokens[0].Upos != Upos.Cconj || candidate.CueOnPath)
            return false;
        // The fragment's own clause has no verb; a relative clause inside it ("which have a range"), even one the
        // parser took for the main clause, does not count.
        return !Enumerable.Range(0, tokens.Length).Any(i => tokens[i].Upos is Upos.Verb or Upos.Aux
            && !tree.AncestorsOf(i).Prepend(i).Any(a => tree.RelationOf(a) is "acl" or "advcl" or "ccomp" or "parataxis"
                                                      || tree.ChildrenOf(a).Any(c => tree.RelationOf(c) == "nsubj" && tokens[c].Xpos is "WDT" or "WP")));
    }
}
