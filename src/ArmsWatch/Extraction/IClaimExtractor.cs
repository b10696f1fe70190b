using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>The extraction stage: an analysed document in, its claims and totals out.</summary>
public interface IClaimExtractor
{
    DocumentClaims Extract(AnalyzedDocument document);
}
