namespace ArmsWatch.Watching;

/// <summary>What a GET brought back: the body (empty when not modified since the validators sent) and the validators for next time.</summary>
public sealed record HttpPage(Uri Url, bool NotModified, byte[] Body, string? MediaType, string? ETag, string? LastModified);
