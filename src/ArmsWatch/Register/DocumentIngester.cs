using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>
/// Stores documents in the register, each once: a document is taken by its content hash before it is extracted,
/// so neither a re-run nor another worker extracts it again, and it is written in one transaction.
/// </summary>
/// <remarks>Safe to share between threads: every document opens its own connection and transaction.</remarks>
public sealed class DocumentIngester(RegisterStore store, Func<SourceDocument, DocumentExtraction> extract)
{
    public static DocumentIngester ForPipeline(RegisterStore store, ArmsWatchPipeline pipeline) =>
        new(store, document => DocumentExtraction.Run(pipeline, document));

    public IngestOutcome Ingest(SourceDocument document)
    {
        using var write = store.BeginDocument(ContentHash.Of(document.Text));
        if (write.Take != DocumentTake.Taken)
            return new IngestOutcome(document, write.Take, 0);
        var extraction = extract(document);
        if (!write.Store(document, extraction.Sentences, extraction.Claims))
            return new IngestOutcome(document, DocumentTake.AlreadyStored, 0);
        write.Commit();
        return new IngestOutcome(document, DocumentTake.Taken, extraction.Claims.Claims.Count);
    }
}
