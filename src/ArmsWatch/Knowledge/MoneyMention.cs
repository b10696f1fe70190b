using ArmsWatch.Documents;
using ArmsWatch.Text;

namespace ArmsWatch.Knowledge;

/// <summary>An amount of US dollars a sentence states, tokens <c>First</c>..<c>Last</c>.</summary>
public sealed record MoneyMention(int First, int Last, decimal ValueUsd)
{
    private static readonly HashSet<string> DollarSigns = new(StringComparer.Ordinal) { "$", "US$", "USD" };

    /// <summary>"$7 billion", "US$3 billion", "USD 450 million", "900 million U.S. dollars", "800 million dollars".</summary>
    public static List<MoneyMention> FindAll(ReadOnlySpan<Token> tokens)
    {
        var found = new List<MoneyMention>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (DollarSigns.Contains(tokens[i].Text) && i + 1 < tokens.Length && NumberParser.Parse(tokens[i + 1].Text) is { } amount)
            {
                var last = i + 1;
                if (last + 1 < tokens.Length && NumberParser.Magnitude(tokens[last + 1].Text) is { } magnitude)
                {
                    amount *= magnitude;
                    last++;
                }
                found.Add(new MoneyMention(i, last, amount));
                i = last;
                continue;
            }
            if (NumberParser.Parse(tokens[i].Text) is { } number && i + 1 < tokens.Length
                && NumberParser.Magnitude(tokens[i + 1].Text) is { } scale)
            {
                var last = i + 1;
                if (last + 1 < tokens.Length && tokens[last + 1].Text is "U.S." or "US")
                    last++;
                if (last + 1 < tokens.Length && tokens[last + 1].Text.StartsWith("dollar", StringComparison.OrdinalIgnoreCase))
                {
                    found.Add(new MoneyMention(i, last + 1, number * scale));
                    i = last + 1;
                }
            }
        }
        return found;
    }
}
