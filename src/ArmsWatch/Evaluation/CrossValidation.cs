using System.Globalization;
using System.Text.Json;
using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Learning;

namespace ArmsWatch.Evaluation;

/// <summary>What cross-validation measured: the held-out predictions scored as the shared scorer scores them, and each
/// held-out claim's raw probability with whether it was right (for calibration).</summary>
public sealed record CrossValidationResult(
    ScoreReport Report, IReadOnlyList<(double Probability, bool Right)> Outcomes, IReadOnlyDictionary<string, JsonElement> Predictions);

/// <summary>Scores the claim decisions on documents no model saw: each fold is extracted by models trained on every
/// other document (other folds, and documents outside the folds, such as another gold set given for training).</summary>
public static class CrossValidation
{
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

    public static CrossValidationResult Run(
        IReadOnlyList<TrainingDocument> documents,
        IReadOnlyDictionary<string, int> folds,
        string goldDirectory,
        Func<IReadOnlyList<TrainingDocument>, IClaimExtractor> train,
        Action<string> log)
    {
        var predictions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        var outcomes = new List<(double, bool)>();
        foreach (var fold in folds.Values.Distinct().Order())
        {
            var heldOut = documents.Where(d => folds.GetValueOrDefault(d.Gold.Doc) == fold).ToList();
            var extractor = train(documents.Where(d => folds.GetValueOrDefault(d.Gold.Doc) != fold).ToList());
            foreach (var (document, _) in heldOut)
            {
                var json = JsonDocument.Parse(ClaimsJson.Serialize(extractor.Extract(document))).RootElement;
                predictions[document.Source.Id] = json;
                var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(goldDirectory, document.Source.Id + ".json"))).RootElement;
                var claims = json.GetProperty("claims").EnumerateArray().ToList();
                var right = ClaimScorer.Outcomes(gold, json);
                for (var i = 0; i < claims.Count; i++)
                    if (right[i] is { } ok && claims[i].TryGetProperty("confidence", out var confidence))
                        outcomes.Add((confidence.GetDouble(), ok));
            }
            log($"fold {fold}: {heldOut.Count} documents held out");
        }
        var scoredGold = Path.Combine(Path.GetTempPath(), "armswatch-cv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scoredGold);
        try
        {
            // Score only the documents of the folds (the gold folder may hold others).
            foreach (var doc in predictions.Keys)
                File.Copy(Path.Combine(goldDirectory, doc + ".json"), Path.Combine(scoredGold, doc + ".json"));
            return new CrossValidationResult(ClaimScorer.Score(scoredGold, predictions), outcomes, predictions);
        }
        finally
        {
            Directory.Delete(scoredGold, recursive: true);
        }
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
