using ArmsWatch.Documents;
using ArmsWatch.Knowledge;

namespace ArmsWatch.Extraction;

/// <summary>Country-level export values: "Last year Russia's weapons sales neared $4 billion".</summary>
/// <remarks>A total is a money amount in a sentence that speaks of a state's exports or sales as a whole: the state is
/// the possessor of "sales"/"exports" or the agent of "exported by", and no recipient is named.</remarks>
public static class TotalsReader
{
    /// <summary>Lemmas of the words that speak of a state's exports as a whole ("sales", "exported", "revenues").</summary>
    private static readonly HashSet<string> ExportWords = new(StringComparer.OrdinalIgnoreCase) { "sale", "export", "revenue" };

    public static List<ExportTotal> Read(Sentence sentence, IReadOnlyList<EntityMention> entities, IReadOnlyList<MoneyMention> money,
        PublicationDate? published, string evidence)
    {
        var totals = new List<ExportTotal>();
        var tokens = sentence.Tokens;
        foreach (var amount in money)
        {
            var exporter = ExporterNear(tokens, entities, amount);
            if (exporter is null)
                continue;
            totals.Add(new ExportTotal
            {
                Country = exporter,
                Year = YearOf(tokens, amount, published),
                ValueUsd = amount.ValueUsd,
                Evidence = evidence,
                SentenceStart = sentence.Start,
                SentenceEnd = sentence.End,
            });
        }
        return totals;
    }

    private static string? ExporterNear(Token[] tokens, IReadOnlyList<EntityMention> entities, MoneyMention amount)
    {
        foreach (var mention in entities)
        {
            if (mention.Entity.State is not { } state || mention.Entity.Kind is EntityKind.Demonym && state != "SUN")
                continue;
            // "Russia's weapons sales neared $4 billion": possessor of an export word just before the amount.
            if (mention.Last < amount.First && mention.Last + 1 < tokens.Length && tokens[mention.Last + 1].Text == "'s"
                && HasExportWord(tokens, mention.Last + 2, Math.Min(mention.Last + 4, amount.First - 1)) && amount.First - mention.Last <= 6)
                return state;
            // "$20 billion annually exported by the Soviet Union"
            if (mention.First > amount.Last && mention.First - amount.Last <= 6
                && HasExportWord(tokens, amount.Last + 1, mention.First - 1) && IsAgent(tokens, mention.First))
                return state;
        }
        return null;
    }

    private static bool IsAgent(Token[] tokens, int first)
    {
        var i = first - 1;
        while (i >= 0 && tokens[i].Text is "the")
            i--;
        return i >= 0 && tokens[i].Text == "by";
    }

    private static bool HasExportWord(Token[] tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i <= to && i < tokens.Length; i++)
            if (ExportWords.Contains(tokens[i].Lemma ?? tokens[i].Text))
                return true;
        return false;
    }

    private static int? YearOf(Token[] tokens, MoneyMention amount, PublicationDate? published)
    {
        for (var i = amount.Last + 1; i < tokens.Length; i++)
            if (tokens[i].Text is { Length: 5 } decade && decade.EndsWith("0s", StringComparison.Ordinal) && char.IsDigit(decade[0]))
                return null;   // "in the 1980s": a decade, not a year
        for (var i = 0; i < tokens.Length; i++)
        {
            var word = tokens[i].Text;
            if (NumberParser.Year(word) is { } year)
                return year;
            if (published is { Year: var y } && i + 1 < tokens.Length && word.Equals("last", StringComparison.OrdinalIgnoreCase) && tokens[i + 1].Text == "year")
                return y - 1;
        }
        return published?.Year;
    }
}
