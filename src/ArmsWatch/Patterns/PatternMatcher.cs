using ArmsWatch.Documents;

namespace ArmsWatch.Patterns;

/// <summary>Finds every pattern of a set in a sentence's tokens: at each start, each pattern's longest match.</summary>
/// <remarks>Backtracking over pattern elements; repeats are bounded by each element's <c>Max</c>, so the work per
/// start is bounded by the pattern, never by the sentence.</remarks>
public sealed class PatternMatcher(IReadOnlyList<TokenPattern> patterns)
{
    public IReadOnlyList<TokenPattern> Patterns { get; } = patterns;

    /// <summary>A matcher without the patterns named in <paramref name="names"/> (for ablations).</summary>
    public PatternMatcher Without(IReadOnlySet<string> names) => new(Patterns.Where(p => !names.Contains(p.Name)).ToList());

    public List<PatternMatch> Matches(Token[] tokens)
    {
        var found = new List<PatternMatch>();
        for (var start = 0; start < tokens.Length; start++)
            foreach (var pattern in Patterns)
                if (LongestEnd(tokens, pattern.Elements, 0, start) is var end and > 0 && end > start)
                    found.Add(new PatternMatch(pattern, start, end - 1));
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
