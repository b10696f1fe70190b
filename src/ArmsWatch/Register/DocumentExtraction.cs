using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Register;

/// <summary>What the register keeps of a document beyond its text: its sentences and its claims.</summary>
public sealed record DocumentExtraction(IReadOnlyList<Sentence> Sentences, DocumentClaims Claims)
{
    /// <summary>Runs the pipeline for the register: one analysis gives both the sentences it keeps and the claims.</summary>
    public static DocumentExtraction Run(ArmsWatchPipeline pipeline, SourceDocument document)
    {
        var analyzed = pipeline.Analyze(document);
        return new(analyzed.Sentences, pipeline.Extract(analyzed));
    }
}
