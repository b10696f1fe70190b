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

    /// <summary>The 1-based head of label token <paramref name="index"/>: the label's last word for the words before it
    /// ("AUKUS Ruckus"), none (the root) for that word, the sentence's root for the colon.</summary>
    public static int HeadOf(int index, int length, int sentenceRoot) =>
        index < length - 2 ? length - 1 : index == length - 2 ? 0 : sentenceRoot;

    /// <summary>The relation of label token <paramref name="index"/> (see <see cref="HeadOf"/>).</summary>
    public static string RelationOf(int index, int length) =>
        index == length - 1 ? "punct" : index == length - 2 ? "root" : "compound";

    /// <summary>The relation of the labelled sentence's root to the label.</summary>
    public const string SentenceRelation = "appos";
}
