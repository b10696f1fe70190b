using ArmsWatch.Documents;
using ArmsWatch.Knowledge;
using ArmsWatch.Text;

namespace ArmsWatch.Register;

/// <summary>
/// Sums of money a sentence states, read as the extractor reads them (<see cref="MoneyMention"/> over the shipped
/// tokenizer's tokens): for the sentences of a deal where no claim carries a value. A deal then shows the sum as
/// <c>stated</c> (in its evidence, not read as its price) instead of "none stated" beside evidence that states one.
/// </summary>
public static class StatedSums
{
    private static readonly Lazy<Tokenizer> Tokenizer = new(Text.Tokenizer.LoadDefault);

    public static IReadOnlyList<decimal> In(string sentence)
    {
        // Most sentences state no sum: only those with a digit and a dollar are tokenized.
        if (!sentence.Any(char.IsAsciiDigit) || !(sentence.Contains('$') || sentence.Contains("USD", StringComparison.Ordinal)
                || sentence.Contains("dollar", StringComparison.OrdinalIgnoreCase)))
            return [];
        var tokens = Tokenizer.Value.Tokenize(sentence).Select(span => new Token(span.Text, span.Start, span.End)).ToArray();
        return MoneyMention.FindAll(tokens).Where(money => money.IsDollars).Select(money => money.Amount).Where(value => value > 0).Distinct().ToList();
    }
}
