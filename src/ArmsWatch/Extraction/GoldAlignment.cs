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
                    pairs.Add((score + RequiredBonus(gold[g]) + StageBonus(gold[g], candidate), g, candidate));
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

    /// <summary>The sentence the evidence is (the scorer's test: half of the shorter one's words shared), or -1; of two
    /// sentences that pass alike, the one sharing more of the evidence ("THE HAGUE, October 6. /TASS/." and the sentence
    /// after it both lie wholly inside an evidence that joins them; the claim is in the second).</summary>
    public static int SentenceOf(AnalyzedDocument document, string evidence)
    {
        var best = -1;
        (double Overlap, double Jaccard) bestFit = (0.5, 0);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var fit = (ClaimScorer.Overlap(evidence, document.Sentences[s].Text), ClaimScorer.Jaccard(evidence, document.Sentences[s].Text));
            if (fit.Item1 >= bestFit.Overlap && (best < 0 || fit.Item1 > bestFit.Overlap || fit.Item2 > bestFit.Jaccard))
                (best, bestFit) = (s, fit);
        }
        return best;
    }

    /// <summary>Of two gold claims about one item in one sentence (an order and its optional delivery), the required one
    /// takes the candidate: a candidate carries one stage.</summary>
    private static double RequiredBonus(GoldClaim gold) => gold.Optional ? 0 : 0.02;

    /// <summary>Between two candidates for one gold claim, the one whose cue tells the gold stage.</summary>
    private static double StageBonus(GoldClaim gold, ClaimCandidate candidate) =>
        candidate.Cue?.CueStage is { } stage && VocabularyText<Stage>.Name(stage) == gold.Stage ? 0.01 : 0;

    private static string CategoryName(WeaponCategory? category) =>
        VocabularyText<WeaponCategory>.Name(category ?? WeaponCategory.Unspecified);
}
