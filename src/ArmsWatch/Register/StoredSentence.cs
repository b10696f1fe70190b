using System.Text.Json.Serialization;

namespace ArmsWatch.Register;

/// <summary>A sentence of a stored document, with its character offsets in the document's text.</summary>
public sealed record StoredSentence(
    [property: JsonPropertyName("ordinal")] int Ordinal,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End,
    [property: JsonPropertyName("text")] string Text);
