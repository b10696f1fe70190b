using ArmsWatch.Register;
using ArmsWatch.Watching;

namespace ArmsWatch.Cli.Presentation;

/// <summary>
/// One line per watch event: acknowledgements ("stored ...") and progress on stdout, failures on stderr. Plain lines,
/// no live display: <c>watch</c> runs for hours and its output goes to logs.
/// </summary>
public static class WatchLog
{
    public static void Write(WatchEvent watchEvent)
    {
        switch (watchEvent)
        {
            case DocumentIngested { Outcome.Take: DocumentTake.Taken } stored:
                Console.WriteLine($"stored {Safe(stored.Source)} ({stored.Outcome.Claims} claims)");
                break;
            case DocumentIngested { Outcome.Take: DocumentTake.AlreadyStored } known:
                Console.WriteLine($"already in the register: {Safe(known.Source)}");
                break;
            case DocumentIngested { Outcome.Take: DocumentTake.StoredByAnotherWorker } elsewhere:
                Console.WriteLine($"stored by another worker: {Safe(elsewhere.Source)}");
                break;
            case DocumentIngested held:
                Console.WriteLine($"being stored by another worker: {Safe(held.Source)}");
                break;
            case SourceFailed { RetryIn: { } wait } failed:
                Console.Error.WriteLine($"error: {Safe(failed.Error.Message)} (failure {failed.Failures}; retry in {DurationText.Format(wait)})");
                break;
            case SourceFailed failed:
                Console.Error.WriteLine($"error: {Safe(failed.Error.Message)}");
                break;
            case SourceBackingOff waiting:
                Console.WriteLine($"waiting: {Safe(waiting.Source)} failed {waiting.Failures} time(s); next try after {waiting.RetryAt.ToLocalTime():yyyy-MM-dd HH:mm:ss}");
                break;
            case FeedPolled { NotModified: true } polled:
                Console.WriteLine($"feed {Safe(polled.Source)}: not modified");
                break;
            case FeedPolled polled:
                Console.WriteLine($"feed {Safe(polled.Source)}: {polled.Entries} entries, {polled.New} new");
                break;
            case FileDeferred deferred:
                Console.WriteLine($"later: {Safe(deferred.Source)} is still being written");
                break;
        }
    }

    // Sources are paths, URLs and document names: each is printed escaped, so it can never print a line of its own.
    private static string Safe(string text) => TerminalText.Escape(text);
}
