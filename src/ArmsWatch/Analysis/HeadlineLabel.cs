using ArmsWatch.Documents;

namespace ArmsWatch.Analysis;

/// <summary>
/// A label before a colon that opens a sentence ("Reuters: Iran again denies supplying kamikaze drones to Russia",
/// "ATHENS: Greece and France signed ...", "Analysis: China sells arms to Sudan"): one to three capitalised words, a
/// colon, and at least three tokens after it. The sentence after the colon is tagged and parsed by itself, as the
/// treebank's sentences are, then joined to the label as UD English EWT joins them (in 82 of its 125 such sentences):
/// the label's last word is the root, the sentence's root its apposition, the colon the sentence's punctuation. Read
/// whole, "Reuters" was the root and "denies" a parataxis of it, with "Iran" and "supplying" parsed around the colon.
/// </summary>
public static class HeadlineLabel
{
    private const int MaxWords = 3;
    private const int MinSentence = 3;

    /// <summary>How many tokens the label takes, its colon included; 0 when the sentence opens with none.</summary>
    public static int LengthOf(ReadOnlySpan<string> words)
    {
        for (var k = 0; k <= MaxWords && k < words.Length; k++)
        {
            if (k > 0 && words[k] == ":")
                return words.Length - k - 1 >= MinSentence ? k + 1 : 0;
            if (words[k].Length == 0 || !char.IsUpper(words[k][0]))
                return 0;
        }
        return 0;
    }

    /// <summary>Joins the label's tokens to the parsed sentence after it (whose heads count over the whole sentence): the
    /// label's last word the root, the words before it its compound, the colon the sentence's punctuation, the sentence's
    /// root the label's apposition.</summary>
    public static void Attach(Token[] tokens, int length)
    {
        var root = Array.FindIndex(tokens, length, t => t.Head == 0);
        var labelWord = length - 2;
        for (var i = 0; i < labelWord; i++)
            (tokens[i].Head, tokens[i].DepRel) = (labelWord + 1, "compound");
        (tokens[labelWord].Head, tokens[labelWord].DepRel) = (0, "root");
        (tokens[length - 1].Head, tokens[length - 1].DepRel) = (root + 1, "punct");
        (tokens[root].Head, tokens[root].DepRel) = (labelWord + 1, "appos");
    }
}
