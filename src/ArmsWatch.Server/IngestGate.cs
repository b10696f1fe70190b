using System.Diagnostics.CodeAnalysis;

namespace ArmsWatch.Server;

/// <summary>
/// Bounds the articles the server reads and extracts at once (<see cref="DashboardOptions.IngestSlots"/>, one per core by
/// default) and how many may wait for a slot (<see cref="DashboardOptions.IngestQueue"/>). Waiting is asynchronous, so
/// a burst of posts holds no thread; past the queue, or after waiting <see cref="DashboardOptions.IngestWait"/>, a post
/// is turned away (503 with Retry-After) instead of piling up.
/// </summary>
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable",
    Justification = "The semaphore's wait handle is never created, so it holds nothing to free; disposing it with the "
        + "server's services would make a slot released late throw.")]
public sealed class IngestGate(DashboardOptions options)
{
    private readonly SemaphoreSlim slots = new(options.IngestSlots, options.IngestSlots);
    private int admitted;

    /// <summary>A slot, to dispose when the article is done; null when the server is saturated.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancel)
    {
        if (Interlocked.Increment(ref admitted) > options.IngestSlots + options.IngestQueue)
        {
            Interlocked.Decrement(ref admitted);
            return null;
        }
        bool entered;
        try
        {
            entered = await slots.WaitAsync(options.IngestWait, cancel).ConfigureAwait(false);
        }
        catch
        {
            Interlocked.Decrement(ref admitted);
            throw;
        }
        if (entered)
            return new Slot(this);
        Interlocked.Decrement(ref admitted);
        return null;
    }

    private sealed class Slot(IngestGate gate) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) != 0)
                return;
            gate.slots.Release();
            Interlocked.Decrement(ref gate.admitted);
        }
    }
}
