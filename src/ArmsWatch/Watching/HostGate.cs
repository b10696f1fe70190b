using System.Collections.Concurrent;

namespace ArmsWatch.Watching;

/// <summary>One request at a time per host, so that watching many feeds of one site never hammers it.</summary>
public sealed class HostGate
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> gates = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Waits for the host to be free; disposing the result frees it.</summary>
    public async Task<IDisposable> EnterAsync(Uri url, CancellationToken cancel)
    {
        var gate = gates.GetOrAdd(url.Authority, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancel).ConfigureAwait(false);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
                gate.Release();
        }
    }
}
