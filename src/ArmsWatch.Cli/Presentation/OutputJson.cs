using System.Text.Encodings.Web;
using System.Text.Json;
using ArmsWatch.Extraction;

namespace ArmsWatch.Cli.Presentation;

/// <summary>
/// JSON as the command line writes it, for people and programs: the claims contract's settings, with nothing escaped
/// that JSON does not require ("Russia's", "<", "&" and accented letters as they are; quotes, backslashes and control characters escaped).
/// </summary>
/// <remarks>The HTTP API keeps HTML-significant characters escaped: its JSON may end up inside a page.</remarks>
public static class OutputJson
{
    public static readonly JsonSerializerOptions Options = new(ClaimsJson.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
