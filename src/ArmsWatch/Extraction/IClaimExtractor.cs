using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>The extraction stage: an analysed document in, its claims and totals out.</summary>
public interface IClaimExtractor
{
    /// <summary>The claims and totals of <paramref name="document"/>; a cancelled token stops the work between sentences.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was cancelled.</exception>
    DocumentClaims Extract(AnalyzedDocument document, CancellationToken cancel = default);
}
