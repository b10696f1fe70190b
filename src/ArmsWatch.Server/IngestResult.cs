using System.Text.Json.Serialization;
using ArmsWatch.Register;

namespace ArmsWatch.Server;

/// <summary>What <c>POST /api/documents</c> did: the document's id, whether it was new, and its claims as stored.</summary>
public sealed record IngestResult(
    [property: JsonPropertyName("document_id")] long DocumentId,
    [property: JsonPropertyName("stored")] bool Stored,
    [property: JsonPropertyName("claims")] IReadOnlyList<StoredClaim> Claims);
