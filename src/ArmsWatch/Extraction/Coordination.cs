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

    /// <summary>"air defense systems such as Tor-M1 and Buk", "its range of fighters, including Su-30MK": the head of the
    /// general item an example is given of, among <paramref name="itemHeads"/>: the item the example hangs on, else
    /// (the parser often hangs "such as" phrases on the verb) the nearest item before its marker; -1 when the item is
    /// no example.</summary>
    public static int GeneralItemOf(SentenceTree tree, int head, IReadOnlyCollection<int> itemHeads)
    {
        if (head < 0)
            return -1;
        var marker = tree.ChildrenOf(head).FirstOrDefault(c => tree.RelationOf(c) == "case" && InclusionWords.Contains(tree.Tokens[c].Lemma), -1);
        if (marker < 0)
            return -1;
        var governor = tree.HeadOf(head);
        if (itemHeads.Contains(governor))
            return governor;
        return itemHeads.Where(h => h < marker && h != head).DefaultIfEmpty(-1).Max();
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
