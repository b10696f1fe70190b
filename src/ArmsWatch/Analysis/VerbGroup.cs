using ArmsWatch.Documents;

namespace ArmsWatch.Analysis;

/// <summary>An auxiliary and the verb it belongs to, with only adverbs and "not" between them ("has not yet ordered",
/// "will no longer export"): read by the retagging of perfects (<see cref="PerfectAspect"/>) and of modals' verbs
/// (<see cref="ModalBase"/>).</summary>
public static class VerbGroup
{
    private static readonly HashSet<string> Not = new(["not", "n't", "nt", "n’t"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The index of the first word after <paramref name="auxiliary"/> that is neither an adverb nor "not";
    /// <c>words.Length</c> when there is none.</summary>
    public static int VerbAfter(PerceptronTagger tagger, ReadOnlySpan<string> words, ReadOnlySpan<int> tags, int auxiliary)
    {
        var j = auxiliary + 1;
        while (j < words.Length && (tagger.UposOf(tags[j]) == Upos.Adv || Not.Contains(words[j])))
            j++;
        return j;
    }
}
