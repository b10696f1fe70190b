using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Extraction;

/// <summary>The shipped pipeline's claims for a text written for a test, read as published in May 2019 (one pipeline,
/// loaded once, for every extraction test).</summary>
public static class ExtractedClaims
{
    public static ArmsWatchPipeline Pipeline => RegisterTestData.Pipeline;

    public static IReadOnlyList<Claim> Of(string text) =>
        Pipeline.Extract(new SourceDocument("test", text, Published: new PublicationDate(2019, 5))).Claims;
}
