using ArmsWatch.Documents;
using ArmsWatch.Evaluation;
using ArmsWatch.Learning;

namespace ArmsWatch.Extraction;

/// <summary>An analysed document with its gold claims: what the claim decisions learn from.</summary>
public sealed record TrainingDocument(AnalyzedDocument Document, GoldDocument Gold);

/// <summary>How the trainer saw the gold: claims aligned to a candidate, and those no candidate could carry.</summary>
public sealed record AlignmentCounts(int Aligned, int Unaligned, int UnalignedRequired, IReadOnlyList<(string Doc, GoldClaim Claim)> Missed);

/// <summary>Trains the claim decisions from gold documents, deterministically.</summary>
/// <remarks>
/// Each gold claim is aligned to the candidate its sentence and item agree with. The party, stage, certainty and kind
/// decisions learn from aligned candidates (required and optional). The claim decision then learns from every
/// candidate, with the party decisions' answers among its features (made by party decisions that did not see the
/// candidate's document, as at extraction): aligned to a required gold claim → a claim, aligned to an optional one →
/// not counted, not aligned → not a claim.
/// While a document is read, later sentences see the parties of its earlier claims (the article's context). Extraction
/// sees the claims it reported itself, so training does too: the documents are read first with their gold claims as
/// that memory, to train decisions on all parts but one, and then again with the claims those decisions report on the
/// part they did not see (the parties of the candidates they judge above their threshold); the decisions shipped learn
/// from that second reading.
/// </remarks>
public static class ClaimTrainer
{
    /// <summary>Into how many parts the documents are split wherever a decision must be made on text the deciding models
    /// never saw: the party choices the claim decision learns from, and the claims that stand for a document's earlier
    /// sentences (each part's made by decisions trained on the other parts).</summary>
    private const int HeldOutParts = 5;

    public static (ClaimModels Models, AlignmentCounts Counts) Train(IReadOnlyList<TrainingDocument> documents, ClaimFeatures features, ChoiceTraining settings)
    {
        var readers = Enumerable.Range(0, HeldOutParts)
            .Select(part => new ClaimDecider(Train(documents.Where((_, d) => d % HeldOutParts != part).ToList(), features, settings, null).Models))
            .ToList();
        return Train(documents, features, settings, d => readers[d % HeldOutParts]);
    }

    /// <param name="readerOf">The decisions whose reported claims a document's later sentences see (null: its gold claims).</param>
    private static (ClaimModels Models, AlignmentCounts Counts) Train(IReadOnlyList<TrainingDocument> documents, ClaimFeatures features,
        ChoiceTraining settings, Func<int, ClaimDecider>? readerOf)
    {
        var suppliers = new List<(int Document, ChoiceExample Example)>();
        var recipients = new List<(int Document, ChoiceExample Example)>();
        var stages = new List<ChoiceExample>();
        var certainties = new List<ChoiceExample>();
        var kinds = new List<ChoiceExample>();
        var judged = new List<(int Document, CandidateView View, bool? IsClaim)>();
        int aligned = 0, unaligned = 0, unalignedRequired = 0;
        var missed = new List<(string, GoldClaim)>();
        for (var d = 0; d < documents.Count; d++)
        {
            var (document, gold) = documents[d];
            var alignment = GoldAlignment.Align(document, CandidateFinder.Find(document), gold.Claims);
            var carried = alignment.Values.SelectMany(c => c).ToHashSet();
            aligned += carried.Count;
            unaligned += gold.Claims.Count(c => !carried.Contains(c));
            unalignedRequired += gold.Claims.Count(c => !c.Optional && !carried.Contains(c));
            missed.AddRange(gold.Claims.Where(c => !c.Optional && !carried.Contains(c)).Select(c => (gold.Doc, c)));
            var goldBySentence = gold.Claims.ToLookup(c => GoldAlignment.SentenceOf(document, c.Evidence));
            CandidateWalk.Run(document, features, (s, views, _) =>
            {
                foreach (var view in views)
                {
                    if (!alignment.TryGetValue((view.Candidate.Item, view.Candidate.Cue), out var carriedClaims))
                    {
                        judged.Add((d, view, false));
                        continue;
                    }
                    var claim = carriedClaims[0];
                    judged.Add((d, view, carriedClaims.All(c => c.Optional) ? null : true));
                    AddPartyExample(suppliers, d, view, carriedClaims.Select(c => c.Supplier));
                    AddPartyExample(recipients, d, view, carriedClaims.Select(c => c.Recipient));
                    if (VocabularyText<Stage>.TryParse(claim.Stage, out var stage))
                        AddLabelExample(stages, view.FeatureKeys, ClaimModels.Stages, ClaimModels.StageKeys, stage);
                    if (VocabularyText<Certainty>.TryParse(claim.Certainty, out var certainty))
                        AddLabelExample(certainties, view.FeatureKeys, ClaimModels.Certainties, ClaimModels.CertaintyKeys, certainty);
                    if (VocabularyText<TransferKind>.TryParse(claim.Kind, out var kind))
                        AddLabelExample(kinds, view.FeatureKeys, ClaimModels.Kinds, ClaimModels.KindKeys, kind);
                }
                return readerOf is null ? goldBySentence[s].Select(c => (c.Supplier, c.Recipient)) : ReportedParties(readerOf(d), views);
            });
        }

        var supplierModel = ChoiceModel.Train(suppliers.ConvertAll(e => e.Example), settings);
        var recipientModel = ChoiceModel.Train(recipients.ConvertAll(e => e.Example), settings);
        var claims = new List<ChoiceExample>();
        for (var part = 0; part < HeldOutParts; part++)
        {
            // The claim decision weighs the party choices as extraction makes them, on text the party decisions never
            // saw: on their own training text the full models choose right far more often than they will.
            bool Held(int document) => document % HeldOutParts == part;
            var partSuppliers = ChoiceModel.Train(suppliers.Where(e => !Held(e.Document)).Select(e => e.Example).ToList(), settings);
            var partRecipients = ChoiceModel.Train(recipients.Where(e => !Held(e.Document)).Select(e => e.Example).ToList(), settings);
            foreach (var (_, view, isClaim) in judged.Where(j => Held(j.Document)))
            {
                if (isClaim is not { } label)
                    continue;
                var supplierP = partSuppliers.Probabilities(view.OptionKeys);
                var recipientP = partRecipients.Probabilities(view.OptionKeys);
                var (s, r) = ClaimDecider.ChooseParties(view.Options, supplierP, recipientP);
                var parties = new PartyChoice(view.Options[s], supplierP[s], view.Options[r], recipientP[r]);
                AddLabelExample(claims, ClaimDecider.ClaimKeys(view, parties), ClaimModels.ClaimLabels, ClaimModels.ClaimLabelKeys, label ? "claim" : "not");
            }
        }
        var models = new ClaimModels(ChoiceModel.Train(claims, settings), supplierModel, recipientModel,
            ChoiceModel.Train(stages, settings), ChoiceModel.Train(certainties, settings), ChoiceModel.Train(kinds, settings),
            Calibration.Identity);
        return (models, new AlignmentCounts(aligned, unaligned, unalignedRequired, missed));
    }

    /// <summary>The parties of the candidates a reader reports (the claims extraction would remember).</summary>
    private static List<(string? Supplier, string? Recipient)> ReportedParties(ClaimDecider reader, IReadOnlyList<CandidateView> views) =>
        views.Select(reader.Judge).Where(j => j.Probability >= reader.Models.Threshold && j.Parties.Recipient.Value is not null)
            .Select(j => (j.Parties.Supplier.Value, j.Parties.Recipient.Value)).ToList();

    /// <summary>A party decision's example: every option naming one of the gold parties is right (coordinated parties
    /// give several).</summary>
    private static void AddPartyExample(List<(int, ChoiceExample)> examples, int document, CandidateView view, IEnumerable<string?> gold)
    {
        var parties = gold.ToList();
        var correct = view.Options.Select(o => parties.Any(p => string.Equals(o.Value, p, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (correct.Any(c => c))
            examples.Add((document, new ChoiceExample(view.OptionKeys, correct)));
    }

    private static void AddLabelExample<T>(List<ChoiceExample> examples, ulong[] features, IReadOnlyList<T> labels, ulong[] labelKeys, T gold)
        where T : notnull
    {
        var correct = labels.Select(l => EqualityComparer<T>.Default.Equals(l, gold)).ToArray();
        if (correct.Any(c => c))
            examples.Add(new ChoiceExample(ClaimModels.LabelOptions(features, labelKeys), correct));
    }
}
