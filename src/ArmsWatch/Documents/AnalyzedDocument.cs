namespace ArmsWatch.Documents;

/// <summary>A source document with its layers: sentences and tokens (with tags, lemmas and trees filled in place),
/// then the spans later stages recognise, in document order, and the names it gives.</summary>
public sealed class AnalyzedDocument(SourceDocument source, IReadOnlyList<Sentence> sentences)
{
    private readonly List<Span> _spans = [];
    private List<Span>[]? _bySentence;
    private IReadOnlyList<SentenceTree>? _trees;
    private HashSet<TransferKind>? _cueKinds;

    public SourceDocument Source { get; } = source;

    public IReadOnlyList<Sentence> Sentences { get; } = sentences;

    /// <summary>Each sentence's dependency tree, to navigate (made once, on first use, from the heads filled in place).</summary>
    public IReadOnlyList<SentenceTree> Trees => _trees ??= Sentences.Select(sentence => new SentenceTree(sentence.Tokens)).ToList();

    /// <summary>Every span any stage added, ordered by sentence and first token.</summary>
    public IReadOnlyList<Span> Spans => _spans;

    /// <summary>The kinds of transfer the document's stage cues imply ("donated": aid), made once from its spans.</summary>
    public IReadOnlySet<TransferKind> CueKinds => _cueKinds ??= _spans.Select(span => span.CueKind).OfType<TransferKind>().ToHashSet();

    /// <summary>The fullest form of each name the document gives, by surname (the knowledge stage's layer).</summary>
    public FullNames Names { get; private set; } = FullNames.None;

    /// <summary>Sets the document's layer of names.</summary>
    public void SetNames(FullNames names) => Names = names;

    /// <summary>Adds a stage's spans to the document's layer.</summary>
    public void AddSpans(IEnumerable<Span> spans)
    {
        // A stable order: spans that start at one token with one kind keep the order their stage gave them, whatever
        // else the document holds (List.Sort is not stable, so a cue's place could move with an unrelated span's).
        var ordered = _spans.Concat(spans).OrderBy(span => span.Sentence).ThenBy(span => span.First).ThenBy(span => span.Kind).ToList();
        _spans.Clear();
        _spans.AddRange(ordered);
        _bySentence = null;
        _cueKinds = null;
    }

    /// <summary>The spans of one sentence, in token order.</summary>
    public IReadOnlyList<Span> SpansIn(int sentence)
    {
        if (_bySentence is null)
        {
            _bySentence = new List<Span>[Sentences.Count];
            for (var s = 0; s < _bySentence.Length; s++)
                _bySentence[s] = [];
            foreach (var span in _spans)
                _bySentence[span.Sentence].Add(span);
        }
        return _bySentence[sentence];
    }

    /// <summary>The spans of one kind in one sentence.</summary>
    public IEnumerable<Span> SpansIn(int sentence, SpanKind kind) => SpansIn(sentence).Where(span => span.Kind == kind);
}
