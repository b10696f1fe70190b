using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ArmsWatch.Documents;
using ArmsWatch.Evaluation;
using ArmsWatch.Extraction;
using ArmsWatch.Learning;
using ArmsWatch.Reading;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch train-claims</c>: trains the claim decisions on gold folders, cross-validates them and writes
/// the model file; with <c>--without</c>, measures what one pattern, feature group or the trees are worth.</summary>
public static class TrainClaimsCommand
{
    public static Command Create()
    {
        var gold = new Option<string[]>("--gold") { Description = "Folders of <doc>.json gold files to train on.", Required = true, AllowMultipleArgumentsPerToken = true };
        var articles = new Option<string[]>("--articles") { Description = "The articles of those gold files: files or folders, as for extract.", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string?>("--out") { Description = "Folder to write claims.model to (omit to only measure)." };
        var folds = new Option<string?>("--folds") { Description = "A doc/fold table (corpus/folds.tsv): cross-validate on its documents and calibrate confidence on the held-out claims." };
        var without = new Option<string[]>("--without")
        {
            Description = "Leave out a cue pattern (by name), a feature group (lemma, tree, pattern, context), a polarity rule (by name) or the parser's trees (trees).",
            AllowMultipleArgumentsPerToken = true,
        };
        var evaluate = new Option<string[]>("--evaluate")
        {
            Description = "GOLD_DIR=ARTICLES: score the trained model on another set (not trained on unless also given with --gold).",
            AllowMultipleArgumentsPerToken = true,
        };
        var heldOut = new Option<string?>("--held-out") { Description = "Write the cross-validation's held-out predictions to this JSON Lines file." };
        var unaligned = new Option<bool>("--show-unaligned") { Description = "List the required gold claims no candidate carries (what the candidates miss)." };
        var command = new Command("train-claims", "Train the claim decisions on annotated articles (deterministic), cross-validate, calibrate and write models/claims.model.");
        foreach (var option in new Option[] { gold, articles, output, folds, without, evaluate, unaligned, heldOut })
            command.Options.Add(option);
        command.SetAction(parse =>
        {
            try
            {
                return Run(parse.GetValue(gold)!, parse.GetValue(articles)!, parse.GetValue(output), parse.GetValue(folds),
                    parse.GetValue(without) ?? [], parse.GetValue(evaluate) ?? [], parse.GetValue(unaligned), parse.GetValue(heldOut));
            }
            catch (InputException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }

    private static int Run(string[] goldDirectories, string[] articles, string? output, string? foldsPath, string[] without, string[] evaluate, bool showUnaligned, string? heldOutPath)
    {
        var left = without.ToHashSet(StringComparer.Ordinal);
        var pipeline = ArmsWatchPipeline.ForTraining();
        if (left.Contains("trees"))
            pipeline = pipeline.WithoutTrees();
        var patternNames = pipeline.Cues.StageCues.Patterns.Concat(pipeline.Cues.CertaintyCues.Patterns).Select(p => p.Name).ToHashSet();
        var unknown = left.Where(name => name != "trees" && !ClaimFeatures.Groups.Contains(name) && !PolarityRules.Names.Contains(name)
                                         && !ClaimExtractor.RuleNames.Contains(name)
                                         && !patternNames.Contains(name)).ToList();
        if (unknown.Count > 0)
            throw new InputException("--without", $"no pattern, rule or feature group named {string.Join(", ", unknown)}");
        pipeline = pipeline.WithCues(pipeline.Cues.Without(left));
        var features = new ClaimFeatures(left);
        var lexicon = AttributionLexicon.Load(Path.Combine(ShippedFiles.DataDirectory, "extraction"));
        var settings = new ChoiceTraining();


        var documents = Load(pipeline, goldDirectories, articles);
        Console.Error.WriteLine($"training on {documents.Count} annotated documents");
        Func<double, IClaimExtractor> TrainHeldOut(IReadOnlyList<TrainingDocument> training)
        {
            var (models, _) = ClaimTrainer.Train(training, features, settings);
            return threshold => pipeline.Dating(new ClaimExtractor(models.WithThreshold(threshold), features, lexicon, disabledRules: left));
        }

        var calibration = Calibration.Identity;
        var threshold = ClaimModels.DefaultThreshold;
        if (foldsPath is not null)
        {
            var folds = CrossValidation.ReadFolds(foldsPath);
            var goldOfFolds = goldDirectories.FirstOrDefault(d => folds.Keys.All(doc => File.Exists(Path.Combine(d, doc + ".json"))))
                ?? throw new InputException(foldsPath, "no --gold folder holds every document of the folds");
            var result = CrossValidation.Run(documents, folds, goldOfFolds, TrainHeldOut, Console.Error.WriteLine);
            threshold = result.Threshold;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"reporting threshold {threshold:F3}, the lowest within {CrossValidation.Tolerance:F3} of the best held-out F1 of those tried: {string.Join(", ", result.Tried.Select(t => $"{t.Threshold:F3} {t.Report.F1:F3}"))}"));
            Console.WriteLine($"cross-validated ({folds.Values.Distinct().Count()} folds) on {goldOfFolds}, at that threshold:");
            result.Report.Lines().ToList().ForEach(line => Console.WriteLine("  " + line));
            if (heldOutPath is not null)
                File.WriteAllLines(heldOutPath, result.Predictions.Values.Select(p => p.GetRawText()));
            calibration = Calibration.Fit(result.Outcomes);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"calibration: slope {calibration.Slope:F3}, intercept {calibration.Intercept:F3}; held-out claims by confidence:"));
            foreach (var (from, to, count, right) in CrossValidation.CalibrationTable(result.Outcomes, calibration))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {from:F1}–{to:F1}: {count,4} claims, {right:P0} right"));
        }

        var (final, counts) = ClaimTrainer.Train(documents, features, settings);
        final = final.WithCalibration(calibration).WithThreshold(threshold);
        Console.Error.WriteLine($"gold claims aligned to a candidate: {counts.Aligned}; not aligned: {counts.Unaligned} ({counts.UnalignedRequired} required)");
        if (showUnaligned)
            foreach (var (doc, claim) in counts.Missed)
                Console.Error.WriteLine($"unaligned {doc}: {claim.Item} | {claim.Evidence}");
        foreach (var set in evaluate)
        {
            var parts = set.Split('=', 2);
            if (parts.Length != 2)
                throw new InputException("--evaluate", $"expected GOLD_DIR=ARTICLES, found '{set}'");
            var extractor = new ClaimExtractor(final, features, lexicon, disabledRules: left);
            var predictions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var outcome in new DocumentReader().Read([parts[1]]))
                if (outcome.Document is { } document)
                    predictions[document.Id] = JsonDocument.Parse(ClaimsJson.Serialize(pipeline.Dating(extractor).Extract(pipeline.Analyze(document)))).RootElement;
            Console.WriteLine($"{parts[0]}:");
            ClaimScorer.Score(parts[0], predictions).Lines().ToList().ForEach(line => Console.WriteLine("  " + line));
        }
        if (output is not null)
        {
            Directory.CreateDirectory(output);
            var path = Path.Combine(output, ClaimModels.FileName);
            final.Save(path);
            Console.Error.WriteLine($"wrote {path} ({new FileInfo(path).Length / 1024:N0} KiB)");
        }
        return 0;
    }

    private static List<TrainingDocument> Load(ArmsWatchPipeline pipeline, string[] goldDirectories, string[] articles)
    {
        var gold = new Dictionary<string, GoldDocument>(StringComparer.Ordinal);
        foreach (var directory in goldDirectories)
            foreach (var (doc, document) in GoldDocument.ReadFolder(directory))
                gold[doc] = document;
        var documents = new List<TrainingDocument>();
        foreach (var outcome in new DocumentReader().Read(articles))
        {
            if (outcome.Error is { } error)
                throw error;
            if (gold.TryGetValue(outcome.Document!.Id, out var annotations))
                documents.Add(new TrainingDocument(pipeline.Analyze(outcome.Document), annotations));
        }
        var missing = gold.Keys.Except(documents.Select(d => d.Gold.Doc)).ToList();
        if (missing.Count > 0)
            throw new InputException(string.Join(", ", goldDirectories), $"{missing.Count} gold file(s) have no article among --articles (e.g. {missing[0]})");
        return documents;
    }
}
