using System.Text.Json;
using System.Text.RegularExpressions;

namespace ArmsWatch.Evaluation;

/// <summary>Scores predicted claims against gold the way ../shared/eval/score.py does, so users can measure on their own data.</summary>
/// <remarks>
/// A prediction matches a gold claim of the same document when the parties agree (a null gold party accepts anything),
/// the evidence sentences share half of the shorter one's words, and the items agree (same family, containment,
/// word overlap, both generic, or the same category); matching is one-to-one, best pairs first.
/// </remarks>
public static partial class ClaimScorer
{
    private static readonly string[] Attributes = ["stage", "certainty", "kind", "category", "system", "quantity", "value_usd", "year", "source"];

    public static ScoreReport Score(string goldDirectory, IReadOnlyDictionary<string, JsonElement> predictions)
    {
        int tp = 0, fp = 0, fn = 0, strict = 0, flips = 0, datesRight = 0, datesTotal = 0;
        int totalsHit = 0, totalsSpurious = 0, totalsMissed = 0;
        var attributes = Attributes.ToDictionary(a => a, _ => (Right: 0, Judged: 0));
        var errors = new List<string>();
        var goldFiles = Directory.GetFiles(goldDirectory, "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var file in goldFiles)
        {
            var doc = Path.GetFileNameWithoutExtension(file);
            using var goldJson = JsonDocument.Parse(File.ReadAllText(file));
            var gold = goldJson.RootElement;
            var predicted = predictions.GetValueOrDefault(doc);
            var goldClaims = Claims(gold);
            var predictedClaims = predicted.ValueKind == JsonValueKind.Object ? Claims(predicted) : [];
            var pairs = Match(goldClaims, predictedClaims);
            foreach (var (g, p) in pairs)
            {
                var (goldClaim, predictedClaim) = (goldClaims[g], predictedClaims[p]);
                if (goldClaim.IsOptional)
                    continue;
                tp++;
                foreach (var attribute in Attributes)
                {
                    if (AttributeAgrees(attribute, goldClaim, predictedClaim) is not { } ok)
                        continue;
                    var (right, judged) = attributes[attribute];
                    attributes[attribute] = (right + (ok ? 1 : 0), judged + 1);
                    if (!ok)
                        errors.Add($"{doc}: {attribute}: gold {goldClaim.Repr(attribute)} pred {predictedClaim.Repr(attribute)} | {goldClaim.Text("item")}");
                }
                if (goldClaim.IsNegative != predictedClaim.IsNegative)
                {
                    flips++;
                    errors.Add($"{doc}: POLARITY gold {goldClaim.Text("stage")}/{goldClaim.Text("certainty")} pred {predictedClaim.Text("stage")}/{predictedClaim.Text("certainty")} | {goldClaim.Text("item")}");
                }
                else if (goldClaim.Text("stage") == predictedClaim.Text("stage"))
                    strict++;
            }
            var matchedGold = pairs.Select(p => p.Gold).ToHashSet();
            var matchedPredicted = pairs.Select(p => p.Predicted).ToHashSet();
            for (var g = 0; g < goldClaims.Count; g++)
                if (!matchedGold.Contains(g) && !goldClaims[g].IsOptional)
                {
                    fn++;
                    errors.Add($"{doc}: MISSED {goldClaims[g].Text("supplier") ?? "None"}->{goldClaims[g].Text("recipient") ?? "None"} {goldClaims[g].Repr("item")} | {Head(goldClaims[g].Text("evidence"))}");
                }
            for (var p = 0; p < predictedClaims.Count; p++)
                if (!matchedPredicted.Contains(p))
                {
                    fp++;
                    errors.Add($"{doc}: SPURIOUS {predictedClaims[p].Text("supplier") ?? "None"}->{predictedClaims[p].Text("recipient") ?? "None"} {predictedClaims[p].Repr("item")} | {Head(predictedClaims[p].Text("evidence"))}");
                }
            if (Field(gold, "published") is { } goldDate)
            {
                datesTotal++;
                var predictedDate = predicted.ValueKind == JsonValueKind.Object ? Field(predicted, "published") ?? "" : "";
                datesRight += predictedDate[..Math.Min(4, predictedDate.Length)] == goldDate[..Math.Min(4, goldDate.Length)] ? 1 : 0;
            }
            var (hit, spurious, missed) = ScoreTotals(gold, predicted);
            totalsHit += hit;
            totalsSpurious += spurious;
            totalsMissed += missed;
        }
        return new ScoreReport(goldFiles.Count, tp, fp, fn, strict, flips,
            attributes.ToDictionary(a => a.Key, a => a.Value.Judged == 0 ? (double?)null : Math.Round((double)a.Value.Right / a.Value.Judged, 4)),
            datesTotal == 0 ? null : (double)datesRight / datesTotal,
            (totalsHit, totalsSpurious, totalsMissed),
            errors);
    }

    /// <summary>For each predicted claim of a document, whether the scorer counts it right: true when it matches a required
    /// gold claim, false when it matches none, null when it matches an optional one (neither right nor wrong).</summary>
    public static bool?[] Outcomes(JsonElement gold, JsonElement predicted)
    {
        var goldClaims = Claims(gold);
        var predictedClaims = predicted.ValueKind == JsonValueKind.Object ? Claims(predicted) : [];
        var outcomes = new bool?[predictedClaims.Count];
        System.Array.Fill(outcomes, false);
        foreach (var (g, p) in Match(goldClaims, predictedClaims))
            outcomes[p] = goldClaims[g].IsOptional ? null : true;
        return outcomes;
    }

    /// <summary>Reads a JSON Lines file of document objects, keyed by their <c>doc</c>.</summary>
    public static Dictionary<string, JsonElement> ReadPredictions(IEnumerable<string> jsonLines)
    {
        var documents = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var line in jsonLines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var element = JsonDocument.Parse(line).RootElement.Clone();
            documents[element.GetProperty("doc").GetString()!] = element;
        }
        return documents;
    }

    private static List<ScoredClaim> Claims(JsonElement document) =>
        document.TryGetProperty("claims", out var claims) && claims.ValueKind == JsonValueKind.Array
            ? claims.EnumerateArray().Select(c => new ScoredClaim(c)).ToList()
            : [];

    private static List<(int Gold, int Predicted)> Match(List<ScoredClaim> gold, List<ScoredClaim> predicted)
    {
        var candidates = new List<(double Score, int Agree, bool Required, int Gold, int Predicted)>();
        for (var g = 0; g < gold.Count; g++)
            for (var p = 0; p < predicted.Count; p++)
            {
                var score = PairScore(gold[g], predicted[p]);
                if (score <= 0)
                    continue;
                var agree = (gold[g].Text("stage") == predicted[p].Text("stage") ? 1 : 0) + (gold[g].Text("certainty") == predicted[p].Text("certainty") ? 1 : 0);
                candidates.Add((score, agree, !gold[g].IsOptional, g, p));
            }
        // Python's sort is stable: equal keys keep their (gold, predicted) order.
        var ordered = candidates.Select((c, index) => (c, index))
            .OrderByDescending(x => x.c.Score).ThenByDescending(x => x.c.Agree).ThenByDescending(x => x.c.Required).ThenBy(x => x.index);
        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var pairs = new List<(int, int)>();
        foreach (var (c, _) in ordered)
            if (!usedGold.Contains(c.Gold) && !usedPredicted.Contains(c.Predicted))
            {
                usedGold.Add(c.Gold);
                usedPredicted.Add(c.Predicted);
                pairs.Add((c.Gold, c.Predicted));
            }
        return pairs;
    }

    private static double PairScore(ScoredClaim gold, ScoredClaim predicted)
    {
        if (!PartyAgrees(gold.Text("supplier"), predicted.Text("supplier")) || !PartyAgrees(gold.Text("recipient"), predicted.Text("recipient")))
            return 0;
        var evidence = Overlap(gold.Text("evidence"), predicted.Text("evidence"));
        if (evidence < 0.5)
            return 0;
        var item = ItemScore(gold, predicted);
        return item == 0 ? 0 : item + 2 * evidence;
    }

    private static double ItemScore(ScoredClaim gold, ScoredClaim predicted) => ItemScore(
        (gold.Text("item"), gold.Text("system"), gold.Text("category")),
        (predicted.Text("item"), predicted.Text("system"), predicted.Text("category")));

    /// <summary>How well two claims' items agree, as the shared scorer weighs it: the same family 1.0, one item's words
    /// inside the other's 0.9, word overlap (Jaccard ≥ 0.5), both generic 0.5, the same category 0.3, else 0.</summary>
    public static double ItemScore((string? Item, string? System, string? Category) gold, (string? Item, string? System, string? Category) predicted)
    {
        if (SameFamily(Compact(gold.System), Compact(predicted.System)))
            return 1.0;
        var (g, p) = (Compact(gold.Item), Compact(predicted.Item));
        if (g.Length > 0 && p.Length > 0 && (g.Contains(p) || p.Contains(g)))
            return 0.9;
        var jaccard = Jaccard(gold.Item, predicted.Item);
        if (jaccard >= 0.5)
            return jaccard;
        if (gold.Category == "unspecified" && predicted.Category is null or "unspecified")
            return 0.5;
        return gold.Category is { } category && category == predicted.Category ? 0.3 : 0;
    }

    private static bool? AttributeAgrees(string name, ScoredClaim gold, ScoredClaim predicted)
    {
        var (g, p) = (gold.Text(name), predicted.Text(name));
        if (name is "system" or "quantity" or "value_usd" or "year" or "source" && g is null)
            return null;
        switch (name)
        {
            case "system":
                return SameFamily(Compact(g), Compact(p));
            case "value_usd":
                return predicted.Number(name) is { } pv && gold.Number(name) is { } gv && Math.Abs(pv - gv) <= 0.01 * Math.Abs(gv);
            case "quantity" or "year":
                return gold.Number(name) is { } a && predicted.Number(name) is { } b ? a == b : g == p;
            case "source":
                var (gw, pw) = (Words(g), Words(p));
                return gw.Count > 0 && pw.Count > 0 && (pw.Contains(gw[^1]) || gw.Contains(pw[^1]));
            default:
                return g == p;
        }
    }

    private static (int Hit, int Spurious, int Missed) ScoreTotals(JsonElement gold, JsonElement predicted)
    {
        var goldTotals = Array(gold, "totals");
        var predictedTotals = predicted.ValueKind == JsonValueKind.Object ? Array(predicted, "totals") : [];
        var hit = new HashSet<int>();
        foreach (var total in goldTotals)
            for (var k = 0; k < predictedTotals.Count; k++)
                if (!hit.Contains(k)
                    && string.Equals(Field(predictedTotals[k], "country") ?? "", Field(total, "country") ?? "", StringComparison.OrdinalIgnoreCase)
                    && Overlap(Field(total, "evidence"), Field(predictedTotals[k], "evidence")) >= 0.5)
                {
                    hit.Add(k);
                    break;
                }
        return (hit.Count, predictedTotals.Count - hit.Count, goldTotals.Count - hit.Count);
    }

    private static bool PartyAgrees(string? gold, string? predicted) =>
        gold is null || (predicted is not null && string.Equals(gold.Trim(), predicted.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>One family: equal, or one a prefix or suffix of the other (S-300 / S-300PMU-2, TB2 / Bayraktar TB2).</summary>
    private static bool SameFamily(string a, string b) =>
        a.Length > 0 && b.Length > 0 && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)
                                         || a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal));

    private static List<string> Words(string? text) =>
        WordPattern().Matches((text ?? "").ToLowerInvariant().Replace("-", "")).Select(m => m.Value).ToList();

    private static string Compact(string? text) => string.Concat(Words(text));

    /// <summary>The share of the shorter text's words found in the other (the scorer's evidence test: ≥ 0.5).</summary>
    public static double Overlap(string? a, string? b)
    {
        var (wa, wb) = (Words(a).ToHashSet(), Words(b).ToHashSet());
        return wa.Count == 0 || wb.Count == 0 ? 0 : (double)wa.Intersect(wb).Count() / Math.Min(wa.Count, wb.Count);
    }

    public static double Jaccard(string? a, string? b)
    {
        var (wa, wb) = (Words(a).ToHashSet(), Words(b).ToHashSet());
        return wa.Count == 0 || wb.Count == 0 ? 0 : (double)wa.Intersect(wb).Count() / wa.Union(wb).Count();
    }

    private static string? Field(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;

    private static List<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [];

    private static string Head(string? text) => (text ?? "").Length > 100 ? text![..100] : text ?? "";

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();
}
