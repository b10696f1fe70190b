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
        // Read once with the gold claims as memory; each part's reader learns from the other parts' readings.
        var goldReadings = documents.Select(document => Read(document, features, null)).ToList();
        var readers = Enumerable.Range(0, HeldOutParts)
            .Select(part => new ClaimDecider(Fit(goldReadings.Where((_, d) => d % HeldOutParts != part).ToList(), settings).Models))
            .ToList();
        return Fit(documents.Select((document, d) => Read(document, features, readers[d % HeldOutParts])).ToList(), settings);
    }

    /// <summary>What one reading of a document gives the decisions to learn from.</summary>
    private sealed record Reading(
        List<ChoiceExample> Suppliers,
        List<ChoiceExample> Recipients,
        List<ChoiceExample> Stages,
        List<ChoiceExample> Certainties,
        List<ChoiceExample> Kinds,
        List<(CandidateView View, bool? IsClaim)> Judged,
        int Aligned,
        int Unaligned,
        List<GoldClaim> Missed,
        string Doc);

    /// <summary>Reads a document's candidates against its gold claims.</summary>
    /// <param name="reader">The decisions whose reported claims the document's later sentences see (null: its gold claims).</param>
    private static Reading Read(TrainingDocument training, ClaimFeatures features, ClaimDecider? reader)
    {
        var (document, gold) = training;
        var alignment = GoldAlignment.Align(document, CandidateFinder.Find(document), gold.Claims);
        var carried = alignment.Values.SelectMany(c => c).ToHashSet();
        var reading = new Reading([], [], [], [], [], [], carried.Count, gold.Claims.Count(c => !carried.Contains(c)),
            gold.Claims.Where(c => !c.Optional && !carried.Contains(c)).ToList(), gold.Doc);
        var goldBySentence = gold.Claims.ToLookup(c => GoldAlignment.SentenceOf(document, c.Evidence));
        CandidateWalk.Run(document, features, (s, views, _) =>
        {
            foreach (var view in views)
            {
                if (!alignment.TryGetValue((view.Candidate.Item, view.Candidate.Cue), out var carriedClaims))
                {
                    reading.Judged.Add((view, false));
                    continue;
                }
                var claim = carriedClaims[0];
                reading.Judged.Add((view, carriedClaims.All(c => c.Optional) ? null : true));
                AddPartyExample(reading.Suppliers, view, carriedClaims.Select(c => c.Supplier));
                AddPartyExample(reading.Recipients, view, carriedClaims.Select(c => c.Recipient));
                if (VocabularyText<Stage>.TryParse(claim.Stage, out var stage))
                    AddLabelExample(reading.Stages, view.FeatureKeys, ClaimModels.Stages, ClaimModels.StageKeys, stage);
                if (VocabularyText<Certainty>.TryParse(claim.Certainty, out var certainty))
                    AddLabelExample(reading.Certainties, view.FeatureKeys, ClaimModels.Certainties, ClaimModels.CertaintyKeys, certainty);
                if (VocabularyText<TransferKind>.TryParse(claim.Kind, out var kind))
                    AddLabelExample(reading.Kinds, view.FeatureKeys, ClaimModels.Kinds, ClaimModels.KindKeys, kind);
            }
            return reader is null ? goldBySentence[s].Select(c => (c.Supplier, c.Recipient)) : ReportedParties(reader, views);
        });
        return reading;
    }

    /// <summary>Trains the decisions on readings, in their order (a reading's place sets the part it is held out in).</summary>
    private static (ClaimModels Models, AlignmentCounts Counts) Fit(IReadOnlyList<Reading> readings, ChoiceTraining settings)
    {
        List<ChoiceExample> All(Func<Reading, List<ChoiceExample>> examples) => readings.SelectMany(examples).ToList();
        List<ChoiceExample> Outside(int part, Func<Reading, List<ChoiceExample>> examples) =>
            readings.Where((_, d) => d % HeldOutParts != part).SelectMany(examples).ToList();

        var claims = new List<ChoiceExample>();
        for (var part = 0; part < HeldOutParts; part++)
        {
            // The claim decision weighs the party choices as extraction makes them, on text the party decisions never
            // saw: on their own training text the full models choose right far more often than they will.
            var partSuppliers = ChoiceModel.Train(Outside(part, r => r.Suppliers), settings);
            var partRecipients = ChoiceModel.Train(Outside(part, r => r.Recipients), settings);
            foreach (var (view, isClaim) in readings.Where((_, d) => d % HeldOutParts == part).SelectMany(r => r.Judged))
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
        var models = new ClaimModels(ChoiceModel.Train(claims, settings), ChoiceModel.Train(All(r => r.Suppliers), settings),
            ChoiceModel.Train(All(r => r.Recipients), settings), ChoiceModel.Train(All(r => r.Stages), settings),
            ChoiceModel.Train(All(r => r.Certainties), settings), ChoiceModel.Train(All(r => r.Kinds), settings), Calibration.Identity);
        var counts = new AlignmentCounts(readings.Sum(r => r.Aligned), readings.Sum(r => r.Unaligned), readings.Sum(r => r.Missed.Count),
            readings.SelectMany(r => r.Missed.Select(c => (r.Doc, c))).ToList());
        return (models, counts);
    }

    /// <summary>The parties of the candidates a reader reports (the claims extraction would remember).</summary>
    private static List<(string? Supplier, string? Recipient)> ReportedParties(ClaimDecider reader, IReadOnlyList<CandidateView> views) =>
        views.Select(reader.Judge).Where(j => j.Probability >= reader.Models.Threshold && j.Parties.Recipient.Value is not null)
            .Select(j => (j.Parties.Supplier.Value, j.Parties.Recipient.Value)).ToList();

    /// <summary>A party decision's example: every option naming one of the gold parties is right (coordinated parties
    /// give several).</summary>
    private static void AddPartyExample(List<ChoiceExample> examples, CandidateView view, IEnumerable<string?> gold)
    {
        var parties = gold.ToList();
        var correct = view.Options.Select(o => parties.Any(p => string.Equals(o.Value, p, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (correct.Any(c => c))
            examples.Add(new ChoiceExample(view.OptionKeys, correct));
    }

    private static void AddLabelExample<T>(List<ChoiceExample> examples, ulong[] features, IReadOnlyList<T> labels, ulong[] labelKeys, T gold)
        where T : notnull
    {
        var correct = labels.Select(l => EqualityComparer<T>.Default.Equals(l, gold)).ToArray();
        if (correct.Any(c => c))
            examples.Add(new ChoiceExample(ClaimModels.LabelOptions(features, labelKeys), correct));
    }
}
