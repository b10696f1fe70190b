using System.Net;

namespace ArmsWatch.Server;

/// <summary>
/// The rule for write access: anyone who can reach a loopback address is already on this machine, but a server
/// reachable from the network must not let strangers write to the register, so it refuses to start without a key.
/// </summary>
public static class ListenPolicy
{
    /// <exception cref="InvalidOperationException">A URL is not loopback and no API key is given, or a URL cannot be read.</exception>
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
        host = host.StartsWith('[') ? host[1..host.IndexOf(']')] : host.Split(':')[0];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return true;
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}
