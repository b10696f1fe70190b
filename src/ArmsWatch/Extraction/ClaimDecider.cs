using ArmsWatch.Documents;
using ArmsWatch.Learning;

namespace ArmsWatch.Extraction;

/// <summary>What the trained decisions make of one candidate.</summary>
/// <param name="Probability">The claim decision's probability times those of the two parties chosen: how likely the
/// whole claim is right, before calibration.</param>
/// <param name="Why">The strongest features behind each decision, as "decision: feature (weight)".</param>
public sealed record DecidedCandidate(
    CandidateView View,
    PartyOption Supplier,
    PartyOption Recipient,
    double ClaimProbability,
    double Probability,
    Stage Stage,
    Certainty Certainty,
    TransferKind Kind,
    IReadOnlyList<string> Why);

/// <summary>Applies the trained models to a candidate: parties first (jointly, never the same state on both sides),
/// then whether it is a claim given those parties, then stage, certainty and kind.</summary>
public sealed class ClaimDecider(ClaimModels models, IReadOnlySet<string>? disabledRules = null)
{
    private readonly IReadOnlySet<string> disabled = disabledRules ?? new HashSet<string>();

    private const int ExplainedFeatures = 2;

    public ClaimModels Models { get; } = models;

    public DecidedCandidate Decide(AnalyzedDocument document, CandidateView view)
    {
        var supplierP = Models.Supplier.Probabilities(view.OptionFeatures);
        var recipientP = Models.Recipient.Probabilities(view.OptionFeatures);
        var (s, r) = ChooseParties(view.Options, supplierP, recipientP);
        var claimFeatures = WithParties(view.Features, view.Options[s], supplierP[s], view.Options[r], recipientP[r]);
        var claimOptions = ClaimModels.LabelOptions(claimFeatures, ClaimModels.ClaimLabels);
        var claimP = Models.IsClaim.Probabilities(claimOptions)[0];
        var stageP = Models.Stage.Probabilities(ClaimModels.LabelOptions(view.Features, ClaimModels.Stages));
        var certaintyP = Models.Certainty.Probabilities(ClaimModels.LabelOptions(view.Features, ClaimModels.Certainties));
        var (stage, certainty) = PolarityRules.Apply(document, view,
            ClaimModels.Stages[ArgMax(stageP, _ => true)], ClaimModels.Certainties[ArgMax(certaintyP, _ => true)],
            (excluded, _) => ClaimModels.Stages[ArgMax(stageP, i => ClaimModels.Stages[i] != excluded)],
            (excluded, _) => ClaimModels.Certainties[ArgMax(certaintyP, i => ClaimModels.Certainties[i] is not (Certainty.Denied or Certainty.Unlikely))],
            disabled);
        var kind = Best(Models.Kind, view.Features, ClaimModels.Kinds);
        var why = new List<string>();
        Explain(why, "claim", Models.IsClaim, claimOptions[0], claimOptions[1]);
        Explain(why, "supplier", Models.Supplier, view.OptionFeatures[s], null);
        Explain(why, "recipient", Models.Recipient, view.OptionFeatures[r], null);
        Explain(why, "stage", Models.Stage, ClaimModels.LabelOptions(view.Features, [stage])[0], null);
        Explain(why, "certainty", Models.Certainty, ClaimModels.LabelOptions(view.Features, [certainty])[0], null);
        return new DecidedCandidate(view, view.Options[s], view.Options[r], claimP, claimP * supplierP[s] * recipientP[r],
            stage, certainty, kind, why);
    }

    /// <summary>The claim decision's features: the candidate's, and what the party decisions made of it.</summary>
    public static List<string> WithParties(IReadOnlyList<string> features, PartyOption supplier, double supplierP, PartyOption recipient, double recipientP)
    {
        var all = new List<string>(features)
        {
            "parties:sup=" + supplier.Source,
            "parties:rec=" + recipient.Source,
            "parties:sup+rec=" + supplier.Source + "|" + recipient.Source,
            "parties:sup-p=" + Bucket(supplierP),
            "parties:rec-p=" + Bucket(recipientP),
        };
        return all;
    }

    /// <summary>The supplier and recipient with the highest joint probability that are not the same party (two "none"s
    /// may go together).</summary>
    public static (int Supplier, int Recipient) ChooseParties(IReadOnlyList<PartyOption> options, double[] supplierP, double[] recipientP)
    {
        var best = (0, 0);
        var bestScore = double.NegativeInfinity;
        for (var s = 0; s < options.Count; s++)
            for (var r = 0; r < options.Count; r++)
            {
                if (s == r && options[s].Value is not null || options[s].Value is { } v && v == options[r].Value)
                    continue;
                var score = supplierP[s] * recipientP[r];
                if (score > bestScore)
                {
                    bestScore = score;
                    best = (s, r);
                }
            }
        return best;
    }

    private static T Best<T>(ChoiceModel model, IReadOnlyList<string> features, IReadOnlyList<T> labels) where T : notnull =>
        labels[ArgMax(model.Probabilities(ClaimModels.LabelOptions(features, labels)), _ => true)];

    /// <summary>The most probable allowed option.</summary>
    private static int ArgMax(double[] p, Func<int, bool> allowed)
    {
        var best = -1;
        for (var i = 0; i < p.Length; i++)
            if (allowed(i) && (best < 0 || p[i] > p[best]))
                best = i;
        return Math.Max(best, 0);
    }

    private static void Explain(List<string> why, string decision, ChoiceModel model, IReadOnlyList<string> chosen, IReadOnlyList<string>? against)
    {
        var contributions = chosen.Select((feature, i) =>
                (Feature: feature, Weight: model.WeightOf(feature) - (against is null ? 0 : model.WeightOf(against[i]))))
            .Where(c => c.Weight > 0)
            .OrderByDescending(c => c.Weight)
            .Take(ExplainedFeatures);
        foreach (var (feature, weight) in contributions)
            why.Add($"{decision}: {Readable(feature)} ({weight:+0.0;-0.0})");
    }

    /// <summary>A feature's name without the label it was paired with ("delivery|pattern:cue=delivery" → "pattern:cue=delivery").</summary>
    private static string Readable(string feature) =>
        feature.IndexOf('|') is var bar and > 0 && !feature[..bar].Contains(':') ? feature[(bar + 1)..] : feature;

    private static string Bucket(double p) => p switch { >= 0.9 => "0.9", >= 0.7 => "0.7", >= 0.5 => "0.5", >= 0.3 => "0.3", _ => "low" };
}
