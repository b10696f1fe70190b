namespace ArmsWatch.Server;

/// <summary>
/// Headers on every response that keep untrusted article text inert even if a page slipped: scripts only from this
/// origin (no inline script, no eval), no plugins, no framing, no MIME sniffing. A 503 also says when to come back.
/// </summary>
/// <remarks>
/// Set when the response starts, not when the request arrives: an error handler clears the headers of a response it
/// rewrites, and a header set early would be lost from exactly the error responses.
/// </remarks>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, DashboardOptions options) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
                headers.RetryAfter = ((int)options.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Task.CompletedTask;
        });
        return next(context);
    });
}
