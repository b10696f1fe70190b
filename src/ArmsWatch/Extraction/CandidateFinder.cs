using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>Proposes a candidate for every weapon span, paired with the stage cue the tree says governs it.</summary>
public static class CandidateFinder
{
    public static List<ClaimCandidate> Find(AnalyzedDocument document, IReadOnlyList<SentenceTree> trees)
    {
        var candidates = new List<ClaimCandidate>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var tree = trees[s];
            var cues = document.SpansIn(s, SpanKind.StageCue).ToList();
            foreach (var item in document.SpansIn(s, SpanKind.Weapon))
            {
                var head = tree.HeadOfSpan(item.First, item.Last);
                var chain = new List<Span>();
                // The item itself may be the cue ("the deliveries", "the sale").
                foreach (var cue in cues.Where(c => c.First <= item.Last && item.First <= c.Last))
                    chain.Add(cue);
                foreach (var ancestor in tree.AncestorsOf(head))
                    foreach (var cue in cues.Where(c => c.Covers(ancestor) && !chain.Contains(c)))
                        chain.Add(cue);
                var onPath = chain.Count > 0;
                var chosen = onPath ? chain[0] : cues.MinBy(c => Distance(c, item));
                candidates.Add(new ClaimCandidate(s, item, head, chosen, chosen is null ? -1 : tree.HeadOfSpan(chosen.First, chosen.Last), onPath, chain));
            }
        }
        return candidates;
    }

    private static int Distance(Span a, Span b) => a.Last < b.First ? b.First - a.Last : b.Last < a.First ? a.First - b.Last : 0;
}
