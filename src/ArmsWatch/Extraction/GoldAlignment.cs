using ArmsWatch.Documents;
using ArmsWatch.Evaluation;

namespace ArmsWatch.Extraction;

/// <summary>Which candidate each gold claim is about: the sentence its evidence is, then the candidate whose item
/// agrees best (as the scorer weighs items), best pairs first. A candidate carries one gold claim per pair of parties:
/// "exported KT-1s to Indonesia and Turkey" is one item read twice, once for each coordinated recipient.</summary>
public static class GoldAlignment
{
    public static Dictionary<(Span Item, Span? Cue), List<GoldClaim>> Align(AnalyzedDocument document, IReadOnlyList<ClaimCandidate> candidates, IReadOnlyList<GoldClaim> gold)
    {
        var pairs = new List<(double Score, int Gold, ClaimCandidate Candidate)>();
        for (var g = 0; g < gold.Count; g++)
        {
            var sentence = SentenceOf(document, gold[g].Evidence);
            if (sentence < 0)
                continue;
            foreach (var candidate in candidates.Where(c => c.Sentence == sentence))
            {
                var item = candidate.Item;
                var score = ClaimScorer.ItemScore(
                    (gold[g].Item, gold[g].System, gold[g].Category),
                    (document.Source.Text[item.Start..item.End], item.Family, CategoryName(item.Category)));
                if (score > 0)
                    pairs.Add((score + StageBonus(gold[g], candidate), g, candidate));
            }
        }
        var aligned = new Dictionary<(Span Item, Span? Cue), List<GoldClaim>>();
        var usedGold = new HashSet<int>();
        foreach (var (_, g, candidate) in pairs.OrderByDescending(p => p.Score).ThenBy(p => p.Gold).ThenBy(p => p.Candidate.Item.Start))
        {
            if (usedGold.Contains(g))
                continue;
            if (!aligned.TryGetValue((candidate.Item, candidate.Cue), out var carried))
                aligned[(candidate.Item, candidate.Cue)] = carried = [];
            else if (carried.Any(c => c.Stage != gold[g].Stage || c.Supplier == gold[g].Supplier && c.Recipient == gold[g].Recipient))
                continue;
            usedGold.Add(g);
            carried.Add(gold[g]);
        }
        return aligned;
    }

    /// <summary>The sentence the evidence is (the scorer's test: half of the shorter one's words shared), or -1.</summary>
    public static int SentenceOf(AnalyzedDocument document, string evidence)
    {
        var best = -1;
        var bestOverlap = 0.5;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var overlap = ClaimScorer.Overlap(evidence, document.Sentences[s].Text);
            if (overlap >= bestOverlap && (best < 0 || overlap > bestOverlap))
                (best, bestOverlap) = (s, overlap);
        }
        return best;
    }

    /// <summary>Between two candidates for one gold claim, the one whose cue tells the gold stage.</summary>
    private static double StageBonus(GoldClaim gold, ClaimCandidate candidate) =>
        candidate.Cue?.Label?.Split(':')[0] == gold.Stage ? 0.01 : 0;

    private static string CategoryName(WeaponCategory? category) =>
        VocabularyText<WeaponCategory>.Name(category ?? WeaponCategory.Unspecified);
}
