using ArmsWatch.Documents;

namespace ArmsWatch.Knowledge;

/// <summary>How news writes a sum's currency (<c>data/knowledge/currencies.tsv</c>): signs and codes before the amount,
/// words after the amount and its magnitude.</summary>
public sealed class Currencies
{
    private readonly Dictionary<string, string> _before = new(StringComparer.Ordinal);
    private readonly List<(string[] Words, string Code)> _after = [];

    private static readonly Lazy<Currencies> ShippedTable = new(() => Load(ShippedFiles.Data(Path.Combine("knowledge", "currencies.tsv"))));

    /// <summary>The shipped table.</summary>
    public static Currencies Shipped => ShippedTable.Value;

    public static Currencies Load(string path)
    {
        var currencies = new Currencies();
        foreach (var row in DataFile.ReadTable(path))
        {
            if (row.Length != 3)
                throw new InputException(path, $"a currency needs three fields (written, code, place): '{string.Join('\t', row)}'");
            if (row[2] == "before")
                currencies._before[row[0]] = row[1];
            else if (row[2] == "after")
                currencies._after.Add((row[0].Split(' '), row[1]));
            else
                throw new InputException(path, $"'{row[2]}' is neither 'before' nor 'after' (currency '{row[0]}')");
        }
        // The longest written form first: "Australian dollars" before "dollars".
        currencies._after.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return currencies;
    }

    /// <summary>The currency a sign or code stands for ("$" → USD), or null.</summary>
    public string? Before(string token) => _before.GetValueOrDefault(token);

    /// <summary>A code glued to the amount that follows it ("Baht19", "USD1.2"): the code's length and currency; (0, null) when none.</summary>
    public (int Length, string? Code) GluedBefore(string token)
    {
        var digit = token.AsSpan().IndexOfAnyInRange('0', '9');
        return digit > 0 && _before.TryGetValue(token[..digit], out var code) ? (digit, code) : (0, null);
    }

    /// <summary>The currency words from token <paramref name="start"/> on ("U.S. dollars", "euros"): how many tokens
    /// they take and the currency; (0, null) when there are none.</summary>
    public (int Length, string? Code) After(ReadOnlySpan<Token> tokens, int start)
    {
        foreach (var (words, code) in _after)
            if (Spells(tokens, start, words))
                return (words.Length, code);
        return (0, null);
    }

    private static bool Spells(ReadOnlySpan<Token> tokens, int start, string[] words)
    {
        if (start + words.Length > tokens.Length)
            return false;
        for (var k = 0; k < words.Length; k++)
        {
            var (word, text) = (words[k], tokens[start + k].Text);
            var matches = word.EndsWith('*')
                ? text.StartsWith(word[..^1], StringComparison.OrdinalIgnoreCase)
                : text.Equals(word, StringComparison.OrdinalIgnoreCase);
            if (!matches)
                return false;
        }
        return true;
    }
}
