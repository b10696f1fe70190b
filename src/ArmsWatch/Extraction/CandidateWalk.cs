using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>Reads a document's candidates sentence by sentence, as training and extraction both must: a sentence's
/// candidates see what the article said before it (the states it named, the parties of its claims), never after.</summary>
public static class CandidateWalk
{
    /// <summary>Calls <paramref name="decide"/> with each sentence's candidates; it returns the parties of the claims
    /// the sentence makes, which later sentences see.</summary>
    public static void Run(
        AnalyzedDocument document,
        ClaimFeatures features,
        Func<int, IReadOnlyList<CandidateView>, DocumentMemory, IEnumerable<(string? Supplier, string? Recipient)>> decide,
        CancellationToken cancel = default)
    {
        var memory = new DocumentMemory();
        var keys = features.NewList();
        var bySentence = new List<ClaimCandidate>[document.Sentences.Count];
        foreach (var candidate in CandidateFinder.Find(document))
            (bySentence[candidate.Sentence] ??= []).Add(candidate);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            cancel.ThrowIfCancellationRequested();
            var views = new List<CandidateView>();
            foreach (var candidate in bySentence[s] ?? [])
                views.Add(new CandidateView(document, document.Trees[s], candidate, memory, features, keys));
            foreach (var (supplier, recipient) in decide(s, views, memory))
                memory.Claimed(supplier, recipient);
            var headline = ClaimFeatures.IsHeadline(document, s);
            foreach (var span in document.SpansIn(s))
                if (PartyOptions.IsParty(span) && PartyOptions.ValueOf(span) is { } value)
                    memory.Named(value, headline);
        }
    }
}
