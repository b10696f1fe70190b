using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Knowledge;
using ArmsWatch.Text;

namespace ArmsWatch;

/// <summary>The whole path for one document: text → sentences and tokens → entities → claims.</summary>
/// <remarks>Loaded once (lexicons, models) and then safe to share: every stage keeps its state per call.</remarks>
public sealed class ArmsWatchPipeline(TextAnalyzer text, ClaimExtractor extractor)
{
    public static ArmsWatchPipeline LoadDefault()
    {
        var tokenizer = Tokenizer.LoadDefault();
        var knowledge = Path.Combine(ShippedFiles.DataDirectory, "knowledge");
        var recognizer = new EntityRecognizer(StateLexicon.Load(knowledge, tokenizer), WeaponLexicon.Load(knowledge, tokenizer));
        var extractor = ClaimExtractor.Load(Path.Combine(ShippedFiles.DataDirectory, "extraction"), recognizer);
        return new ArmsWatchPipeline(new TextAnalyzer(tokenizer, SentenceSplitter.LoadDefault()), extractor);
    }

    public AnalyzedDocument Analyze(SourceDocument document) => new(document, text.Sentences(document.Text));

    public DocumentClaims Extract(SourceDocument document) => extractor.Extract(Analyze(document));
}
