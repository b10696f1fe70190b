using ArmsWatch.Documents;
using ArmsWatch.Register;

namespace ArmsWatch.Watching;

/// <summary>
/// Ingests through <see cref="DocumentIngester"/>, but extracts before the register's transaction opens: SQLite lets one
/// writer in at a time, so extracting inside the transaction would run the watcher's workers one after another.
/// </summary>
/// <remarks>
/// The price is an extraction wasted on a text already stored under another URL (rare: seen URLs are never fetched);
/// the content hash still decides, in the transaction, whether the document is stored.
/// </remarks>
public sealed class ExtractFirstIngester(RegisterStore store, Func<SourceDocument, DocumentExtraction> extract)
{
    public static ExtractFirstIngester ForPipeline(RegisterStore store, ArmsWatchPipeline pipeline) =>
        new(store, document => DocumentExtraction.Run(pipeline, document));

    public IngestOutcome Ingest(SourceDocument document)
    {
        var extraction = extract(document);
        return new DocumentIngester(store, _ => extraction).Ingest(document);
    }
}
