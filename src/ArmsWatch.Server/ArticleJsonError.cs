using System.Text.Json;

namespace ArmsWatch.Server;

/// <summary>
/// Why a POSTed article's JSON could not be read, in the API's own terms: the field that has the wrong kind of value,
/// or where the JSON breaks; never the serializer's message, which names internal types.
/// </summary>
public static class ArticleJsonError
{
    public static string Describe(JsonException error)
    {
        var where = error.LineNumber is { } line && error.BytePositionInLine is { } position
            ? $" (line {line + 1}, character {position + 1})"
            : "";
        // A syntax error comes from the reader (the inner exception); a value of the wrong kind from the converter.
        if (error.InnerException is JsonException || string.IsNullOrEmpty(error.Path))
            return $"malformed JSON{where}: send an object {{\"url\", \"title\", \"published\", \"text\"}} or {{\"html\"}}";
        var field = error.Path.TrimStart('$').TrimStart('.');
        return field.Length == 0 || field.StartsWith('[')
            ? "malformed JSON: the body must be an object {\"url\", \"title\", \"published\", \"text\"} or {\"html\"}"
            : $"\"{field}\" must be a string{where}";
    }
}
