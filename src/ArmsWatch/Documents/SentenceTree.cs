namespace ArmsWatch.Documents;

/// <summary>Navigation over one parsed sentence's dependency tree, with 0-based token indices (-1 for the root).</summary>
public sealed class SentenceTree
{
    private readonly Token[] _tokens;
    private readonly List<int>[] _children;

    public SentenceTree(Token[] tokens)
    {
        _tokens = tokens;
        _children = new List<int>[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
            _children[i] = [];
        for (var i = 0; i < tokens.Length; i++)
            if (HeadOf(i) is var head and >= 0)
                _children[head].Add(i);
    }

    public Token[] Tokens => _tokens;

    /// <summary>The token's head, or -1 for the root (and for unparsed or malformed heads).</summary>
    public int HeadOf(int index) =>
        _tokens[index].Head is var head && head > 0 && head <= _tokens.Length && head - 1 != index ? head - 1 : -1;

    public IReadOnlyList<int> ChildrenOf(int index) => _children[index];

    /// <summary>The relation without its subtype ("obl:tmod" → "obl"); "_" when unparsed.</summary>
    public string RelationOf(int index) =>
        _tokens[index].DepRel is { } relation ? relation.IndexOf(':') is var colon and > 0 ? relation[..colon] : relation : "_";

    /// <summary>The token's heads from the nearest up, at most <paramref name="limit"/> of them; stops at a cycle.</summary>
    public List<int> AncestorsOf(int index, int limit = 12)
    {
        var ancestors = new List<int>();
        for (var head = HeadOf(index); head >= 0 && ancestors.Count < limit && !ancestors.Contains(head) && head != index; head = HeadOf(head))
            ancestors.Add(head);
        return ancestors;
    }

    /// <summary>The token of <paramref name="first"/>..<paramref name="last"/> whose head lies outside the span (the
    /// last such token when several do).</summary>
    public int HeadOfSpan(int first, int last)
    {
        var found = last;
        for (var i = last; i >= first; i--)
            if (HeadOf(i) is var head && (head < first || head > last))
                return i;
        return found;
    }

    /// <summary>Whether <paramref name="ancestor"/> is on the path from <paramref name="index"/> up to the root.</summary>
    public bool Dominates(int ancestor, int index) => index == ancestor || AncestorsOf(index).Contains(ancestor);

    /// <summary>The lemma of the token's <c>case</c> child ("to Iran" → "to", "Iran's" → "'s"), or null.</summary>
    public string? CaseMarkerOf(int index)
    {
        foreach (var child in _children[index])
            if (RelationOf(child) == "case")
                return (_tokens[child].Lemma ?? _tokens[child].Text).ToLowerInvariant();
        return null;
    }

    /// <summary>The path between two tokens through their lowest common ancestor, as relation steps: "↑nsubj" climbs
    /// from a dependent to its head, "↓obl" descends; null when they are not connected within the ancestor limit.</summary>
    public List<string>? PathBetween(int from, int to)
    {
        if (from == to)
            return [];
        var up = AncestorsOf(from);
        up.Insert(0, from);
        var down = AncestorsOf(to);
        down.Insert(0, to);
        var common = up.FindIndex(down.Contains);
        if (common < 0)
            return null;
        var meet = up[common];
        var steps = new List<string>();
        for (var i = 0; i < common; i++)
            steps.Add("↑" + RelationOf(up[i]));
        var below = down.IndexOf(meet);
        for (var i = below - 1; i >= 0; i--)
            steps.Add("↓" + RelationOf(down[i]));
        return steps;
    }
}
