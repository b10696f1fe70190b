using System.Text.Json.Serialization;
using ArmsWatch.Register;

namespace ArmsWatch.Server;

/// <summary>What <c>POST /api/documents</c> did: the document's id, whether it was new, and its claims as stored.</summary>
/// <param name="Claims">The first <see cref="IngestApi.ClaimsShown"/> claims; all of them are in <c>/api/documents/{id}</c>.</param>
/// <param name="ClaimsTotal">How many claims the document has.</param>
public sealed record IngestResult(
    [property: JsonPropertyName("document_id")] long DocumentId,
    [property: JsonPropertyName("stored")] bool Stored,
    [property: JsonPropertyName("claims")] IReadOnlyList<StoredClaim> Claims,
    [property: JsonPropertyName("claims_total")] int ClaimsTotal);
