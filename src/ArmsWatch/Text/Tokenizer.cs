
namespace ArmsWatch.Text;

/// <summary>Splits text into tokens the way UD English EWT does, with character offsets into the text.</summary>
/// <remarks>
/// The tagger and parser were trained on EWT, so tokens must look like EWT's: clitics split ("Iran" "'s", "wo" "n't"),
/// punctuation apart, abbreviations whole ("U.S.", "Dec."), numbers whole ("1.83", "2,400"). Weapon designations
/// ("S-300PMU-2", "MiG-29M/M2") stay whole because extraction needs them as one unit.
/// </remarks>
public sealed class Tokenizer(
    IReadOnlySet<string> abbreviations,
    IReadOnlySet<string> hyphenPrefixes,
    IReadOnlySet<string> unitSuffixes)
{
    private const string ClosingPunctuation = ",;:!?\"'”’)]}»…";
    private const string OpeningPunctuation = "\"'“‘([{«";
    private const string Currencies = "$€£¥₹";

    private static readonly string[] Clitics = ["n't", "'s", "'re", "'ve", "'ll", "'d", "'m"];

    public static Tokenizer LoadDefault() => new(
        DataFile.ReadSet(ShippedFiles.Data("text/abbreviations.txt")),
        DataFile.ReadSet(ShippedFiles.Data("text/hyphen-prefixes.txt")),
        DataFile.ReadSet(ShippedFiles.Data("text/unit-suffixes.txt")));

    public List<TokenSpan> Tokenize(string text)
    {
        var tokens = new List<TokenSpan>(text.Length / 5);
        var pieces = new List<(int Start, int End)>();
        var position = 0;
        while (position < text.Length)
        {
            var lineBreaks = 0;
            while (position < text.Length && char.IsWhiteSpace(text[position]))
            {
                if (text[position] == '\n')
                    lineBreaks++;
                position++;
            }
            if (position >= text.Length)
                break;
            var chunkStart = position;
            while (position < text.Length && !char.IsWhiteSpace(text[position]))
                position++;

            pieces.Clear();
            SplitChunk(text, chunkStart, position, pieces);
            foreach (var (start, end) in pieces)
            {
                tokens.Add(new TokenSpan(start, end, Normalise(text.AsSpan(start, end - start)), lineBreaks));
                lineBreaks = 0;
            }
        }
        return tokens;
    }

    private void SplitChunk(string text, int start, int end, List<(int, int)> output)
    {
        if (IsRunOf(text, start, end, "-.—–_=*•"))
        {
            output.Add((start, end));
            return;
        }
        while (start < end && OpeningPunctuation.Contains(text[start]))
        {
            output.Add((start, start + 1));
            start++;
        }

        var trailing = new List<(int, int)>();
        while (end > start)
        {
            var last = text[end - 1];
            if (ClosingPunctuation.Contains(last) && !IsPossessiveApostrophe(text, start, end))
            {
                trailing.Add((end - 1, end));
                end--;
            }
            else if (last == '.')
            {
                var dots = end;
                while (dots > start && text[dots - 1] == '.')
                    dots--;
                if (end - dots == 1 && KeepsPeriod(text.AsSpan(start, end - 1 - start)))
                    break;
                trailing.Add((dots, end));
                end = dots;
            }
            else break;
        }

        SplitWord(text, start, end, output);
        for (var i = trailing.Count - 1; i >= 0; i--)
            output.Add(trailing[i]);
    }

    /// <summary>Splits what is left once outer punctuation is off: glued sentences, currencies, units, clitics, hyphens.</summary>
    private void SplitWord(string text, int start, int end, List<(int, int)> output)
    {
        if (start >= end)
            return;
        var word = text.AsSpan(start, end - start);

        var inner = FindInnerBreak(word);
        if (inner > 0)
        {
            SplitWord(text, start, start + inner, output);
            output.Add((start + inner, start + inner + 1));
            SplitWord(text, start + inner + 1, end, output);
            return;
        }

        var currencyEnd = CurrencyPrefixLength(word);
        if (currencyEnd > 0 && currencyEnd < word.Length)
        {
            output.Add((start, start + currencyEnd));
            SplitWord(text, start + currencyEnd, end, output);
            return;
        }

        var unit = UnitSuffixStart(word);
        if (unit > 0)
        {
            output.Add((start, start + unit));
            output.Add((start + unit, end));
            return;
        }

        var clitic = CliticStart(word);
        if (clitic > 0)
        {
            SplitWord(text, start, start + clitic, output);
            output.Add((start + clitic, end));
            return;
        }

        if (word.Length > 1 && word[^1] is '\'' or '’' && char.ToLowerInvariant(word[^2]) == 's')
        {
            output.Add((start, end - 1));   // plural possessive: "countries'" → "countries" "'"
            output.Add((end - 1, end));
            return;
        }

        SplitHyphens(text, start, end, output);
    }

    /// <summary>A period, comma, colon or dash inside a chunk that separates two words, not two digits or an abbreviation.</summary>
    private static int FindInnerBreak(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length - 1; i++)
        {
            var c = word[i];
            if (c is '—' or '–' && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]))
                return i;
            if (c is ',' or ';' && !(char.IsDigit(word[i - 1]) && char.IsDigit(word[i + 1])))
                return i;
            if (c == ':' && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1]))
                return i;
            // "Poland.According": a lower-case word, a period, then a capitalised word glued on.
            if (c == '.' && i >= 2 && char.IsLower(word[i - 1]) && char.IsLower(word[i - 2])
                && char.IsUpper(word[i + 1]) && i + 2 < word.Length && char.IsLower(word[i + 2]))
                return i;
            if (c is '"' or '“' or '”' or '(' or ')')
                return i;
        }
        return -1;
    }

    private static int CurrencyPrefixLength(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < Math.Min(word.Length, 4); i++)
        {
            if (Currencies.Contains(word[i]))
                return i + 1 < word.Length && char.IsDigit(word[i + 1]) && (i == 0 || IsAllUpperLetters(word[..i])) ? i + 1 : -1;
            if (!char.IsUpper(word[i]))
                return -1;
        }
        return -1;
    }

    private int UnitSuffixStart(ReadOnlySpan<char> word)
    {
        if (!char.IsDigit(word[0]))
            return -1;
        var i = 0;
        while (i < word.Length && (char.IsDigit(word[i]) || word[i] is '.' or ','))
            i++;
        if (i == word.Length || i == 0)
            return -1;
        if (word[i] == '%' && i == word.Length - 1)
            return i;
        var suffix = word[i..];
        foreach (var c in suffix)
            if (!char.IsLetter(c))
                return -1;
        return unitSuffixes.Contains(suffix.ToString()) ? i : -1;
    }

    private static int CliticStart(ReadOnlySpan<char> word)
    {
        foreach (var clitic in Clitics)
        {
            if (word.Length <= clitic.Length)
                continue;
            var tail = word[^clitic.Length..];
            if (EqualsIgnoringApostropheStyle(tail, clitic))
                return word.Length - clitic.Length;
        }
        return -1;
    }

    /// <summary>Hyphenated words split into parts and hyphens, except designations and prefixed words EWT keeps whole.</summary>
    private void SplitHyphens(string text, int start, int end, List<(int, int)> output)
    {
        var word = text.AsSpan(start, end - start);
        var hyphen = word.IndexOf('-');
        if (hyphen <= 0 || hyphen == word.Length - 1 || KeepsHyphens(word))
        {
            output.Add((start, end));
            return;
        }
        output.Add((start, start + hyphen));
        output.Add((start + hyphen, start + hyphen + 1));
        SplitHyphens(text, start + hyphen + 1, end, output);
    }

    private bool KeepsHyphens(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (char.IsDigit(c))
                return true;   // designations and ranges: S-300PMU-2, MiG-29, F-16, 1989-91
        var first = word[..word.IndexOf('-')];
        if (hyphenPrefixes.Contains(first.ToString()))
            return true;
        // All-capital codes joined by hyphens name things: "AN-TPY", "SAM-X".
        return IsAllUpperLetters(first) && first.Length <= 3 && first.Length < word.Length - 1 && char.IsUpper(word[first.Length + 1]) && !IsAbbreviationWithDots(first);
    }

    private bool KeepsPeriod(ReadOnlySpan<char> wordBeforePeriod)
    {
        if (wordBeforePeriod.IsEmpty)
            return false;
        if (wordBeforePeriod.Length == 1 && char.IsUpper(wordBeforePeriod[0]))
            return true;   // an initial: "George W. Bush"
        // "then-U.S.", "ex-Gen.": an abbreviation after a hyphen is one too (not a code's last letter: "KF-X.").
        var word = wordBeforePeriod[(wordBeforePeriod.LastIndexOf('-') + 1)..];
        return abbreviations.Contains(word.ToString()) || IsAbbreviationWithDots(word);   // "U.S", "D.C", "a.m"
    }

    private static bool IsAbbreviationWithDots(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
            return false;
        for (var i = 0; i < word.Length; i++)
        {
            var expectLetter = i % 2 == 0;
            if (expectLetter ? !char.IsLetter(word[i]) : word[i] != '.')
                return false;
        }
        return word.Length % 2 == 1;
    }

    private static bool IsPossessiveApostrophe(string text, int start, int end) =>
        text[end - 1] is '\'' or '’' && end - start > 2 && char.ToLowerInvariant(text[end - 2]) == 's' && char.IsLetter(text[end - 3]);

    private static bool IsAllUpperLetters(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
            if (!char.IsUpper(c))
                return false;
        return !span.IsEmpty;
    }

    private static bool IsRunOf(string text, int start, int end, string characters)
    {
        for (var i = start; i < end; i++)
            if (!characters.Contains(text[i]))
                return false;
        return end > start;
    }

    private static bool EqualsIgnoringApostropheStyle(ReadOnlySpan<char> span, string clitic)
    {
        for (var i = 0; i < clitic.Length; i++)
        {
            var c = span[i] == '’' ? '\'' : char.ToLowerInvariant(span[i]);
            if (c != clitic[i])
                return false;
        }
        return true;
    }

    /// <summary>Typographic quotes become the ASCII ones EWT mostly uses; the offsets still point at the original.</summary>
    private static string Normalise(ReadOnlySpan<char> raw)
    {
        // Not interned: string.IsInterned takes a global lock and hashes every token, a few percent of the pipeline.
        if (raw.IndexOfAny("’‘“”") < 0)
            return raw.ToString();
        Span<char> buffer = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        for (var i = 0; i < raw.Length; i++)
            buffer[i] = raw[i] switch { '’' or '‘' => '\'', '“' or '”' => '"', var c => c };
        return buffer.ToString();
    }
}
