using System.Text.RegularExpressions;

namespace ArmsWatch.Reading;

/// <summary>
/// Removes page furniture (banners, date stamps, calls to action, share buttons, cookie notices) from article text
/// by the shape of a line, not by matching known strings, so unseen sites' furniture goes too.
/// </summary>
public static partial class PageFurniture
{
    // Longest line still taken for furniture: furniture is terse, article paragraphs are not.
    private const int MaxFurnitureWords = 16;

    // Section labels and link teasers are a few words; a closing line of prose is longer or punctuated.
    private const int MaxLabelWords = 5;

    /// <summary>The text without furniture lines, and without a furniture fragment glued after the last sentence.</summary>
    public static string Strip(string text)
    {
        var lines = text.Split('\n');
        var kept = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!IsFurniture(lines[i]))
            {
                kept.Add(lines[i]);
                continue;
            }
            // A furniture paragraph goes with its blank line, so the paragraphs around it stay one blank line apart.
            if (i + 1 < lines.Length && lines[i + 1].Trim().Length == 0 && (kept.Count == 0 || kept[^1].Trim().Length == 0))
                i++;
        }
        DropTrailingLabels(kept);
        if (kept.Count > 0)
            kept[^1] = StripGluedTail(kept[^1]);
        return TrimBlankLines(kept);
    }

    /// <summary>Whether a whole line is furniture.</summary>
    public static bool IsFurniture(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
            return false;
        if (IsMostlyPunctuation(trimmed))
            return true;
        // Banners often follow a stray bullet or full stop left over from the page layout (". Last Updated: ...").
        var content = LeadingPunctuation().Replace(trimmed, "");
        var words = Words().Count(content);
        if (words > MaxFurnitureWords)
            return false;
        return DateStamp().IsMatch(content)
            || CallToAction().IsMatch(content) && !EndsLikeReportedSpeech(content)
            || CookieNotice().IsMatch(content)
            || words <= 4 && IsWidgetLabel(content);
    }

    // After the last sentence, short unpunctuated lines that open with a label word are the page's section labels and
    // teasers ("Latest events", "Also Read", "More from Reuters"). A line is never dropped for being short: a last
    // list item or a sign-off ("Editing by Susan Heavey") is article text.
    private static void DropTrailingLabels(List<string> lines)
    {
        if (!lines.Any(line => EndsSentence(line)))
            return;
        while (lines.Count > 0 && (lines[^1].Trim().Length == 0 || IsTrailingLabel(lines[^1])))
            lines.RemoveAt(lines.Count - 1);
    }

    private static bool IsTrailingLabel(string line)
    {
        if (EndsSentence(line))
            return false;
        var words = Words().Matches(line);
        return words.Count <= MaxLabelWords && words.Count > 0 && LabelStarts.Contains(words[0].Value);
    }

    private static bool EndsSentence(string line) => SentenceEnd().IsMatch(line.TrimEnd()[^Math.Min(2, line.TrimEnd().Length)..]);

    // "... other leading arms traders can.Get the latest updates as we post them" — the page glued its banner onto the last sentence.
    private static string StripGluedTail(string line)
    {
        var end = SentenceEnd().Matches(line).LastOrDefault();
        if (end is null || end.Index + end.Length >= line.TrimEnd().Length)
            return line;
        var tail = line[(end.Index + end.Length)..];
        return IsFurniture(tail) ? line[..(end.Index + end.Length)] : line;
    }

    private static bool IsMostlyPunctuation(string line)
    {
        var letters = line.Count(char.IsLetterOrDigit);
        return letters * 3 < line.Length;
    }

    // A call to action quoted inside an article sentence ("Follow us," he said.) is text, not furniture.
    private static bool EndsLikeReportedSpeech(string line) => line.EndsWith("said.", StringComparison.Ordinal);

    private static bool IsWidgetLabel(string line) =>
        Words().Matches(line).All(word => WidgetWords.Contains(word.Value));

    private static string TrimBlankLines(List<string> lines)
    {
        var first = lines.FindIndex(line => line.Trim().Length > 0);
        if (first < 0)
            return "";
        var last = lines.FindLastIndex(line => line.Trim().Length > 0);
        return string.Join('\n', lines.GetRange(first, last - first + 1)).TrimEnd();
    }

    // Words that make up share bars, menus and slot labels; a short line made only of them carries no article text.
    private static readonly HashSet<string> WidgetWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "advertising", "sponsored", "ad", "share", "shares", "on", "this", "article", "print", "email",
        "e-mail", "icon", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "google", "pinterest",
        "also", "read", "more", "related", "tags", "topics", "comments", "comment", "home", "menu", "search", "skip", "to",
        "content", "main", "top", "back", "next", "previous", "story", "stories", "photo", "gallery", "video", "copy", "link",
        "en", "tr", "de", "fr", "ru", "es", "ar",
    };

    // First words of the labels pages put over lists of other pages.
    private static readonly HashSet<string> LabelStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "latest", "related", "more", "also", "popular", "trending", "recommended", "recent", "top", "most", "read",
        "see", "explore", "editor's", "editors'", "don't", "you", "further", "other", "featured", "sponsored", "advertisement",
    };

    [GeneratedRegex(@"^[\p{P}\p{S}\s]+")]
    private static partial Regex LeadingPunctuation();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Words();

    [GeneratedRegex(@"[.!?][""'”’)\]]*")]
    private static partial Regex SentenceEnd();

    // A bare "Last Updated: 07/27/2016"-style stamp: a stamp word, then only a date and time.
    [GeneratedRegex(@"^(last\s+)?(updated|modified|posted|published|edited)(\s+on)?\s*:?\s*[\d\p{L}\s,./:-]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex DateStamp();

    // Second-person imperatives addressed to the reader.
    [GeneratedRegex(@"^(get|subscribe|sign\s+up|signup|follow|click|tap|share|join|download|register|log\s*in|become|support|like\s+us|read\s+more|watch|listen|don'?t\s+miss|never\s+miss|stay\s+(informed|updated|up\s+to\s+date)|save)\b.*\b(you|your|us|here|now|free|newsletter|updates?|news|app|today|story|media)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CallToAction();

    [GeneratedRegex(@"\bcookies?\b.*\b(use|accept|consent|policy|agree)\b|\b(use|accept|consent|agree)\b.*\bcookies?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookieNotice();
}
