using System.Net.Sockets;
using System.Text.RegularExpressions;
using ArmsWatch.Documents;

namespace ArmsWatch.Cli.Presentation;

/// <summary>
/// Failures a user can fix, said in one line with what to do: a port another program holds, a port that needs
/// privileges, bad input, a path that cannot be written. Anything else is a bug and keeps its stack trace.
/// </summary>
public static partial class KnownFailure
{
    /// <returns>The line to print after "error: ", or null when the exception is not one of these.</returns>
    public static string? Describe(Exception exception)
    {
        if (exception is InputException input)
            return input.Message;
        if (exception is UnauthorizedAccessException or DirectoryNotFoundException)
            return exception.Message;
        if (Socket(exception) is { } socket)
        {
            var address = BoundAddress().Match(exception.Message) is { Success: true } match ? match.Groups[1].Value : "the address";
            return socket.SocketErrorCode switch
            {
                SocketError.AddressAlreadyInUse => $"{address} is in use by another program (another {ProductInfo.Command} serve?): stop it, or listen elsewhere with --urls {NextPort(address)}",
                SocketError.AccessDenied => $"not allowed to listen on {address}: choose a port above 1023 with --urls {NextPort(address)}",
                SocketError.AddressNotAvailable => $"{address} is not an address of this machine: listen on one of its own, e.g. --urls http://127.0.0.1:5080",
                _ => null,
            };
        }
        return null;
    }

    // Kestrel reports a busy port as an IOException ("Failed to bind to address http://127.0.0.1:5080: address already
    // in use.") around AddressInUseException around the SocketException that says why.
    private static SocketException? Socket(Exception exception)
    {
        for (Exception? at = exception; at is not null; at = at.InnerException)
            if (at is SocketException socket)
                return socket;
        return null;
    }

    /// <summary>The same address one port up, as a suggestion ("http://127.0.0.1:5081").</summary>
    private static string NextPort(string address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Port is > 0 and < 65535
            ? new UriBuilder(uri) { Port = uri.Port + 1 }.Uri.ToString().TrimEnd('/')
            : "http://127.0.0.1:5081";

    [GeneratedRegex(@"address (\S+?):? ")]
    private static partial Regex BoundAddress();
}
