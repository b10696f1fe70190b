using ArmsWatch.Documents;
using ArmsWatch.Learning;

namespace ArmsWatch.Extraction;

/// <summary>What the party and claim decisions make of a candidate: enough to tell whether it is reported.</summary>
/// <param name="Probability">The claim decision's probability times those of the two parties chosen: how likely the
/// whole claim is right, before calibration.</param>
public sealed record JudgedCandidate(CandidateView View, PartyChoice Parties, double ClaimProbability, double Probability);

/// <summary>What the trained decisions make of one candidate.</summary>
/// <param name="Probability">The claim decision's probability times those of the two parties chosen: how likely the
/// whole claim is right, before calibration.</param>
/// <param name="Parties">What the party decisions made of the candidate (before coordinated parties were added): the
/// claim decision's features besides the candidate's own.</param>
public sealed record DecidedCandidate(
    CandidateView View,
    PartyOption Supplier,
    PartyOption Recipient,
    double ClaimProbability,
    double Probability,
    Stage Stage,
    Certainty Certainty,
    TransferKind Kind,
    PartyChoice Parties);

/// <summary>Applies the trained models to a candidate: parties first (jointly, never the same state on both sides),
/// then whether it is a claim given those parties (<see cref="Judge"/>), then stage, certainty and kind
/// (<see cref="Decide"/>, for the candidates that may be reported only, as they weigh every label).</summary>
public sealed class ClaimDecider(ClaimModels models, IReadOnlySet<string>? disabledRules = null)
{
    private readonly IReadOnlySet<string> disabled = disabledRules ?? new HashSet<string>();

    private const int ExplainedFeatures = 2;

    public ClaimModels Models { get; } = models;

    public JudgedCandidate Judge(CandidateView view)
    {
        var supplierP = Models.Supplier.Probabilities(view.OptionKeys);
        var recipientP = Models.Recipient.Probabilities(view.OptionKeys);
        var (s, r) = ChooseParties(view.Options, supplierP, recipientP);
        var parties = new PartyChoice(view.Options[s], supplierP[s], view.Options[r], recipientP[r]);
        var claimP = Models.IsClaim.LabelProbabilities(ClaimKeys(view, parties), ClaimModels.ClaimLabelKeys)[0];
        return new JudgedCandidate(view, parties, claimP, claimP * supplierP[s] * recipientP[r]);
    }

    public DecidedCandidate Decide(AnalyzedDocument document, JudgedCandidate judged)
    {
        var view = judged.View;
        var stageP = Models.Stage.LabelProbabilities(view.FeatureKeys, ClaimModels.StageKeys);
        var certaintyP = Models.Certainty.LabelProbabilities(view.FeatureKeys, ClaimModels.CertaintyKeys);
        var (stage, certainty) = PolarityRules.Apply(document, view,
            ClaimModels.Stages[ArgMax(stageP, _ => true)], ClaimModels.Certainties[ArgMax(certaintyP, _ => true)],
            () => ClaimModels.Stages[ArgMax(stageP, i => ClaimModels.Stages[i] != Stage.Cancellation)],
            () => ClaimModels.Certainties[ArgMax(certaintyP, i => ClaimModels.Certainties[i] is not (Certainty.Denied or Certainty.Unlikely))],
            disabled);
        var kind = ClaimModels.Kinds[ArgMax(Models.Kind.LabelProbabilities(view.FeatureKeys, ClaimModels.KindKeys), _ => true)];
        var parties = judged.Parties;
        return new DecidedCandidate(view, parties.Supplier, parties.Recipient, judged.ClaimProbability, judged.Probability,
            stage, certainty, kind, parties);
    }

    /// <summary>The strongest features behind each decision, as "decision: feature (weight)". Asked only for the claims
    /// reported, and only the features reported are named (described again, while their sentence is read).</summary>
    public IReadOnlyList<string> Explain(DecidedCandidate decided)
    {
        var view = decided.View;
        var (supplier, recipient) = (IndexOf(view, decided.Supplier), IndexOf(view, decided.Recipient));
        var claim = Strongest(Models.IsClaim, ClaimKeys(view, decided.Parties), ClaimModels.LabelKey("claim"), ClaimModels.LabelKey("not"));
        var supplierEvidence = Strongest(Models.Supplier, view.OptionKeys[supplier], null, null);
        var recipientEvidence = Strongest(Models.Recipient, view.OptionKeys[recipient], null, null);
        var stage = Strongest(Models.Stage, view.FeatureKeys, ClaimModels.LabelKey(decided.Stage), null);
        var certainty = Strongest(Models.Certainty, view.FeatureKeys, ClaimModels.LabelKey(decided.Certainty), null);

        // The claim decision weighs the candidate's features, then the party choice's.
        var own = view.FeatureKeys.Length;
        var features = view.FeatureNames(i => Reports(claim, i) || Reports(stage, i) || Reports(certainty, i));
        var parties = ClaimFeatures.All.NewList(i => Reports(claim, own + i));
        decided.Parties.Describe(parties);
        var why = new List<string>();
        Report(why, "claim", claim, i => i < own ? features[i] : parties.Names[i - own]);
        Report(why, "supplier", supplierEvidence, view.OptionFeatureNames(supplier, i => Reports(supplierEvidence, i)));
        Report(why, "recipient", recipientEvidence, view.OptionFeatureNames(recipient, i => Reports(recipientEvidence, i)));
        Report(why, "stage", stage, features);
        Report(why, "certainty", certainty, features);
        return why;
    }

    /// <summary>The claim decision's feature keys: the candidate's, hashed once for all decisions, and the party choice's.</summary>
    public static ulong[] ClaimKeys(CandidateView view, PartyChoice parties)
    {
        var keys = ClaimFeatures.All.NewList();
        parties.Describe(keys);
        return [.. view.FeatureKeys, .. keys.Keys()];
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

    /// <summary>The most probable allowed option.</summary>
    private static int ArgMax(double[] p, Func<int, bool> allowed)
    {
        var best = -1;
        for (var i = 0; i < p.Length; i++)
            if (allowed(i) && (best < 0 || p[i] > p[best]))
                best = i;
        return Math.Max(best, 0);
    }

    /// <summary>The option a party came from: a coordinated party added after the decision explains as the party it
    /// stands beside.</summary>
    private static int IndexOf(CandidateView view, PartyOption party)
    {
        for (var i = 0; i < view.Options.Count; i++)
            if (view.Options[i] is var option && (option == party || option.Value == party.Value && option.Source == party.Source))
                return i;
        return 0;
    }

    /// <summary>The strongest positive contributions to a decision, strongest first (the earlier feature first among
    /// equals); an unused place has feature -1.</summary>
    /// <param name="keys">The features' keys, as the decision was scored with them.</param>
    private static (int Feature, double Weight)[] Strongest(ChoiceModel model, ulong[] keys, ulong? label, ulong? against)
    {
        double WeightFor(ulong key, ulong? labelKey) => model.WeightOf(labelKey is { } l ? FeatureKey.Paired(l, key) : key);
        var strongest = new (int Feature, double Weight)[ExplainedFeatures];
        strongest.AsSpan().Fill((-1, 0));
        for (var i = 0; i < keys.Length; i++)
        {
            var weight = WeightFor(keys[i], label) - (against is null ? 0 : WeightFor(keys[i], against));
            for (var rank = 0; rank < ExplainedFeatures; rank++)
            {
                if (weight <= 0 || strongest[rank].Feature >= 0 && weight <= strongest[rank].Weight)
                    continue;
                strongest.AsSpan(rank..^1).CopyTo(strongest.AsSpan((rank + 1)..));
                strongest[rank] = (i, weight);
                break;
            }
        }
        return strongest;
    }

    private static bool Reports((int Feature, double Weight)[] strongest, int feature) =>
        Array.Exists(strongest, reported => reported.Feature == feature);

    private static void Report(List<string> why, string decision, (int Feature, double Weight)[] strongest, IReadOnlyDictionary<int, string> names) =>
        Report(why, decision, strongest, i => names[i]);

    private static void Report(List<string> why, string decision, (int Feature, double Weight)[] strongest, Func<int, string> nameOf)
    {
        foreach (var (feature, weight) in strongest)
            if (feature >= 0)
                why.Add($"{decision}: {nameOf(feature)} ({weight:+0.0;-0.0})");
    }
}
