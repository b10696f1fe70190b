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
        IReadOnlyList<SentenceTree> trees,
        ClaimFeatures features,
        Func<int, IReadOnlyList<CandidateView>, DocumentMemory, IEnumerable<(string? Supplier, string? Recipient)>> decide)
    {
        var memory = new DocumentMemory();
        var bySentence = CandidateFinder.Find(document, trees).ToLookup(c => c.Sentence);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var views = new List<CandidateView>();
            foreach (var candidate in bySentence[s])
            {
                var options = PartyOptions.For(document, candidate, memory);
                views.Add(new CandidateView(candidate, trees[s], features.OfCandidate(document, trees[s], candidate), options,
                    options.Select(o => (IReadOnlyList<string>)features.OfParty(document, trees[s], candidate, o, memory)).ToList()));
            }
            foreach (var (supplier, recipient) in decide(s, views, memory))
                memory.Claimed(supplier, recipient);
            var headline = ClaimFeatures.IsHeadline(document, s);
            foreach (var span in document.SpansIn(s))
                if (PartyOptions.IsParty(span) && PartyOptions.ValueOf(span) is { } value)
                    memory.Named(value, headline);
        }
    }
}
