using System.Text.Json.Serialization;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>One claim in a deal's timeline: the step it reports, who said it, where, and the sentence it stands on.</summary>
/// <param name="YearBasis">"stated" (the claim's own year), "published" (its document's year) or "unknown".</param>
/// <remarks>The document's URL and title are not repeated here: they are the document's (<c>/api/documents/{id}</c>).</remarks>
public sealed record DealMention(
    [property: JsonPropertyName("claim_id")] long ClaimId,
    [property: JsonPropertyName("document_id")] long DocumentId,
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("published")] string? Published,
    [property: JsonPropertyName("year")] int? Year,
    [property: JsonPropertyName("year_basis")] string YearBasis,
    [property: JsonPropertyName("stage")] Stage Stage,
    [property: JsonPropertyName("certainty")] Certainty Certainty,
    [property: JsonPropertyName("kind")] TransferKind Kind,
    [property: JsonPropertyName("item")] string Item,
    [property: JsonPropertyName("system")] string? System,
    [property: JsonPropertyName("category")] WeaponCategory Category,
    [property: JsonPropertyName("quantity")] int? Quantity,
    [property: JsonPropertyName("value_usd")] decimal? ValueUsd,
    [property: JsonPropertyName("source")] string? Source,
    [property: JsonPropertyName("evidence")] string Evidence,
    [property: JsonPropertyName("sentence_start")] int SentenceStart,
    [property: JsonPropertyName("sentence_end")] int SentenceEnd)
{
    public static DealMention Of(StoredClaim stored)
    {
        var claim = stored.Claim;
        var basis = claim.Year is not null ? "stated" : stored.EffectiveYear is not null ? "published" : "unknown";
        return new DealMention(stored.Id, stored.DocumentId, stored.Doc, stored.Published, stored.EffectiveYear, basis,
            claim.Stage, claim.Certainty, claim.Kind, claim.Item, claim.System, claim.Category, claim.Quantity, claim.ValueUsd,
            claim.Source, claim.Evidence, claim.SentenceStart, claim.SentenceEnd);
    }
}
