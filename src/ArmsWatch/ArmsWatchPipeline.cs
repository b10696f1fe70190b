using ArmsWatch.Analysis;
using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Knowledge;
using ArmsWatch.Reading;
using ArmsWatch.Text;

namespace ArmsWatch;

/// <summary>The whole path for one document: text → sentences and tokens → tags and trees → entities → claims.</summary>
/// <remarks>Loaded once (lexicons, models) and then safe to share: every stage keeps its state per call.</remarks>
public sealed class ArmsWatchPipeline(TextAnalyzer text, SyntaxAnalyzer syntax, ClaimExtractor extractor)
{
    public static ArmsWatchPipeline LoadDefault()
    {
        var tokenizer = Tokenizer.LoadDefault();
        var knowledge = Path.Combine(ShippedFiles.DataDirectory, "knowledge");
        var recognizer = new EntityRecognizer(
            StateLexicon.Load(knowledge, tokenizer), WeaponLexicon.Load(knowledge, tokenizer), TrainingFinder.Load(knowledge));
        var extractor = ClaimExtractor.Load(Path.Combine(ShippedFiles.DataDirectory, "extraction"), recognizer);
        return new ArmsWatchPipeline(new TextAnalyzer(tokenizer, SentenceSplitter.LoadDefault()), SyntaxAnalyzer.LoadDefault(), extractor);
    }

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
        }
        cancel.ThrowIfCancellationRequested();
        return new AnalyzedDocument(document, sentences);
    }

    public DocumentClaims Extract(SourceDocument document) => Extract(Analyze(document));

    /// <summary>Claims of a document already analysed, for callers that keep its sentences too (the register).</summary>
    public DocumentClaims Extract(AnalyzedDocument document) => extractor.Extract(document);

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
}
