using ArmsWatch.Documents;

namespace ArmsWatch.Knowledge;

/// <summary>Finds the longest known name starting at a token: a trie over token texts.</summary>
/// <remarks>Names are stored as token sequences produced by the same tokenizer as the text, so "U.S." or
/// "Saudi Arabia" match exactly the tokens a sentence has. Matching is case-sensitive: "China" the state, not "china".</remarks>
public sealed class Gazetteer<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public T? Value;
        public bool HasValue;
    }

    private readonly Node root = new();

    /// <summary>Adds a name; the first value given for a name is kept.</summary>
    public void Add(IReadOnlyList<string> tokens, T value)
    {
        if (tokens.Count == 0)
            return;
        var node = root;
        foreach (var token in tokens)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(token, out var child))
                node.Next[token] = child = new Node();
            node = child;
        }
        if (node.HasValue)
            return;
        node.Value = value;
        node.HasValue = true;
    }

    /// <summary>The longest name starting at <paramref name="start"/>: its length in tokens (0 when none) and its value.</summary>
    public (int Length, T? Value) LongestMatch(ReadOnlySpan<Token> tokens, int start)
    {
        var node = root;
        (int, T?) best = (0, default);
        for (var i = start; i < tokens.Length && node.Next is not null; i++)
        {
            if (!node.Next.TryGetValue(tokens[i].Text, out var child))
                break;
            node = child;
            if (node.HasValue)
                best = (i - start + 1, node.Value);
        }
        return best;
    }
}
