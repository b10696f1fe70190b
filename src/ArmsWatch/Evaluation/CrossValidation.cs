using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Evaluation;

/// <summary>What cross-validation measured: the held-out predictions at the reporting threshold that scored best, scored
/// as the shared scorer scores them; each held-out claim's raw probability with whether it was right (for calibration);
/// and the F1 each threshold tried gave.</summary>
public sealed record CrossValidationResult(
    ScoreReport Report, IReadOnlyList<(double Probability, bool Right)> Outcomes, IReadOnlyDictionary<string, JsonElement> Predictions,
    double Threshold, IReadOnlyList<(double Threshold, ScoreReport Report)> Tried);

/// <summary>Scores the claim decisions on documents no model saw: each fold is extracted by models trained on every
/// other document (other folds, and documents outside the folds, such as another gold set given for training).</summary>
public static class CrossValidation
{
    /// <summary>The lowest probability the held-out folds are extracted at; the thresholds tried start here.</summary>
    public const double Floor = 0.05;

    /// <summary>The reporting thresholds tried, from <see cref="Floor"/> to 0.6.</summary>
    public static readonly IReadOnlyList<double> Thresholds = Enumerable.Range(0, 23).Select(i => Floor + i * 0.025).ToList();

    /// <summary>Reads a <c>doc</c>/<c>fold</c> table (the layout of corpus/folds.tsv).</summary>
    public static Dictionary<string, int> ReadFolds(string path)
    {
        if (!File.Exists(path))
            throw new InputException(path, "folds file not found");
        var folds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("doc\t", StringComparison.Ordinal))
                continue;
            var columns = line.Split('\t');
            if (columns.Length < 2 || !int.TryParse(columns[1], NumberStyles.None, CultureInfo.InvariantCulture, out var fold))
                throw new InputException(path, $"expected doc and fold, found '{line}'");
            folds[columns[0]] = fold;
        }
        return folds;
    }

    /// <summary>Extracts each fold with models trained on everything else (<paramref name="train"/> trains once and gives
    /// an extractor at any reporting threshold), chooses a threshold among <see cref="Thresholds"/> by their held-out F1
    /// (<see cref="Chosen"/>), and extracts the folds again at it.</summary>
    public static CrossValidationResult Run(
        IReadOnlyList<TrainingDocument> documents,
        IReadOnlyDictionary<string, int> folds,
        string goldDirectory,
        Func<IReadOnlyList<TrainingDocument>, Func<double, IClaimExtractor>> train,
        Action<string> log)
    {
        var heldOut = new List<(List<TrainingDocument> Documents, Func<double, IClaimExtractor> ExtractorAt)>();
        foreach (var fold in folds.Values.Distinct().Order())
        {
            heldOut.Add((documents.Where(d => folds.GetValueOrDefault(d.Gold.Doc) == fold).ToList(),
                train(documents.Where(d => folds.GetValueOrDefault(d.Gold.Doc) != fold).ToList())));
            log($"fold {fold}: {heldOut[^1].Documents.Count} documents held out");
        }
        Dictionary<string, JsonElement> ExtractAt(double threshold)
        {
            var predictions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var (foldDocuments, extractorAt) in heldOut)
            {
                var extractor = extractorAt(threshold);
                foreach (var (document, _) in foldDocuments)
                    predictions[document.Source.Id] = JsonDocument.Parse(ClaimsJson.Serialize(extractor.Extract(document))).RootElement;
            }
            return predictions;
        }

        var atFloor = ExtractAt(Floor);
        var scoredGold = Path.Combine(Path.GetTempPath(), "armswatch-cv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scoredGold);
        try
        {
            // Score only the documents of the folds (the gold folder may hold others).
            foreach (var doc in atFloor.Keys)
                File.Copy(Path.Combine(goldDirectory, doc + ".json"), Path.Combine(scoredGold, doc + ".json"));
            // The claims a higher threshold keeps, read from one extraction at the floor, choose the threshold; the
            // folds are then extracted at it, as a model with that threshold extracts (values and packages are shared
            // among the claims a sentence reports).
            var tried = Thresholds.Select(t => (t, ClaimScorer.Score(scoredGold, Above(atFloor, t)))).ToList();
            var threshold = Chosen(tried);
            var predictions = ExtractAt(threshold);
            return new CrossValidationResult(ClaimScorer.Score(scoredGold, predictions), OutcomesOf(predictions, scoredGold), predictions,
                threshold, tried);
        }
        finally
        {
            Directory.Delete(scoredGold, recursive: true);
        }
    }

    /// <summary>How far below the best held-out F1 a threshold may score and still be chosen: the spread one training
    /// order makes (about ±0.005 F1 over three orders, see the README).</summary>
    public const double Tolerance = 0.005;

    /// <summary>Rule "lowest threshold within the noise": of the thresholds whose held-out F1 is within
    /// <see cref="Tolerance"/> of the best, with no more polarity flips, the lowest. The held-out F1 is flat near its
    /// best, so the best alone moves with the training order; and on text unlike the training articles the decisions
    /// are less sure of themselves, so recall is what a higher threshold loses there first.</summary>
    public static double Chosen(IReadOnlyList<(double Threshold, ScoreReport Report)> tried)
    {
        var best = tried.MaxBy(t => (Math.Round(t.Report.F1, 3), -t.Report.PolarityFlips, -t.Threshold));
        return tried.Where(t => t.Report.F1 >= best.Report.F1 - Tolerance && t.Report.PolarityFlips <= best.Report.PolarityFlips)
            .Min(t => t.Threshold);
    }

    /// <summary>The predictions with only the claims whose confidence (the raw probability, uncalibrated in
    /// cross-validation) reaches <paramref name="threshold"/>.</summary>
    private static Dictionary<string, JsonElement> Above(Dictionary<string, JsonElement> predictions, double threshold) =>
        predictions.ToDictionary(entry => entry.Key, entry =>
        {
            var document = JsonNode.Parse(entry.Value.GetRawText())!.AsObject();
            var claims = document["claims"]!.AsArray();
            foreach (var claim in claims.Where(c => c!["confidence"]!.GetValue<double>() < threshold).ToList())
                claims.Remove(claim);
            return JsonDocument.Parse(document.ToJsonString()).RootElement;
        }, StringComparer.Ordinal);

    private static List<(double, bool)> OutcomesOf(Dictionary<string, JsonElement> predictions, string goldDirectory)
    {
        var outcomes = new List<(double, bool)>();
        foreach (var (doc, json) in predictions)
        {
            var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(goldDirectory, doc + ".json"))).RootElement;
            var claims = json.GetProperty("claims").EnumerateArray().ToList();
            var right = ClaimScorer.Outcomes(gold, json);
            for (var i = 0; i < claims.Count; i++)
                if (right[i] is { } ok && claims[i].TryGetProperty("confidence", out var confidence))
                    outcomes.Add((confidence.GetDouble(), ok));
        }
        return outcomes;
    }

    /// <summary>The calibration table: for each confidence band, how many claims and what share were right.</summary>
    public static IEnumerable<(double From, double To, int Claims, double Right)> CalibrationTable(
        IReadOnlyList<(double Probability, bool Right)> outcomes, Calibration calibration)
    {
        for (var band = 0; band < 10; band++)
        {
            var (from, to) = (band / 10.0, (band + 1) / 10.0);
            var inBand = outcomes.Where(o => calibration.Apply(o.Probability) is var c && c >= from && (c < to || band == 9)).ToList();
            if (inBand.Count > 0)
                yield return (from, to, inBand.Count, (double)inBand.Count(o => o.Right) / inBand.Count);
        }
    }
}
