using System.Text.Json;
using ArmsWatch.Documents;

namespace ArmsWatch.Reading;

/// <summary>One article of a JSON Lines file: <c>{"doc","url","title","published","text"}</c>, or <c>html</c> instead of <c>text</c>.</summary>
public sealed record JsonLinesRecord(string Doc, string? Url, string? Title, PublicationDate? Published, string? Text, string? Html)
{
    /// <summary>Parses one line; other fields ("lang", ...) are ignored, and so is a URL that is not an http(s) address.</summary>
    /// <exception cref="InputException">The line is not a JSON object, or lacks <c>doc</c> or both <c>text</c> and <c>html</c>.</exception>
    public static JsonLinesRecord Parse(string line, string origin)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new InputException(origin, $"malformed JSON ({e.Message})", e);
        }
        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                throw new InputException(origin, "expected a JSON object per line");
            var root = json.RootElement;
            var doc = Field(root, "doc", origin);
            if (string.IsNullOrWhiteSpace(doc))
                throw new InputException(origin, "record has no \"doc\" id");
            var text = Field(root, "text", origin);
            var html = Field(root, "html", origin);
            if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(html))
                throw new InputException(origin, $"record \"{doc}\" has no \"text\" (or \"html\")");
            var published = Field(root, "published", origin);
            // A javascript: or data: address would become a link on the dashboard: the record is kept, its URL is not.
            return new JsonLinesRecord(doc.Trim(), WebAddress.OrNull(Field(root, "url", origin)), Field(root, "title", origin), PublicationDate.Parse(published), text, html);
        }
    }

    private static string? Field(JsonElement root, string name, string origin)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.String)
            throw new InputException(origin, $"field \"{name}\" should be a string, not {value.ValueKind.ToString().ToLowerInvariant()}");
        return value.GetString();
    }
}
