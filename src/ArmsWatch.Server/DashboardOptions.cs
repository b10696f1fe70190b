namespace ArmsWatch.Server;

/// <summary>How the dashboard server listens and guards its write endpoints.</summary>
/// <param name="Urls">Addresses to listen on (Kestrel URLs, e.g. http://127.0.0.1:5080).</param>
/// <param name="ApiKey">The key write endpoints require in <c>X-Api-Key</c>; may be null only when every URL is loopback.</param>
public sealed record DashboardOptions(IReadOnlyList<string> Urls, string? ApiKey = null)
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>How often a live stream looks for claims stored by any process (see <see cref="ClaimStream"/>).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The dashboard's static files; by default the wwwroot copied beside the assembly.</summary>
    public string WebRoot { get; init; } = Path.Combine(AppContext.BaseDirectory, "wwwroot");
}
