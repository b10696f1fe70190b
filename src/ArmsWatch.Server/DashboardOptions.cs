namespace ArmsWatch.Server;

/// <summary>How the dashboard server listens, guards its write endpoints and bounds the work a request may cause.</summary>
/// <param name="Urls">Addresses to listen on (Kestrel URLs, e.g. http://127.0.0.1:5080); nothing else is listened on.</param>
/// <param name="ApiKey">The key write endpoints require in <c>X-Api-Key</c>; may be null only when every address is loopback.</param>
public sealed record DashboardOptions(IReadOnlyList<string> Urls, string? ApiKey = null)
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>How often a live stream looks for claims stored by any process (see <see cref="ClaimStreamApi"/>).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The dashboard's static files; by default the wwwroot copied beside the assembly.</summary>
    public string WebRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>Longest time a request may take (the live stream excepted): then it is cancelled, its work stopped, and answered 503.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Articles read and extracted at once: one per core, so extraction cannot starve the readers of the register.</summary>
    public int IngestSlots { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Articles that may wait for a slot; beyond them a post is answered 503 at once.</summary>
    public int IngestQueue { get; init; } = 32;

    /// <summary>How long an article waits for a slot before it is answered 503.</summary>
    public TimeSpan IngestWait { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Memory for answers kept while the register does not change (see <see cref="ResponseCache"/>); 0 keeps none.</summary>
    public long ResponseCacheBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>What a 503 tells the client to wait (Retry-After).</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(5);
}
