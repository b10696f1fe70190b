using ArmsWatch.Documents;
using ArmsWatch.Reading;
using ArmsWatch.Register;

namespace ArmsWatch.Watching;

/// <summary>
/// Ingests the files of a watched folder that are new or changed since they were last ingested; a file modified
/// within the settle time may still be being written and is left for a later scan.
/// </summary>
public sealed class FolderScanner(DocumentReader reader, DocumentIngester ingester, WatchState state, WatchOptions options, TimeProvider clock, Action<WatchEvent> report)
{
    /// <summary>Scans the folder once: returns how many files failed and how many were left for later.</summary>
    public (int Failed, int Deferred) Scan(string folder, CancellationToken cancel)
    {
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            report(new SourceFailed(root, new InputException(root, "no such folder"), 1, null));
            return (1, 0);
        }
        var ingested = state.FolderFiles(root);
        var (failed, deferred) = (0, 0);
        // Each real folder once (symlink cycles end); FIFOs and devices are listed, and the reader refuses them unopened.
        foreach (var entry in FolderWalker.Files(root))
        {
            cancel.ThrowIfCancellationRequested();
            var path = entry.Path;
            if (entry.Problem is { } problem)
            {
                report(new SourceFailed(path, new InputException(path, problem), 1, null));
                failed++;
                continue;
            }
            // Hidden files are the system's, or temporary copies being written (rsync, editors): never articles yet.
            if (DocumentReader.IsHidden(Path.GetRelativePath(root, path)))
                continue;
            var before = Snapshot(path);
            if (before is null || (ingested.TryGetValue(path, out var known) && known == before))
                continue;
            // A time in the future (a skewed clock, a copied file) says nothing about writing: such a file is read.
            var age = clock.GetUtcNow() - before.ModifiedAt;
            if (age >= TimeSpan.Zero && age < options.SettleTime)
            {
                report(new FileDeferred(path));
                deferred++;
                continue;
            }
            failed += Ingest(path, cancel);
            // Written to while it was read: what was read may be a torn copy, so the file is read again next scan.
            if (Snapshot(path) == before)
                state.FolderFileIngested(before, clock.GetUtcNow());
            else
                deferred++;
        }
        return (failed, deferred);
    }

    private int Ingest(string path, CancellationToken cancel)
    {
        var failed = 0;
        ingester.IngestAll(reader.Read([path]),
            outcome => report(new DocumentIngested(outcome.Document.Origin ?? path, outcome)),
            error =>
            {
                // A bad file stays bad until it changes: it is tried again when its size or time does.
                report(new SourceFailed(error.Input, error, 1, null));
                failed = 1;
            },
            cancel);
        return failed;
    }

    // Null when the file went away between listing and looking.
    private static FolderFileState? Snapshot(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FolderFileState(path, info.Length, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero)) : null;
    }
}
