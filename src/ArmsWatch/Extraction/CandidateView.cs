using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>A candidate as the decisions see it: its features, its party options and each option's features.</summary>
public sealed record CandidateView(
    ClaimCandidate Candidate,
    SentenceTree Tree,
    IReadOnlyList<string> Features,
    IReadOnlyList<PartyOption> Options,
    IReadOnlyList<IReadOnlyList<string>> OptionFeatures);
