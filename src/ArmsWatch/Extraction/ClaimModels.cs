using ArmsWatch.Analysis;
using ArmsWatch.Documents;
using ArmsWatch.Learning;

namespace ArmsWatch.Extraction;

/// <summary>The trained claim decisions: is a candidate a claim, who supplies, who receives, the stage, the certainty
/// and the kind; the calibration that turns their probabilities into a confidence; and the probability a claim needs to
/// be reported (<see cref="Threshold"/>), chosen on held-out folds.</summary>
public sealed class ClaimModels(
    ChoiceModel isClaim,
    ChoiceModel supplier,
    ChoiceModel recipient,
    ChoiceModel stage,
    ChoiceModel certainty,
    ChoiceModel kind,
    Calibration calibration,
    double threshold = ClaimModels.DefaultThreshold)
{
    /// <summary>The threshold of models trained without cross-validation (cross-validation on the corpus chose it in
    /// 2026-12; a corpus with folds chooses its own).</summary>
    public const double DefaultThreshold = 0.2;

    public const string FileName = "claims.model";
    private const string Magic = "ArmsWatch.ClaimModels";
    private const int FormatVersion = 2;

    public ChoiceModel IsClaim { get; } = isClaim;
    public ChoiceModel Supplier { get; } = supplier;
    public ChoiceModel Recipient { get; } = recipient;
    public ChoiceModel Stage { get; } = stage;
    public ChoiceModel Certainty { get; } = certainty;
    public ChoiceModel Kind { get; } = kind;
    public Calibration Calibration { get; } = calibration;

    /// <summary>The probability (claim × supplier × recipient: the claim and both its parties right) a candidate needs
    /// to be reported.</summary>
    public double Threshold { get; } = threshold;

    public ClaimModels WithCalibration(Calibration fitted) => new(IsClaim, Supplier, Recipient, Stage, Certainty, Kind, fitted, Threshold);

    public ClaimModels WithThreshold(double chosen) => new(IsClaim, Supplier, Recipient, Stage, Certainty, Kind, Calibration, chosen);

    public void Save(string path) => ModelFile.Write(path, Magic, FormatVersion, writer =>
    {
        foreach (var model in new[] { IsClaim, Supplier, Recipient, Stage, Certainty, Kind })
            model.Write(writer);
        writer.Write(Calibration.Slope);
        writer.Write(Calibration.Intercept);
        writer.Write(Threshold);
    });

    public static ClaimModels Load(string path) => ModelFile.Read(path, Magic, FormatVersion, reader => new ClaimModels(
        ChoiceModel.Read(reader), ChoiceModel.Read(reader), ChoiceModel.Read(reader),
        ChoiceModel.Read(reader), ChoiceModel.Read(reader), ChoiceModel.Read(reader),
        new Calibration(reader.ReadDouble(), reader.ReadDouble()), reader.ReadDouble()));

    /// <summary>Options for a decision among fixed labels: the candidate's features paired with each label, by the
    /// labels' keys.</summary>
    public static List<ulong[]> LabelOptions(ulong[] features, ulong[] labelKeys) => labelKeys.Select(label => Paired(features, label)).ToList();

    public static ulong LabelKey<T>(T label) where T : notnull => FeatureKey.Of("label=" + label);

    private static ulong[] Paired(ulong[] features, ulong label)
    {
        var keys = new ulong[features.Length];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = FeatureKey.Paired(label, features[i]);
        return keys;
    }

    public static readonly IReadOnlyList<string> ClaimLabels = ["claim", "not"];
    public static readonly IReadOnlyList<Documents.Stage> Stages = Enum.GetValues<Documents.Stage>();
    public static readonly IReadOnlyList<Documents.Certainty> Certainties = Enum.GetValues<Documents.Certainty>();
    public static readonly IReadOnlyList<TransferKind> Kinds = Enum.GetValues<TransferKind>();

    // The labels' keys, in the labels' order, hashed once (after the labels: static fields start in this order).
    public static readonly ulong[] ClaimLabelKeys = KeysOf(ClaimLabels);
    public static readonly ulong[] StageKeys = KeysOf(Stages);
    public static readonly ulong[] CertaintyKeys = KeysOf(Certainties);
    public static readonly ulong[] KindKeys = KeysOf(Kinds);

    private static ulong[] KeysOf<T>(IReadOnlyList<T> labels) where T : notnull => [.. labels.Select(LabelKey)];
}

/// <summary>Platt scaling of a raw probability into a calibrated confidence: sigmoid(slope · logit(p) + intercept),
/// fitted on held-out folds so that of claims at 0.8 about 80 % are right.</summary>
public sealed record Calibration(double Slope, double Intercept)
{
    public static Calibration Identity { get; } = new(1, 0);

    public double Apply(double probability)
    {
        var p = Math.Clamp(probability, 1e-6, 1 - 1e-6);
        var z = Slope * Math.Log(p / (1 - p)) + Intercept;
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>Fits slope and intercept by gradient descent on the log loss of (raw probability, was right) pairs.</summary>
    public static Calibration Fit(IReadOnlyList<(double Probability, bool Right)> outcomes)
    {
        if (outcomes.Count == 0)
            return Identity;
        double a = 1, b = 0;
        for (var iteration = 0; iteration < 2000; iteration++)
        {
            double ga = 0, gb = 0;
            foreach (var (probability, right) in outcomes)
            {
                var p = Math.Clamp(probability, 1e-6, 1 - 1e-6);
                var x = Math.Log(p / (1 - p));
                var q = 1 / (1 + Math.Exp(-(a * x + b)));
                var error = q - (right ? 1 : 0);
                ga += error * x;
                gb += error;
            }
            a -= 0.5 * ga / outcomes.Count;
            b -= 0.5 * gb / outcomes.Count;
        }
        return new Calibration(a, b);
    }
}
