using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>Parties coordinated with a party ("to Indonesia and Turkey", "Kuwait, Vietnam and Egypt have …"): each is
/// a party of a claim of its own (the contract: one claim per item per pair of parties).</summary>
public static class Coordination
{
    /// <summary>The other party spans of the sentence joined to <paramref name="mention"/> by <c>conj</c> relations.</summary>
    public static List<Span> ConjunctsOf(SentenceTree tree, IReadOnlyList<Span> spans, Span mention)
    {
        var head = tree.HeadOfSpan(mention.First, mention.Last);
        var group = new HashSet<int> { head };
        var frontier = new Queue<int>([head]);
        while (frontier.Count > 0)
        {
            var token = frontier.Dequeue();
            var linked = tree.ChildrenOf(token).Where(c => tree.RelationOf(c) == "conj").ToList();
            if (tree.RelationOf(token) == "conj" && tree.HeadOf(token) is var parent and >= 0)
                linked.Add(parent);
            foreach (var next in linked)
                if (group.Count < 12 && group.Add(next))
                    frontier.Enqueue(next);
        }
        return spans.Where(s => s != mention && PartyOptions.IsParty(s)
                                && group.Contains(tree.HeadOfSpan(s.First, s.Last))).ToList();
    }
}
