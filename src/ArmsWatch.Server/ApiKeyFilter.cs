using System.Security.Cryptography;
using System.Text;

namespace ArmsWatch.Server;

/// <summary>Lets a write request through only with the configured key in <c>X-Api-Key</c> (any request when no key is configured).</summary>
/// <remarks><see cref="ListenPolicy"/> guarantees a key whenever the server is reachable from other machines.</remarks>
public sealed class ApiKeyFilter(string? apiKey) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    private readonly byte[]? expected = apiKey is null ? null : Encoding.UTF8.GetBytes(apiKey);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (expected is null)
            return next(context);
        var given = context.HttpContext.Request.Headers[Header].ToString();
        // Constant-time comparison: the time taken must not tell an attacker how much of a guess was right.
        if (given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), expected))
            return next(context);
        return ValueTask.FromResult<object?>(TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized, title: "API key required",
            detail: $"this endpoint writes to the register: send the server's API key in the {Header} header"));
    }
}
