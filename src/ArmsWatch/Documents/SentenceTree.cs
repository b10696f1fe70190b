namespace ArmsWatch.Documents;

/// <summary>Navigation over one parsed sentence's dependency tree, with 0-based token indices (-1 for the root).</summary>
public sealed class SentenceTree
{
    private const int MaxAncestors = 12;

    private readonly Token[] _tokens;
    private readonly List<int>[] _children;
    // Read again and again by the claim features, so each is made once.
    private readonly string?[] _relations;
    private readonly string?[] _lemmas;

    public SentenceTree(Token[] tokens)
    {
        _tokens = tokens;
        _children = new List<int>[tokens.Length];
        _relations = new string?[tokens.Length];
        _lemmas = new string?[tokens.Length];
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
    public string RelationOf(int index) => _relations[index] ??=
        _tokens[index].DepRel is { } relation ? relation.IndexOf(':') is var colon and > 0 ? relation[..colon] : relation : "_";

    /// <summary>The token's lemma (its text when it has none) in lower case.</summary>
    public string LowerLemmaOf(int index) => _lemmas[index] ??= (_tokens[index].Lemma ?? _tokens[index].Text).ToLowerInvariant();

    /// <summary>The token's heads from the nearest up, at most <paramref name="limit"/> of them; stops at a cycle.</summary>
    public List<int> AncestorsOf(int index, int limit = MaxAncestors)
    {
        Span<int> found = stackalloc int[limit + 1];
        return [.. found[1..SelfAndAncestors(index, found)]];
    }

    /// <summary>Writes the token, then its heads from the nearest up (as many as <paramref name="into"/> holds, stopping
    /// at a cycle), and returns how many it wrote.</summary>
    public int SelfAndAncestors(int index, Span<int> into)
    {
        into[0] = index;
        var count = 1;
        for (var head = HeadOf(index); head >= 0 && count < into.Length && !into[..count].Contains(head); head = HeadOf(head))
            into[count++] = head;
        return count;
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

    /// <summary>Whether the token heads a conjunct with a subject of its own: a clause, not a coordinated word.</summary>
    public bool IsConjoinedClause(int index) =>
        RelationOf(index) == "conj" && _children[index].Any(c => RelationOf(c) == "nsubj");

    /// <summary>The lemma of the token's <c>case</c> child ("to Iran" → "to", "Iran's" → "'s"), or null.</summary>
    public string? CaseMarkerOf(int index)
    {
        foreach (var child in _children[index])
            if (RelationOf(child) == "case")
                return LowerLemmaOf(child);
        return null;
    }

    /// <summary>The path between two tokens through their lowest common ancestor; null when they are not connected
    /// within the ancestor limit.</summary>
    public TreePath? PathBetween(int from, int to)
    {
        Span<int> up = stackalloc int[MaxAncestors + 1];
        Span<int> down = stackalloc int[MaxAncestors + 1];
        up = up[..SelfAndAncestors(from, up)];
        down = down[..SelfAndAncestors(to, down)];
        for (var common = 0; common < up.Length; common++)
            if (down.IndexOf(up[common]) is var below and >= 0)
                return new TreePath(this, from, to, common, below);
        return null;
    }
}
