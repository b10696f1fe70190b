namespace ArmsWatch.Reading;

/// <summary>Which addresses a document may carry as its URL: absolute http(s) only, never <c>javascript:</c>, <c>data:</c> or <c>file:</c>.</summary>
public static class WebAddress
{
    /// <summary>The address trimmed when it is an absolute http or https URL; null otherwise.</summary>
    public static string? OrNull(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
            return null;
        var trimmed = url.Trim();
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? trimmed
            : null;
    }
}
