using ArmsWatch.Documents;
using ArmsWatch.Text;

namespace ArmsWatch.Knowledge;

/// <summary>A sum of money a sentence states, tokens <c>First</c>..<c>Last</c>: its amount and currency (ISO 4217).</summary>
public sealed record MoneyMention(int First, int Last, decimal Amount, string Currency)
{
    public bool IsDollars => Currency == Span.Dollars;

    /// <summary>"$7 billion", "US$3 billion", "USD 450 million", "900 million U.S. dollars", "€450 million", "Rs 7,523
    /// crore", "Baht19 billion", "500 million euros" (<c>data/knowledge/currencies.tsv</c>).</summary>
    public static List<MoneyMention> FindAll(ReadOnlySpan<Token> tokens)
    {
        var currencies = Currencies.Shipped;
        var found = new List<MoneyMention>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (SignedAmount(tokens, i, currencies) is { } signed)
            {
                found.Add(signed);
                i = signed.Last;
                continue;
            }
            if (NumberParser.Parse(tokens[i].Text) is { } number && i + 1 < tokens.Length
                && NumberParser.Magnitude(tokens[i + 1].Text) is { } scale && NumberParser.Scaled(number, scale) is { } sum
                && currencies.After(tokens, i + 2) is (var length, { } code))
            {
                found.Add(new MoneyMention(i, i + 1 + length, sum, code));
                i += 1 + length;
            }
        }
        return found;
    }

    // A sign or code before the amount ("$7 billion", "Rs. 500 crore"), or glued to it ("Baht19 billion").
    private static MoneyMention? SignedAmount(ReadOnlySpan<Token> tokens, int i, Currencies currencies)
    {
        int last;
        decimal amount;
        string? code;
        if ((code = currencies.Before(tokens[i].Text)) is not null)
        {
            last = i + 1;
            if (last >= tokens.Length || NumberParser.Parse(tokens[last].Text) is not { } written)
                return null;
            amount = written;
        }
        else if (currencies.GluedBefore(tokens[i].Text) is var (prefix, glued) && glued is not null
                 && NumberParser.Parse(tokens[i].Text[prefix..]) is { } number)
        {
            (last, amount, code) = (i, number, glued);
        }
        else
            return null;
        if (last + 1 < tokens.Length && NumberParser.Magnitude(tokens[last + 1].Text) is { } magnitude)
        {
            if (NumberParser.Scaled(amount, magnitude) is not { } scaled)
                return null;
            amount = scaled;
            last++;
        }
        return new MoneyMention(i, last, amount, code);
    }
}
