using ArmsWatch.Documents;

namespace ArmsWatch.Analysis;

/// <summary>
/// English perfect aspect, applied to the tagger's output: a form of "have", then only adverbs or "not", then a
/// participle's form (an irregular verb's participle; or a word in "-ed" that the treebank showed as a past or participle,
/// or never showed at all: not "red" or "need") is a perfect ("has forbidden", "had not yet ordered"): the word is a
/// participle (VERB/VBN) and "have" its auxiliary. The greedy tagger reads the word by itself where the treebank shows it
/// mostly as an adjective ("Washington has forbidden US manufacturers to sell arms": "forbidden"/JJ, "has" the main verb).
/// In UD English EWT, of the words after "has", "have", "had", "'ve" or "having" (and adverbs) that end in "-ed" or are
/// an irregular participle (after adverbs and "not"), 1,078 are VBN and 3 adjectives ("have feathered", "have bearded", "have limited").
/// </summary>
public sealed class PerfectAspect
{
    private static readonly HashSet<string> Have = new(["has", "have", "had", "'ve", "having"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Verbs = ["VBN", "VBD"];
    private static readonly string[] OtherWords = ["NN", "NNS", "NNP", "JJ", "VB", "VBP", "VBZ", "VBG", "RB", "IN", "CD"];

    private readonly PerceptronTagger _tagger;
    private readonly IrregularVerbs _verbs;
    private readonly Lemmatizer _lexicon;
    private readonly int _participle;
    private readonly Dictionary<string, int> _auxiliaryByXpos = new(StringComparer.Ordinal);

    public PerfectAspect(PerceptronTagger tagger, Lemmatizer lexicon, IrregularVerbs verbs)
    {
        _tagger = tagger;
        _verbs = verbs;
        _lexicon = lexicon;
        _participle = tagger.ClassOf(Upos.Verb, "VBN");
        foreach (var xpos in new[] { "VB", "VBZ", "VBP", "VBD", "VBN", "VBG" })
            if (tagger.ClassOf(Upos.Aux, xpos) is var auxiliary and >= 0)
                _auxiliaryByXpos[xpos] = auxiliary;
    }

    /// <summary>Retags the perfects of one sentence in place.</summary>
    public void Apply(ReadOnlySpan<string> words, Span<int> tags)
    {
        if (_participle < 0)
            return;
        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (!IsHave(words[i]))
                continue;
            var j = VerbGroup.VerbAfter(_tagger, words, tags, i);
            if (j >= words.Length || _tagger.XposOf(tags[j]) is not ("JJ" or "VBD") || !IsParticipleForm(words[j].ToLowerInvariant()))
                continue;
            tags[j] = _participle;
            if (_auxiliaryByXpos.TryGetValue(_tagger.XposOf(tags[i]), out var auxiliary))
                tags[i] = auxiliary;
        }
    }

    // Every token is asked: its first letter settles most of them before the set is hashed.
    private static bool IsHave(string word) =>
        word.Length is >= 3 and <= 6 && (word[0] is 'h' or 'H' or '\'') && Have.Contains(word);

    private bool IsParticipleForm(string lower) =>
        _verbs.IsParticiple(lower)
        || lower.EndsWith("ed", StringComparison.Ordinal) && (_lexicon.Saw(lower, Verbs) || !_lexicon.Saw(lower, OtherWords));
}
