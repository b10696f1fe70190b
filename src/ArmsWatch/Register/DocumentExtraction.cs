using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Register;

/// <summary>What the register keeps of a document beyond its text: its sentences and its claims.</summary>
public sealed record DocumentExtraction(IReadOnlyList<Sentence> Sentences, DocumentClaims Claims)
{
    /// <summary>Runs the pipeline for the register.</summary>
    /// <remarks>
    /// The pipeline offers <c>Analyze</c> and <c>Extract</c> but no extraction from an analysed document, so the text is
    /// split twice; splitting is a small part of extraction's cost (see the ingest figures in the README).
    /// </remarks>
    public static DocumentExtraction Run(ArmsWatchPipeline pipeline, SourceDocument document) =>
        new(pipeline.Analyze(document).Sentences, pipeline.Extract(document));
}
