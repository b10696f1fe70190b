namespace ArmsWatch.Analysis;

/// <summary>
/// A modal's verb, applied to the tagger's output: a modal ("will", "could", "must"), then only adverbs or "not", then a
/// word the treebank showed as a base-form verb is that verb (VERB/VB), where the greedy tagger read it alone as an
/// adjective or a noun ("Canada will no longer export military goods": "export"/JJ, so no verb governed the goods). In UD
/// English EWT, of the words after a modal and adverbs, 2,963 are VB, 6 adjectives and 30 nouns; none of those 36 is a
/// form the treebank shows as a base-form verb. A lowercase word the treebank never showed as a noun, adjective or name
/// counts as a base form too.
/// </summary>
public sealed class ModalBase(PerceptronTagger tagger, Lemmatizer lexicon)
{
    private static readonly string[] Misread = ["JJ", "NN", "NNP"];
    private static readonly string[] Nominal = ["NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "PRP", "CD"];

    private readonly int _baseForm = tagger.ClassOf(Documents.Upos.Verb, "VB");

    /// <summary>A form the treebank showed as a base-form verb, or a lowercase word it never showed as a noun, adjective
    /// or name ("export", seen once in EWT, as a foreign word).</summary>
    private bool IsBaseForm(string word)
    {
        var lower = word.ToLowerInvariant();
        return lexicon.Saw(lower, "VB") || word == lower && !lexicon.Saw(lower, Nominal);
    }

    /// <summary>Retags, in place, the base-form verbs of one sentence's modals.</summary>
    public void Apply(ReadOnlySpan<string> words, Span<int> tags)
    {
        if (_baseForm < 0)
            return;
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (tagger.XposOf(tags[i]) != "MD")
                continue;
            var j = VerbGroup.VerbAfter(tagger, words, tags, i);
            if (j < words.Length && Array.IndexOf(Misread, tagger.XposOf(tags[j])) >= 0 && IsBaseForm(words[j]))
                tags[j] = _baseForm;
        }
    }
}
