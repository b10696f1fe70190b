using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>Words coordinated with each other play one part (the contract: one claim per item per pair of parties):
/// parties ("to Indonesia and Turkey", "Kuwait, Vietnam and Egypt have …") and items ("30 T-72 tanks and 30 BRDM-2
/// vehicles").</summary>
public static class Coordination
{
    private const int MaximumGroup = 12;

    /// <summary>The other party spans of the sentence joined to <paramref name="mention"/> by <c>conj</c> relations.</summary>
    public static List<Span> ConjunctsOf(SentenceTree tree, IReadOnlyList<Span> spans, Span mention)
    {
        var group = GroupOf(tree, tree.HeadOfSpan(mention.First, mention.Last));
        return spans.Where(s => s != mention && PartyOptions.IsParty(s)
                                && group.Contains(tree.HeadOfSpan(s.First, s.Last))).ToList();
    }

    /// <summary>The token and every token joined to it by <c>conj</c> relations, up or down.</summary>
    public static HashSet<int> GroupOf(SentenceTree tree, int head)
    {
        var group = new HashSet<int> { head };
        var frontier = new Queue<int>([head]);
        while (frontier.Count > 0)
        {
            var token = frontier.Dequeue();
            var linked = tree.ChildrenOf(token).Where(c => tree.RelationOf(c) == "conj").ToList();
            if (tree.RelationOf(token) == "conj" && tree.HeadOf(token) is var parent and >= 0)
                linked.Add(parent);
            foreach (var next in linked)
                if (group.Count < MaximumGroup && group.Add(next))
                    frontier.Enqueue(next);
        }
        return group;
    }
}
