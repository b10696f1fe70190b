using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>What ingesting one document did: stored it with so many claims, or left it (and why).</summary>
public sealed record IngestOutcome(SourceDocument Document, DocumentTake Take, int Claims)
{
    public bool Stored => Take == DocumentTake.Taken;
}
