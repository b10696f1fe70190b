using ArmsWatch.Documents;
using ArmsWatch.Text;

namespace ArmsWatch.Extraction;

/// <summary>
/// The contract's "a quotation continuing a speaker's statement keeps that speaker", read from the quotation marks:
/// <list type="bullet">
/// <item>a quotation that runs over several sentences ('"We are here today to receive four helicopters. Weapons were
/// donated by Russia. Four were purchased," the minister told reporters.') is the speaker's of the sentence that closes
/// it, else of the one that opens it ('Camara said: "...');</item>
/// <item>a sentence that is a quotation of its own, right after a quoted sentence of the same paragraph ('"Today we have
/// signed a contract," Slyusar said. "We are very glad ..."'), is that sentence's speaker's.</item>
/// </list>
/// Only a sentence with no speaker of its own is given one.
/// </summary>
public static class QuotedSpeech
{
    // A quotation longer than this is more likely a quotation mark left open by mistake than a speech.
    private const int MaxSentences = 8;

    /// <param name="text">The document's text.</param>
    /// <param name="sentences">Its sentences.</param>
    /// <param name="own">Each sentence's own speaker (null where it names none).</param>
    public static string?[] Speakers(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<string?> own)
    {
        var speakers = own.ToArray();
        var inside = false;
        var runStart = -1;
        for (var s = 0; s < sentences.Count; s++)
        {
            var (_, opensQuoted, insideAtEnd) = Read(sentences[s].Text, inside);
            if (inside && !insideAtEnd && runStart >= 0 && s - runStart < MaxSentences)
            {
                // The quotation opened in sentence runStart closes here.
                if ((own[s] ?? own[runStart]) is { } speaker)
                    for (var k = runStart; k <= s; k++)
                        speakers[k] ??= speaker;
            }
            else if (!inside && !insideAtEnd && opensQuoted && s > 0 && SameParagraph(text, sentences[s - 1], sentences[s])
                     && Read(sentences[s - 1].Text, false).Quoted && speakers[s - 1] is { } previous)
                speakers[s] ??= previous;
            if (!inside && insideAtEnd)
                runStart = s;
            else if (!insideAtEnd)
                runStart = -1;
            inside = insideAtEnd;
        }
        return speakers;
    }

    /// <summary>Whether the sentence holds a quotation mark, whether it opens with one, and whether a quotation is open
    /// at its end: curly marks open and close; a straight mark toggles, except at the sentence's start, where it opens.</summary>
    private static (bool Quoted, bool OpensQuoted, bool InsideAtEnd) Read(string sentence, bool inside)
    {
        var trimmed = sentence.TrimStart();
        var opens = trimmed.Length > 0 && trimmed[0] is QuotationMarks.Straight or QuotationMarks.Opening;
        var quoted = false;
        for (var i = 0; i < trimmed.Length; i++)
        {
            switch (trimmed[i])
            {
                case QuotationMarks.Opening:
                    inside = true;
                    quoted = true;
                    break;
                case QuotationMarks.Closing:
                    inside = false;
                    quoted = true;
                    break;
                case QuotationMarks.Straight:
                    inside = i == 0 || !inside;
                    quoted = true;
                    break;
            }
        }
        return (quoted, opens, inside);
    }

    private static bool SameParagraph(string text, Sentence before, Sentence after) =>
        before.End <= after.Start && after.Start <= text.Length && !text.AsSpan(before.End, after.Start - before.End).Contains('\n');
}
