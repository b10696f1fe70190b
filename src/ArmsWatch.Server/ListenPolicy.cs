using System.Net;

namespace ArmsWatch.Server;

/// <summary>
/// The rule for write access: anyone who can reach a loopback address is already on this machine, but a server
/// reachable from the network must not let strangers write to the register, so it refuses to serve without a key.
/// </summary>
/// <remarks>
/// Checked three times: on the addresses asked for (before anything is opened), on the addresses the server actually
/// bound once it has started (whatever configured them), and, without a key, on the local address of every connection.
/// </remarks>
public static class ListenPolicy
{
    /// <exception cref="InvalidOperationException">A URL is not loopback and no API key is given.</exception>
    public static void Check(IEnumerable<string> urls, string? apiKey)
    {
        var exposed = urls.Where(url => !IsLoopback(url)).ToList();
        if (exposed.Count > 0 && string.IsNullOrEmpty(apiKey))
            throw new InvalidOperationException(
                $"{string.Join(", ", exposed)} is reachable from other machines: give an API key (--api-key or ARMSWATCH_API_KEY) to guard the write endpoints, or listen on 127.0.0.1");
    }

    /// <summary>Whether a Kestrel URL listens on loopback only ("localhost", 127.0.0.0/8, [::1]); wildcards (*, +, 0.0.0.0) are not.</summary>
    public static bool IsLoopback(string url)
    {
        // Kestrel's wildcard hosts are not valid URI hosts: they mean every interface.
        var host = url.Split("://", 2) is [_, var rest] ? rest.Split('/', 2)[0] : url;
        var close = host.IndexOf(']');
        host = host.StartsWith('[') && close > 0 ? host[1..close] : host.Split(':')[0];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>
    /// Without a key, turns away (403) any connection that reached the server on an address other than loopback: the
    /// last guard, for the moment between binding and the check of the bound addresses.
    /// </summary>
    public static IApplicationBuilder UseLoopbackGuard(this IApplicationBuilder app, string? apiKey) => string.IsNullOrEmpty(apiKey)
        ? app.Use((context, next) =>
        {
            // No local address: an in-process test server or a Unix socket, neither reachable from another machine.
            if (context.Connection.LocalIpAddress is { } local && !IPAddress.IsLoopback(local))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Abort();
                return Task.CompletedTask;
            }
            return next(context);
        })
        : app;
}
