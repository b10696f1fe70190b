using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>The year a claimed step happened or is expected: stated in the clause, relative to the publication date, or that date.</summary>
public static class YearResolver
{
    private static readonly HashSet<string> YearPrepositions = new(StringComparer.OrdinalIgnoreCase)
        { "in", "by", "since", "until", "from", "during", "early", "late", "mid", "of", "before", "after" };

    public static int? Resolve(Token[] tokens, int scopeStart, int scopeEnd, int cueIndex, PublicationDate? published)
    {
        var stated = StatedYear(tokens, scopeStart, scopeEnd, cueIndex);
        if (stated is not null)
            return stated;
        var words = tokens.Select(t => t.Text.ToLowerInvariant()).ToArray();
        for (var i = scopeStart; i <= scopeEnd; i++)
        {
            if (Matches(words, i, "coming", "years") || Matches(words, i, "next", "few", "years") || Matches(words, i, "the", "future"))
                return null;
        }
        if (published is not { Year: var year })
            return null;
        for (var i = scopeStart; i <= scopeEnd; i++)
        {
            if (Matches(words, i, "last", "year") || Matches(words, i, "previous", "year"))
                return year - 1;
            if (Matches(words, i, "next", "year"))
                return year + 1;
        }
        // "had delivered": a step before the story's time, whose year the clause does not give.
        if (cueIndex > 0 && words[cueIndex - 1] == "had")
            return null;
        return year;
    }

    private static int? StatedYear(Token[] tokens, int scopeStart, int scopeEnd, int cueIndex)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        for (var i = scopeStart; i <= scopeEnd; i++)
        {
            if (NumberParser.Year(tokens[i].Text) is not { } year)
                continue;
            var previous = i > 0 ? tokens[i - 1].Text : "";
            var isDate = YearPrepositions.Contains(previous) || NumberParser.Parse(previous) is not null || IsMonth(previous)
                         || (i > 1 && tokens[i - 1].Text == "," && IsMonthOrDay(tokens[i - 2].Text));
            if (!isDate)
                continue;
            var distance = Math.Abs(i - cueIndex);
            if (distance < bestDistance)
                (best, bestDistance) = (year, distance);
        }
        return best;
    }

    private static bool IsMonth(string word) =>
        DateWords.Months.Contains(word.TrimEnd('.'));

    private static bool IsMonthOrDay(string word) => IsMonth(word) || NumberParser.Parse(word) is not null;

    private static bool Matches(string[] words, int i, params string[] phrase)
    {
        if (i + phrase.Length > words.Length)
            return false;
        for (var k = 0; k < phrase.Length; k++)
            if (words[i + k] != phrase[k])
                return false;
        return true;
    }
}

/// <summary>Month names and their abbreviations.</summary>
public static class DateWords
{
    public static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };
}
