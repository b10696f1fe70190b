using ArmsWatch.Documents;

namespace ArmsWatch.Text;

/// <summary>Groups tokens into sentences: at sentence-final punctuation, at paragraph breaks, after headlines.</summary>
/// <remarks>
/// Works on tokens, not characters: the tokenizer has already kept abbreviations ("U.S.", "Dec.") whole, so a
/// standalone period is a real full stop. News text is often hard-wrapped, so a single line break ends a sentence
/// only after a headline-like line.
/// </remarks>
public sealed class SentenceSplitter(IReadOnlySet<string> sentenceStarters, int maxTokens = SentenceSplitter.DefaultMaxTokens)
{
    /// <summary>Longer runs without a boundary (tables, lists) are cut here so the parser's work stays bounded.</summary>
    public const int DefaultMaxTokens = 200;

    private const int HeadlineMaxTokens = 16;

    public static SentenceSplitter LoadDefault() =>
        new(DataFile.ReadSet(ShippedFiles.Data("text/sentence-starters.txt")));

    public List<Sentence> Split(string text, IReadOnlyList<TokenSpan> tokens)
    {
        var sentences = new List<Sentence>();
        var first = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var last = i == tokens.Count - 1;
            if (last || i - first + 1 >= maxTokens || EndsSentence(tokens, first, i))
            {
                var end = i;
                // Closing quotes and brackets after the full stop belong to the sentence they close.
                while (!last && end + 1 < tokens.Count && tokens[end + 1].Start == tokens[end].End && IsCloser(tokens[end + 1].Text)
                       && IsTerminal(tokens[i].Text))
                    end++;
                sentences.Add(Build(text, tokens, first, end));
                first = end + 1;
                i = end;
            }
        }
        return sentences;
    }

    private bool EndsSentence(IReadOnlyList<TokenSpan> tokens, int first, int i)
    {
        var next = tokens[i + 1];
        if (next.LineBreaksBefore >= 2)
            return true;
        var current = tokens[i].Text;
        if (IsTerminal(current))
            return StartsSentence(tokens, i + 1) || next.LineBreaksBefore > 0;
        if (IsAbbreviationThatCanEnd(current) && next.LineBreaksBefore == 0)
            return sentenceStarters.Contains(next.Text);
        if (next.LineBreaksBefore == 1)
            return IsHeadline(tokens, first, i) && StartsUpper(next.Text);
        return false;
    }

    private static bool StartsSentence(IReadOnlyList<TokenSpan> tokens, int index)
    {
        var text = tokens[index].Text;
        if (StartsUpper(text) || char.IsDigit(text[0]))
            return true;
        // An opening quote or bracket followed by a capital: ‘"We will not sell…’
        return text is "\"" or "'" or "(" or "[" && index + 1 < tokens.Count && StartsUpper(tokens[index + 1].Text);
    }

    /// <summary>A line of its own, short and mostly capitalised, with no final punctuation: a headline or a title.</summary>
    private static bool IsHeadline(IReadOnlyList<TokenSpan> tokens, int first, int i)
    {
        var lineStart = i;
        while (lineStart > first && tokens[lineStart].LineBreaksBefore == 0)
            lineStart--;
        if (lineStart != first && tokens[lineStart].LineBreaksBefore == 0)
            return false;
        if (lineStart != first || i - first + 1 > HeadlineMaxTokens)
            return false;
        int words = 0, capitalised = 0;
        for (var k = first; k <= i; k++)
        {
            var text = tokens[k].Text;
            if (!char.IsLetter(text[0]))
                continue;
            words++;
            if (char.IsUpper(text[0]))
                capitalised++;
        }
        return words > 0 && capitalised * 5 >= words * 3;
    }

    private static bool IsTerminal(string token) => token is "." or "!" or "?" or "..." or "…" || (token.Length > 1 && token.All(c => c is '.' or '!' or '?'));

    private static bool IsCloser(string token) => token is "\"" or "'" or ")" or "]" or "”" or "’";

    /// <summary>Abbreviations that may close a sentence ("… from the U.S. The talks …"), unlike titles such as "Gen.".</summary>
    private static bool IsAbbreviationThatCanEnd(string token) =>
        token.Length >= 4 && token[^1] == '.' && token[^3] == '.' && char.IsUpper(token[0]);

    private static bool StartsUpper(string text) => text.Length > 0 && char.IsUpper(text[0]);

    private static Sentence Build(string text, IReadOnlyList<TokenSpan> spans, int first, int last)
    {
        var tokens = new Token[last - first + 1];
        for (var k = first; k <= last; k++)
            tokens[k - first] = new Token(spans[k].Text, spans[k].Start, spans[k].End);
        var start = spans[first].Start;
        var end = spans[last].End;
        return new Sentence(start, end, text[start..end], tokens);
    }
}
