using ArmsWatch.Documents;

namespace ArmsWatch.Patterns;

/// <summary>Finds every pattern of a set in a sentence's tokens: at each start, each pattern's longest match.</summary>
/// <remarks>Backtracking over pattern elements; repeats are bounded by each element's <c>Max</c>, so the work per
/// start is bounded by the pattern, never by the sentence. Patterns whose first token must be one of some words are
/// tried only at tokens whose lemma or form is one of them.</remarks>
public sealed class PatternMatcher
{
    private readonly Dictionary<string, List<int>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<int> _unanchored = [];

    public PatternMatcher(IReadOnlyList<TokenPattern> patterns)
    {
        Patterns = patterns;
        for (var p = 0; p < patterns.Count; p++)
        {
            var first = patterns[p].Elements[0];
            if (first.Repeat is Repeat.One or Repeat.OneOrMore && first.Test.AnchorWords is { } words)
                foreach (var word in words)
                {
                    if (!_byFirstWord.TryGetValue(word, out var list))
                        _byFirstWord[word] = list = [];
                    list.Add(p);
                }
            else
                _unanchored.Add(p);
        }
    }

    public IReadOnlyList<TokenPattern> Patterns { get; }

    /// <summary>A matcher without the patterns named in <paramref name="names"/> (for ablations).</summary>
    public PatternMatcher Without(IReadOnlySet<string> names) => new(Patterns.Where(p => !names.Contains(p.Name)).ToList());

    public List<PatternMatch> Matches(Token[] tokens)
    {
        var found = new List<PatternMatch>();
        var tried = new SortedSet<int>();
        for (var start = 0; start < tokens.Length; start++)
        {
            tried.Clear();
            tried.UnionWith(_unanchored);
            if (_byFirstWord.TryGetValue(tokens[start].Text, out var byForm))
                tried.UnionWith(byForm);
            if (tokens[start].Lemma is { } lemma && _byFirstWord.TryGetValue(lemma, out var byLemma))
                tried.UnionWith(byLemma);
            foreach (var p in tried)
                if (LongestEnd(tokens, Patterns[p].Elements, 0, start) is var end && end > start)
                    found.Add(new PatternMatch(Patterns[p], start, end - 1));
        }
        return found;
    }

    /// <summary>The end (exclusive) of the longest match of elements from <paramref name="element"/> on, starting at
    /// token <paramref name="at"/>; -1 when there is none.</summary>
    private static int LongestEnd(Token[] tokens, IReadOnlyList<PatternElement> elements, int element, int at)
    {
        if (element == elements.Count)
            return at;
        var (test, repeat, max) = elements[element];
        switch (repeat)
        {
            case Repeat.One:
                return at < tokens.Length && test.Matches(tokens, at) ? LongestEnd(tokens, elements, element + 1, at + 1) : -1;
            case Repeat.Not:
                return at < tokens.Length && !test.Matches(tokens, at) ? LongestEnd(tokens, elements, element + 1, at + 1) : -1;
            default:
                var least = repeat == Repeat.OneOrMore ? 1 : 0;
                var most = repeat == Repeat.Optional ? 1 : max;
                var taken = 0;
                while (taken < most && at + taken < tokens.Length && test.Matches(tokens, at + taken))
                    taken++;
                for (; taken >= least; taken--)
                    if (LongestEnd(tokens, elements, element + 1, at + taken) is var end and >= 0)
                        return end;
                return -1;
        }
    }
}
