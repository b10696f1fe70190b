using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Register;

/// <summary>What the register keeps of a document beyond its text: its sentences and its claims.</summary>
public sealed record DocumentExtraction(IReadOnlyList<Sentence> Sentences, DocumentClaims Claims)
{
    /// <summary>Runs the pipeline for the register: one analysis gives both the sentences it keeps and the claims.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> fired between two sentences or stages.</exception>
    public static DocumentExtraction Run(ArmsWatchPipeline pipeline, SourceDocument document, CancellationToken cancel = default)
    {
        var analyzed = pipeline.Analyze(document, cancel);
        var claims = pipeline.Extract(analyzed, cancel);
        cancel.ThrowIfCancellationRequested();
        return new(analyzed.Sentences, claims);
    }
}
