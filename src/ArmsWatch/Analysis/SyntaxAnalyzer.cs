using System.Buffers;
using ArmsWatch.Documents;
using ArmsWatch.Text;

namespace ArmsWatch.Analysis;

/// <summary>The analysis stage: tags each sentence's tokens (UPOS, XPOS), gives them their lemmas and parses them into a UD
/// dependency tree.</summary>
/// <remarks>Loaded once; the models are immutable, so one instance serves concurrent callers.</remarks>
public sealed class SyntaxAnalyzer
{
    public const string TaggerFileName = "en_ewt.tagger";
    public const string ParserFileName = "en_ewt.parser";
    public const string LemmatizerFileName = "en_ewt.lemmas";

    private readonly PerceptronTagger _tagger;
    private readonly DependencyParser _parser;
    private readonly Lemmatizer _lemmatizer;
    private readonly PerfectAspect? _perfects;
    private readonly ModalBase? _modals;

    public SyntaxAnalyzer(PerceptronTagger tagger, DependencyParser parser, Lemmatizer lemmatizer, PerfectAspect? perfects = null,
        ModalBase? modals = null)
    {
        _tagger = tagger;
        _parser = parser;
        _lemmatizer = lemmatizer;
        _perfects = perfects;
        _modals = modals;
    }

    /// <summary>Loads the models in <paramref name="modelsDirectory"/>, with the shipped table of irregular verbs.</summary>
    public static SyntaxAnalyzer Load(string modelsDirectory)
    {
        var irregularVerbs = IrregularVerbs.LoadShipped();
        var tagger = PerceptronTagger.Load(Path.Combine(modelsDirectory, TaggerFileName)).WithIrregularVerbs(irregularVerbs);
        var lemmatizer = Lemmatizer.Load(Path.Combine(modelsDirectory, LemmatizerFileName)).WithIrregularVerbs(irregularVerbs);
        return new(tagger, DependencyParser.Load(Path.Combine(modelsDirectory, ParserFileName)), lemmatizer,
            new PerfectAspect(tagger, lemmatizer, irregularVerbs), new ModalBase(tagger, lemmatizer));
    }

    /// <summary>Loads the models that ship beside the assembly.</summary>
    public static SyntaxAnalyzer LoadDefault() => Load(ShippedFiles.ModelsDirectory);

    /// <summary>Fills every token's <c>Upos</c>, <c>Xpos</c>, <c>Lemma</c>, <c>Head</c> (1-based, 0 = root) and <c>DepRel</c> in place.</summary>
    public void Analyze(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        int n = tokens.Length;
        if (n == 0)
            return;
        var words = ArrayPool<string>.Shared.Rent(n);
        var jointTags = ArrayPool<string>.Shared.Rent(n);
        var numbers = ArrayPool<int>.Shared.Rent(3 * n);
        try
        {
            var tags = numbers.AsSpan(0, n);
            var heads = numbers.AsSpan(n, n);
            var labels = numbers.AsSpan(2 * n, n);
            for (int i = 0; i < n; i++)
                words[i] = tokens[i].Text;
            // A headline's label ("Reuters: ...") is read apart from the sentence after it.
            var label = HeadlineLabel.LengthOf(words.AsSpan(0, n));
            if (label > 0)
                _tagger.Tag(words.AsSpan(0, label), tags[..label]);
            _tagger.Tag(words.AsSpan(label, n - label), tags[label..]);
            _perfects?.Apply(words.AsSpan(0, n), tags);
            _modals?.Apply(words.AsSpan(0, n), tags);
            for (int i = 0; i < n; i++)
                jointTags[i] = _tagger.JointTagOf(tags[i]);
            // A quotation mark that opens a quotation running on into the next sentence, or closes one begun in an
            // earlier sentence, is read apart: parsed with it, '"Regarding the Su-35, ... we have abandoned that plan.'
            // had "heart" of "with a heavy heart" as its root.
            var (first, end) = (label, n);
            if (first + 1 < end && QuotationMarks.IsMark(words[first]) && !HasQuote(words, first + 1, end))
                first++;
            if (end - 1 > first && QuotationMarks.IsMark(words[end - 1]) && !HasQuote(words, first, end - 1))
                end--;
            _parser.Parse(words.AsSpan(first, end - first), jointTags.AsSpan(first, end - first), heads[first..end], labels[first..end]);
            var root = -1;
            for (int i = 0; i < n; i++)
            {
                ref var token = ref tokens[i];
                token.Upos = _tagger.UposOf(tags[i]);
                token.Xpos = _tagger.XposOf(tags[i]);
                token.Lemma = _lemmatizer.Lemma(token.Text, token.Xpos);
                if (i < first || i >= end)
                    continue;
                token.Head = heads[i] == 0 ? 0 : heads[i] + first;
                token.DepRel = _parser.LabelName(labels[i]);
                if (heads[i] == 0 && root < 0)
                    root = i;
            }
            // Joined as EWT joins them: the punctuation of the sentence's root.
            if (first > label)
                (tokens[label].Head, tokens[label].DepRel) = (root + 1, "punct");
            if (end < n)
                (tokens[end].Head, tokens[end].DepRel) = (root + 1, "punct");
            if (label > 0)
                HeadlineLabel.Attach(tokens, label);
            PunctuationHeads.Repair(tokens);
        }
        finally
        {
            ArrayPool<string>.Shared.Return(words, clearArray: true);
            ArrayPool<string>.Shared.Return(jointTags, clearArray: true);
            ArrayPool<int>.Shared.Return(numbers);
        }
    }

    private static bool HasQuote(string[] words, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (QuotationMarks.IsMark(words[i]))
                return true;
        return false;
    }
}
