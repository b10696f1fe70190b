using ArmsWatch.Documents;
using ArmsWatch.Reading;
using ArmsWatch.Text;
using ArmsWatch.Watching;

namespace ArmsWatch.Cli.Fuzzing;

/// <summary>
/// Runs one input through one stage the way the product does, and checks what comes out: offsets inside the text,
/// sentences in order. Bad input may end in an <see cref="InputException"/>; anything else thrown is a finding.
/// </summary>
public sealed class FuzzTargets(ArmsWatchPipeline pipeline, TextAnalyzer text)
{
    private static readonly Uri PageUrl = new("http://127.0.0.1/fuzz/page.html");
    private readonly DocumentReader reader = new();

    public static FuzzTargets LoadDefault() => new(ArmsWatchPipeline.LoadDefault(), TextAnalyzer.LoadDefault());

    /// <param name="scratch">A file this thread may overwrite: the reader's stages are fed through a real file.</param>
    public void Run(FuzzStage stage, byte[] input, string scratch)
    {
        switch (stage)
        {
            case FuzzStage.Text:
            case FuzzStage.Html:
            case FuzzStage.JsonLines:
                var path = Path.ChangeExtension(scratch, stage switch { FuzzStage.Text => ".txt", FuzzStage.Html => ".html", _ => ".jsonl" });
                File.WriteAllBytes(path, input);
                foreach (var outcome in reader.Read([path]))
                    if (outcome.Document is { } document)
                        CheckDocument(document);
                break;
            case FuzzStage.Page:
                try
                {
                    CheckDocument(new PageReader(reader).Read(new HttpPage(PageUrl, false, input, "text/html", null, null), PageUrl.AbsoluteUri, new FeedEntry(PageUrl, null, null)));
                }
                catch (InputException)
                {
                    // Refusing a bad page is the expected answer.
                }
                break;
            case FuzzStage.Feed:
                try
                {
                    FeedParser.Parse(input, PageUrl);
                }
                catch (InputException)
                {
                    // Refusing a bad feed is the expected answer.
                }
                break;
            case FuzzStage.Tokenizer:
                var decoded = TextDecoder.Decode(input);
                CheckSentences(decoded, text.Sentences(decoded));
                break;
            case FuzzStage.Extractor:
                CheckClaims(pipeline.Extract(new SourceDocument("fuzz", TextDecoder.Decode(input))), TextDecoder.Decode(input).Length);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(stage), stage, null);
        }
    }

    private static void CheckDocument(SourceDocument document)
    {
        if (document.Text.Trim().Length == 0)
            throw new InvalidOperationException("invariant: a document was read with no text");
    }

    private static void CheckSentences(string text, IReadOnlyList<Sentence> sentences)
    {
        var previousEnd = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Start < previousEnd || sentence.End > text.Length || sentence.Start > sentence.End)
                throw new InvalidOperationException($"invariant: sentence [{sentence.Start}, {sentence.End}) out of order or outside the text ({text.Length} chars)");
            if (sentence.Tokens.Length == 0)
                throw new InvalidOperationException("invariant: a sentence with no tokens");
            previousEnd = sentence.End;
        }
    }

    private static void CheckClaims(Extraction.DocumentClaims claims, int length)
    {
        foreach (var claim in claims.Claims)
            if (claim.SentenceStart < 0 || claim.SentenceEnd > length || claim.ItemStart < claim.SentenceStart || claim.ItemEnd > claim.SentenceEnd)
                throw new InvalidOperationException($"invariant: claim offsets outside the text or its sentence ({claim.SentenceStart}-{claim.SentenceEnd}, {claim.ItemStart}-{claim.ItemEnd}, {length} chars)");
    }
}
