using System.Text.Json;
using System.Text.RegularExpressions;
using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Text;

namespace ArmsWatch.Knowledge;

/// <summary>Generic equipment words and the catalogue of weapon families, matched against tokens.</summary>
public sealed partial class WeaponLexicon
{
    private readonly Dictionary<string, List<WeaponTerm>> termsByHead = new(StringComparer.Ordinal);
    // Patterns by the first two letters of their first word, lower case: a token is tried only against patterns that can match it.
    private readonly Dictionary<string, List<(string[] Pattern, WeaponSystem System)>> patternsByStart = new(StringComparer.Ordinal);
    private HashSet<string> tradeWords = [];

    public static WeaponLexicon Load(string knowledgeDirectory, Tokenizer tokenizer)
    {
        var lexicon = new WeaponLexicon { tradeWords = DataFile.ReadSet(Path.Combine(knowledgeDirectory, "trade-words.txt")) };
        foreach (var row in DataFile.ReadTable(Path.Combine(knowledgeDirectory, "weapon-terms.tsv")))
        {
            var words = row[0].Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var term = new WeaponTerm(words, ParseCategory(row[1]), row[2] == "-" ? null : ParseKind(row[2]));
            if (!lexicon.termsByHead.TryGetValue(words[^1], out var list))
                lexicon.termsByHead[words[^1]] = list = [];
            list.Add(term);
        }
        foreach (var list in lexicon.termsByHead.Values)
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));

        foreach (var row in DataFile.ReadTable(Path.Combine(knowledgeDirectory, "weapon-systems.tsv")))
        {
            var system = new WeaponSystem(row[0], ParseCategory(row[1]), row[2] == "-" ? null : row[2]);
            foreach (var pattern in row[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = tokenizer.Tokenize(pattern).Select(t => t.Text).ToArray();
                var key = StartKey(words[0]);
                if (!lexicon.patternsByStart.TryGetValue(key, out var list))
                    lexicon.patternsByStart[key] = list = [];
                list.Add((words, system));
            }
        }
        // Longer patterns first, so "Mirage 2000" wins over "Mirage".
        foreach (var list in lexicon.patternsByStart.Values)
            list.Sort((a, b) => b.Pattern.Length.CompareTo(a.Pattern.Length) != 0
                ? b.Pattern.Length.CompareTo(a.Pattern.Length)
                : b.Pattern[^1].Length.CompareTo(a.Pattern[^1].Length));
        return lexicon;
    }

    /// <summary>Whether a word (singular or plural) stands for a transfer's equipment without naming it.</summary>
    public bool IsTradeWord(string word) => tradeWords.Contains(Normalise(word));

    /// <summary>Whether some generic term ends in this word: <see cref="TermEndingAt"/> finds none at a token that is not.</summary>
    public bool IsTermHead(string word) => termsByHead.ContainsKey(Normalise(word));

    /// <summary>The longest generic term ending at token <paramref name="head"/>: its first token index, or -1.</summary>
    public (int First, WeaponTerm? Term) TermEndingAt(ReadOnlySpan<Token> tokens, int head)
    {
        var headWord = Normalise(tokens[head].Text);
        if (!termsByHead.TryGetValue(headWord, out var candidates))
            return (-1, null);
        foreach (var term in candidates)
        {
            var first = MatchBackwards(tokens, head, term.Words);
            if (first >= 0)
                return (first, term);
        }
        return (-1, null);
    }

    /// <summary>A catalogued system starting at token <paramref name="start"/>: how many tokens it covers (0 when none).</summary>
    public (int Length, WeaponSystem? System) SystemAt(ReadOnlySpan<Token> tokens, int start)
    {
        if (!patternsByStart.TryGetValue(StartKey(tokens[start].Text), out var candidates))
            return (0, null);
        foreach (var (pattern, system) in candidates)
        {
            if (start + pattern.Length > tokens.Length)
                continue;
            var matched = true;
            for (var k = 0; k < pattern.Length && matched; k++)
            {
                var token = tokens[start + k].Text;
                matched = k < pattern.Length - 1
                    ? string.Equals(token, pattern[k], StringComparison.OrdinalIgnoreCase)
                    : IsDesignationOf(token, pattern[k]);
            }
            if (matched)
                return (pattern.Length, system);
        }
        return (0, null);
    }

    private static string StartKey(string word) => word.Length < 2 ? word.ToLowerInvariant() : word[..2].ToLowerInvariant();

    /// <summary>A designation the catalogue lacks, shaped like one ("Zircon-3M", "J-10C"): its family part, or null.</summary>
    public static string? UncataloguedDesignation(string token)
    {
        var match = DesignationShape().Match(token);
        return match.Success ? match.Groups["family"].Value : null;
    }

    /// <summary>Whether a token is the pattern itself or a variant of it: "S-300PMU-2" of "S-300", "Tor-M1" of "Tor", "F-16s" of "F-16".</summary>
    private static bool IsDesignationOf(string token, string pattern)
    {
        var hasDigit = pattern.Any(char.IsDigit);
        // Word-like names ("Patriot", "Buk") are proper nouns: match their capitalisation; designations vary ("SU-30").
        var comparison = hasDigit ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!token.StartsWith(pattern, comparison))
            return false;
        var rest = token.AsSpan(pattern.Length);
        if (rest.IsEmpty || rest is "s")
            return true;
        return hasDigit ? !char.IsDigit(rest[0]) : !char.IsLower(rest[0]);
    }

    private static int MatchBackwards(ReadOnlySpan<Token> tokens, int head, string[] words)
    {
        var position = head;
        for (var k = words.Length - 1; k >= 0; k--)
        {
            while (position >= 0 && tokens[position].Text == "-" && k < words.Length - 1)
                position--;
            if (position < 0)
                return -1;
            // "anti-ship cruise missile": a hyphenated token before the head stands for as many words of the term.
            var text = tokens[position].Text;
            if (k < words.Length - 1 && text.Length > 2 && text.Contains('-'))
            {
                var parts = text.ToLowerInvariant().Split('-', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length > k + 1)
                    return -1;
                for (var p = 0; p < parts.Length; p++)
                    if (parts[p] != words[k - parts.Length + 1 + p])
                        return -1;
                k -= parts.Length - 1;
                if (k > 0)
                    position--;
                continue;
            }
            var word = k == words.Length - 1 ? Normalise(tokens[position].Text) : tokens[position].Text.ToLowerInvariant();
            if (word != words[k] && Normalise(tokens[position].Text) != words[k])
                return -1;
            if (k > 0)
                position--;
        }
        return position;
    }

    /// <summary>Lower case and singular, for matching heads against the term list.</summary>
    public static string Normalise(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length > 4 && lower.EndsWith("ies"))
            return lower[..^3] + "y";
        if (lower.Length > 3 && (lower.EndsWith("sses") || lower.EndsWith("shes") || lower.EndsWith("ches") || lower.EndsWith("xes")))
            return lower[..^2];
        if (lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss") && lower != "arms")
            return lower[..^1];
        return lower;
    }

    public static WeaponCategory ParseCategory(string value) => JsonSerializer.Deserialize<WeaponCategory>($"\"{value}\"");

    public static TransferKind ParseKind(string value) => JsonSerializer.Deserialize<TransferKind>($"\"{value}\"");

    [GeneratedRegex(@"^(?<family>[A-Z][A-Za-z]{0,7}-\d+)[A-Za-z0-9/-]*$")]
    private static partial Regex DesignationShape();
}
