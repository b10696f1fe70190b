using ArmsWatch.Analysis;
using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Knowledge;
using ArmsWatch.Reading;
using ArmsWatch.Text;

namespace ArmsWatch;

/// <summary>The whole path for one document: text → sentences and tokens → tags and trees → entities → claims.</summary>
/// <remarks>Loaded once (lexicons, models) and then safe to share: every stage keeps its state per call.</remarks>
public sealed class ArmsWatchPipeline(TextAnalyzer text, SyntaxAnalyzer syntax, KnowledgeStage knowledge, ClaimExtractor extractor)
{
    public static ArmsWatchPipeline LoadDefault()
    {
        var tokenizer = Tokenizer.LoadDefault();
        var knowledge = Path.Combine(ShippedFiles.DataDirectory, "knowledge");
        var recognizer = new EntityRecognizer(
            StateLexicon.Load(knowledge, tokenizer), WeaponLexicon.Load(knowledge, tokenizer), TrainingFinder.Load(knowledge));
        var extractor = ClaimExtractor.Load(Path.Combine(ShippedFiles.DataDirectory, "extraction"), recognizer);
        var people = PersonFinder.Load(knowledge, ShippedFiles.Data("office-holders.tsv"), tokenizer);
        return new ArmsWatchPipeline(new TextAnalyzer(tokenizer, SentenceSplitter.LoadDefault()), SyntaxAnalyzer.LoadDefault(),
            new KnowledgeStage(recognizer, people), extractor);
    }

    public AnalyzedDocument Analyze(SourceDocument document)
    {
        var sentences = text.Sentences(document.Text);
        foreach (var sentence in sentences)
            syntax.Analyze(sentence);
        var analyzed = new AnalyzedDocument(document, sentences);
        knowledge.Annotate(analyzed);
        return analyzed;
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
