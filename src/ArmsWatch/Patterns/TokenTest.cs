using System.Collections.Frozen;
using ArmsWatch.Documents;

namespace ArmsWatch.Patterns;

/// <summary>What one token of a pattern must be: every attribute it names must hold (spaCy's token pattern).</summary>
/// <remarks>Attributes: <c>TEXT</c>, <c>LOWER</c> (any case), <c>LEMMA</c> (any case), <c>POS</c> (UPOS), <c>TAG</c>
/// (Penn), <c>DEP</c> (relation; "obl" also matches "obl:tmod"), <c>HEAD_LEMMA</c> (the lemma of the token's head).
/// Each takes a value or <c>{"IN": [...]}</c> / <c>{"NOT_IN": [...]}</c>.</remarks>
public sealed class TokenTest
{
    private readonly List<Func<Token[], int, bool>> _checks = [];

    public static TokenTest Any { get; } = new();

    /// <summary>The words (any case) one of which a token must be, as its lemma or its form, when the test requires
    /// them (<c>LEMMA</c>, <c>LOWER</c> or <c>TEXT</c> with values); null when it does not. The matcher indexes
    /// patterns by them.</summary>
    public IReadOnlySet<string>? AnchorWords { get; private set; }

    public void Require(string attribute, IReadOnlyCollection<string> values, bool negated)
    {
        Func<Token[], int, bool> check = attribute switch
        {
            "TEXT" => Among(values, StringComparer.Ordinal, static (tokens, i) => tokens[i].Text),
            "LOWER" => Among(values, StringComparer.OrdinalIgnoreCase, static (tokens, i) => tokens[i].Text),
            "LEMMA" => Among(values, StringComparer.OrdinalIgnoreCase, static (tokens, i) => tokens[i].Lemma ?? tokens[i].Text),
            "TAG" => Among(values, StringComparer.Ordinal, static (tokens, i) => tokens[i].Xpos ?? ""),
            "POS" => UposAmong(values),
            "DEP" => RelationAmong(values),
            "HEAD_LEMMA" => Among(values, StringComparer.OrdinalIgnoreCase,
                static (tokens, i) => tokens[i].Head > 0 ? tokens[tokens[i].Head - 1].Lemma ?? "" : ""),
            _ => throw new FormatException($"unknown token attribute {attribute}"),
        };
        _checks.Add(negated ? (tokens, i) => !check(tokens, i) : check);
        if (!negated && attribute is "LEMMA" or "LOWER" or "TEXT" && AnchorWords is null)
            AnchorWords = values.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public bool Matches(Token[] tokens, int index)
    {
        foreach (var check in _checks)
            if (!check(tokens, index))
                return false;
        return true;
    }

    private static Func<Token[], int, bool> Among(IReadOnlyCollection<string> values, StringComparer comparer, Func<Token[], int, string> read)
    {
        var set = values.ToFrozenSet(comparer);
        return (tokens, i) => set.Contains(read(tokens, i));
    }

    private static Func<Token[], int, bool> UposAmong(IReadOnlyCollection<string> values)
    {
        var tags = values.Select(value => UposText.Parse(value) is var tag && UposText.Name(tag) == value ? tag
            : throw new FormatException($"unknown UPOS tag {value}")).ToFrozenSet();
        return (tokens, i) => tags.Contains(tokens[i].Upos);
    }

    private static Func<Token[], int, bool> RelationAmong(IReadOnlyCollection<string> values)
    {
        var set = values.ToFrozenSet(StringComparer.Ordinal);
        return (tokens, i) => tokens[i].DepRel is { } relation
            && (set.Contains(relation) || relation.IndexOf(':') is var colon and > 0 && set.Contains(relation[..colon]));
    }
}
