using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>A candidate as the decisions see it: its features, its party options and each option's features, by name
/// (to explain a decision) and by key (to score it).</summary>
public sealed record CandidateView(
    ClaimCandidate Candidate,
    SentenceTree Tree,
    IReadOnlyList<string> Features,
    IReadOnlyList<PartyOption> Options,
    IReadOnlyList<IReadOnlyList<string>> OptionFeatures)
{
    public ulong[] FeatureKeys { get; } = Learning.FeatureKey.Of(Features);

    public IReadOnlyList<ulong[]> OptionKeys { get; } = OptionFeatures.Select(Learning.FeatureKey.Of).ToList();
}
