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
                Console.WriteLine($"stored {stored.Source} ({stored.Outcome.Claims} claims)");
                break;
            case DocumentIngested { Outcome.Take: DocumentTake.AlreadyStored } known:
                Console.WriteLine($"already in the register: {known.Source}");
                break;
            case DocumentIngested held:
                Console.WriteLine($"being stored by another worker: {held.Source}");
                break;
            case SourceFailed { RetryIn: { } wait } failed:
                Console.Error.WriteLine($"error: {failed.Error.Message} (failure {failed.Failures}; retry in {DurationText.Format(wait)})");
                break;
            case SourceFailed failed:
                Console.Error.WriteLine($"error: {failed.Error.Message}");
                break;
            case SourceBackingOff waiting:
                Console.WriteLine($"waiting: {waiting.Source} failed {waiting.Failures} time(s); next try after {waiting.RetryAt.ToLocalTime():yyyy-MM-dd HH:mm:ss}");
                break;
            case FeedPolled { NotModified: true } polled:
                Console.WriteLine($"feed {polled.Source}: not modified");
                break;
            case FeedPolled polled:
                Console.WriteLine($"feed {polled.Source}: {polled.Entries} entries, {polled.New} new");
                break;
            case FileDeferred deferred:
                Console.WriteLine($"later: {deferred.Source} is still being written");
                break;
        }
    }
}
