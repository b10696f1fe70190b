using ArmsWatch.Documents;
using ArmsWatch.Reading;

namespace ArmsWatch.Register;

/// <summary>
/// Stores documents in the register, each once. The one way in for every command: a document is taken by its content
/// hash (so neither a re-run nor another worker extracts it again), extracted with no write lock held, and then
/// written in one short transaction: on SQLite, where one writer holds the whole file, writers never wait for each
/// other's extraction.
/// </summary>
/// <remarks>Safe to share between threads: every document opens its own connection and transaction.</remarks>
public sealed class DocumentIngester(RegisterStore store, Func<SourceDocument, CancellationToken, DocumentExtraction> extract)
{
    public DocumentIngester(RegisterStore store, Func<SourceDocument, DocumentExtraction> extract)
        : this(store, (document, _) => extract(document))
    {
    }

    public static DocumentIngester ForPipeline(RegisterStore store, ArmsWatchPipeline pipeline) =>
        new(store, (document, cancel) => DocumentExtraction.Run(pipeline, document, cancel));

    /// <summary>
    /// How long <see cref="IngestAll"/> waits, at the end, for a document another worker held: long enough for any
    /// article to be extracted; a worker that died released it at once.
    /// </summary>
    public TimeSpan HeldWait { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Stores one document unless it is stored already or another worker holds it now.</summary>
    /// <exception cref="InputException">A field is over the register's limits (see <see cref="RegisterLimits"/>).</exception>
    /// <exception cref="OperationCanceledException">Cancelled before the commit: nothing of the document is stored.</exception>
    public IngestOutcome Ingest(SourceDocument document, CancellationToken cancel = default) => Ingest(document, TimeSpan.Zero, cancel);

    /// <summary>
    /// Ingests every document read, in order, telling <paramref name="ingested"/> each outcome (after its commit) and
    /// <paramref name="failed"/> each input error; the rest goes on. A document another worker held is come back to
    /// at the end and waited for: if that worker died, this one stores it; if it is still held after
    /// <see cref="HeldWait"/>, it is reported as failed, never skipped in silence.
    /// </summary>
    public void IngestAll(IEnumerable<ReadOutcome> inputs, Action<IngestOutcome> ingested, Action<InputException> failed, CancellationToken cancel = default)
    {
        var held = new List<SourceDocument>();
        foreach (var input in inputs)
        {
            cancel.ThrowIfCancellationRequested();
            if (input.Error is { } error)
            {
                failed(error);
                continue;
            }
            if (Attempt(input.Document!, TimeSpan.Zero, failed, cancel) is not { } outcome)
                continue;
            if (outcome.Take == DocumentTake.HeldByAnotherWorker)
                held.Add(input.Document!);
            else
                ingested(outcome);
        }
        foreach (var document in held)
        {
            if (Attempt(document, HeldWait, failed, cancel) is not { } outcome)
                continue;
            if (outcome.Take == DocumentTake.HeldByAnotherWorker)
                failed(new InputException(document.Origin ?? document.Id,
                    $"another worker has held it for over {HeldWait.TotalSeconds:0} s and not stored it; run ingest again to store it"));
            else
                ingested(outcome.Take == DocumentTake.AlreadyStored ? outcome with { Take = DocumentTake.StoredByAnotherWorker } : outcome);
        }
    }

    private IngestOutcome? Attempt(SourceDocument document, TimeSpan wait, Action<InputException> failed, CancellationToken cancel)
    {
        try
        {
            return Ingest(document, wait, cancel);
        }
        catch (InputException error)
        {
            failed(error);
            return null;
        }
    }

    private IngestOutcome Ingest(SourceDocument document, TimeSpan wait, CancellationToken cancel)
    {
        var fitted = RegisterLimits.Fit(document);
        using var write = store.BeginDocument(ContentHash.Of(fitted.Text), wait);
        if (write.Take != DocumentTake.Taken)
            return new IngestOutcome(fitted, write.Take, 0);
        var extraction = extract(fitted, cancel);
        cancel.ThrowIfCancellationRequested();
        // A date estimated from the text moves when SIPRI's register shows it too early (DealYears): the register keeps
        // the date the claims' years follow.
        var dated = extraction.Claims.Published is { } published && published != fitted.Published
            ? fitted with { Published = published }
            : fitted;
        if (!write.Store(dated, extraction.Sentences, extraction.Claims))
            return new IngestOutcome(fitted, DocumentTake.AlreadyStored, 0);
        write.Commit();
        return new IngestOutcome(fitted, DocumentTake.Taken, extraction.Claims.Claims.Count);
    }
}
