using System.Text.Json.Serialization;

namespace ArmsWatch.Register;

/// <summary>A figure (a value or a quantity) as one mention gives it, with who gave it: figures that disagree are kept side by side.</summary>
/// <param name="Source">The person or organisation the sentence attributes it to; null when the article says it in its own voice.</param>
public sealed record ReportedFigure(
    [property: JsonPropertyName("value")] decimal Value,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("claim_id")] long ClaimId,
    [property: JsonPropertyName("evidence")] string Evidence)
{
    /// <summary>"7000000000 (Mehdi Safari, seed-001)": the figure, who said it ("unattributed" when no one is named), and where.</summary>
    public override string ToString() => $"{Value:0.##} ({Source ?? "unattributed"}, {Doc})";
}
