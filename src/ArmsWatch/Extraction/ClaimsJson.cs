using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArmsWatch.Extraction;

/// <summary>The JSON Lines form of the claims contract: one compact object per document.</summary>
public static class ClaimsJson
{
    /// <summary>Readable non-ASCII text ("Élysée", "—") while HTML-significant characters stay escaped.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(DocumentClaims claims) => JsonSerializer.Serialize(claims, Options);
}
