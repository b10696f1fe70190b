using ArmsWatch.Analysis;
using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Knowledge;
using ArmsWatch.Patterns;
using ArmsWatch.Reading;
using ArmsWatch.Text;

namespace ArmsWatch;

/// <summary>The whole path for one document: text → sentences and tokens → tags, lemmas and trees → knowledge and cue
/// spans → claims.</summary>
/// <remarks>Loaded once (lexicons, patterns, models) and then safe to share: every stage keeps its state per call.</remarks>
public sealed class ArmsWatchPipeline(
    TextAnalyzer text, SyntaxAnalyzer syntax, KnowledgeStage knowledge, CueStage cues, IClaimExtractor extractor, bool withoutTrees = false,
    DealYears? dealYears = null)
{
    public static ArmsWatchPipeline LoadDefault() => Load(ShippedFiles.ModelsDirectory);

    /// <summary>The shipped stages with the claim models of <paramref name="modelsDirectory"/> (tagger, parser and
    /// lemmatizer always the shipped ones).</summary>
    public static ArmsWatchPipeline Load(string modelsDirectory)
    {
        var (text, syntax, knowledge, cues, lexicon) = LoadStages();
        return new ArmsWatchPipeline(text, syntax, knowledge, cues,
            new ClaimExtractor(ClaimModels.Load(Path.Combine(modelsDirectory, ClaimModels.FileName)), ClaimFeatures.All, lexicon),
            dealYears: DealYears.Shipped());
    }

    /// <summary>The stages up to the cues, for training claim models: extraction comes from the models being trained.</summary>
    public static ArmsWatchPipeline ForTraining() => WithExtractor(null);

    /// <summary>The shipped stages with another extractor (null: analysis only).</summary>
    public static ArmsWatchPipeline WithExtractor(IClaimExtractor? extractor)
    {
        var (text, syntax, knowledge, cues, _) = LoadStages();
        return new ArmsWatchPipeline(text, syntax, knowledge, cues, extractor ?? NoExtraction.Instance, dealYears: DealYears.Shipped());
    }

    private static (TextAnalyzer, SyntaxAnalyzer, KnowledgeStage, CueStage, AttributionLexicon) LoadStages()
    {
        var tokenizer = Tokenizer.LoadDefault();
        var knowledge = Path.Combine(ShippedFiles.DataDirectory, "knowledge");
        var recognizer = new EntityRecognizer(
            StateLexicon.Load(knowledge, tokenizer), WeaponLexicon.Load(knowledge), TrainingFinder.Load(knowledge));
        var people = PersonFinder.Load(knowledge, ShippedFiles.Data("office-holders.tsv"), tokenizer);
        return (new TextAnalyzer(tokenizer, SentenceSplitter.LoadDefault()), SyntaxAnalyzer.LoadDefault(),
            new KnowledgeStage(recognizer, people, PersonNames.Load(knowledge)),
            CueStage.Load(Path.Combine(ShippedFiles.DataDirectory, "patterns")),
            AttributionLexicon.Load(Path.Combine(ShippedFiles.DataDirectory, "extraction")));
    }

    public CueStage Cues => cues;

    /// <summary>The same pipeline with other cue patterns (to measure what a pattern is worth).</summary>
    public ArmsWatchPipeline WithCues(CueStage other) => new(text, syntax, knowledge, other, extractor, withoutTrees, dealYears);

    /// <summary>The same pipeline with every dependency head removed after parsing: an ablation that shows what the
    /// trees are worth to extraction.</summary>
    public ArmsWatchPipeline WithoutTrees() => new(text, syntax, knowledge, cues, extractor, withoutTrees: true, dealYears);

    public AnalyzedDocument Analyze(SourceDocument document) => Analyze(document, CancellationToken.None);

    /// <summary>
    /// Analyses the document, checking <paramref name="cancel"/> between sentences: parsing is most of the time, so a
    /// caller that has given up (a client gone, a request timed out) stops within one sentence instead of a whole text.
    /// </summary>
    /// <exception cref="OperationCanceledException">Cancelled before the last sentence was analysed.</exception>
    public AnalyzedDocument Analyze(SourceDocument document, CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        var sentences = text.Sentences(document.Text);
        foreach (var sentence in sentences)
        {
            cancel.ThrowIfCancellationRequested();
            syntax.Analyze(sentence);
            if (withoutTrees)
                for (var i = 0; i < sentence.Tokens.Length; i++)
                    (sentence.Tokens[i].Head, sentence.Tokens[i].DepRel) = (0, "dep");
        }
        cancel.ThrowIfCancellationRequested();
        return Annotated(document, sentences);
    }

    /// <summary>The knowledge and cue layers over sentences already tagged and parsed (neither depends on the date).</summary>
    private AnalyzedDocument Annotated(SourceDocument document, IReadOnlyList<Sentence> sentences)
    {
        var analyzed = new AnalyzedDocument(document, sentences);
        knowledge.Annotate(analyzed);
        cues.Annotate(analyzed);
        return analyzed;
    }

    public DocumentClaims Extract(SourceDocument document) => Extract(Analyze(document));

    /// <summary>Claims of a document already analysed, for callers that keep its sentences too (the register).</summary>
    /// <remarks>A date estimated from the text (or none) that the register's years show too early
    /// (<see cref="DealYears"/>) is moved to the year they allow, and the document's knowledge and claims are read again
    /// with it (its tags and trees do not depend on the date): the claims' years and the offices of the people named
    /// follow the date.</remarks>
    public DocumentClaims Extract(AnalyzedDocument document, CancellationToken cancel = default) => Extract(document, extractor, cancel);

    /// <summary>An extractor (a model being trained) whose claims are dated as the pipeline dates its own.</summary>
    public IClaimExtractor Dating(IClaimExtractor other) => new DatingExtractor(this, other);

    private DocumentClaims Extract(AnalyzedDocument document, IClaimExtractor claimExtractor, CancellationToken cancel)
    {
        var claims = claimExtractor.Extract(document, cancel);
        var source = document.Source;
        if (dealYears?.MovedDate(document, claims.Claims) is not { } moved)
            return claims;
        return claimExtractor.Extract(Annotated(source with { Published = moved, PublishedFrom = DateSource.Estimate }, document.Sentences), cancel);
    }

    /// <summary>Reads every input and extracts each readable article; a bad input goes to <paramref name="onError"/>
    /// and the others are still read.</summary>
    public IEnumerable<DocumentClaims> ExtractAll(IEnumerable<string> paths, Action<InputException> onError)
    {
        foreach (var outcome in new DocumentReader().Read(paths))
        {
            if (outcome.Error is { } error)
                onError(error);
            else
                yield return Extract(outcome.Document!);
        }
    }

    private sealed class DatingExtractor(ArmsWatchPipeline pipeline, IClaimExtractor extractor) : IClaimExtractor
    {
        public DocumentClaims Extract(AnalyzedDocument document, CancellationToken cancel = default) => pipeline.Extract(document, extractor, cancel);
    }

    /// <summary>The extraction stage of a pipeline that only analyses.</summary>
    private sealed class NoExtraction : IClaimExtractor
    {
        public static NoExtraction Instance { get; } = new();

        public DocumentClaims Extract(AnalyzedDocument document, CancellationToken cancel = default) => new() { Doc = document.Source.Id };
    }
}
