using System.Diagnostics;
using ArmsWatch.Documents;
using ArmsWatch.Knowledge;
using ArmsWatch.Reading;
using ArmsWatch.Tests.Register;
using ArmsWatch.Tests.Server;
using Xunit.Abstractions;

namespace ArmsWatch.Tests.Knowledge;

/// <summary>What the knowledge stage costs beside the rest of the pipeline, on the dev articles, warm, one thread: the
/// stage alone (states, organisations, people, a catalogue of thousands of names) and the same documents' analysis.</summary>
/// <remarks>Run: ARMSWATCH_BENCH=1 dotnet test -c Release --filter "FullyQualifiedName~KnowledgeSpeedBenchmark" --logger "console;verbosity=detailed"</remarks>
[Trait("Category", "Benchmark")]
public sealed class KnowledgeSpeedBenchmark(ITestOutputHelper output)
{
    [BenchmarkFact]
    public void Knowledge_stage_words_per_second_beside_the_whole_analysis()
    {
        var pipeline = RegisterTestData.Pipeline;
        var sources = new DocumentReader().Read([RepositoryPaths.Shared("eval", "dev", "articles.jsonl")])
            .Select(o => o.Document!).ToList();
        var words = sources.Sum(d => d.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        var analysed = sources.Select(pipeline.Analyze).ToList();
        var tokenizer = ArmsWatch.Text.Tokenizer.LoadDefault();
        var directory = Path.Combine(ShippedFiles.DataDirectory, "knowledge");
        var stage = new KnowledgeStage(new EntityRecognizer(StateLexicon.Load(directory, tokenizer), WeaponLexicon.Load(directory),
            TrainingFinder.Load(directory)), PersonFinder.Load(directory, ShippedFiles.Data("office-holders.tsv"), tokenizer),
            PersonNames.Load(directory));
        // CPU time of this thread's work, best of 15: on a machine shared with other builds, wall time measures the load.
        double Best(Action pass)
        {
            var best = double.MaxValue;
            var process = Process.GetCurrentProcess();
            for (var round = 0; round < 15; round++)
            {
                process.Refresh();
                var before = process.TotalProcessorTime;
                pass();
                process.Refresh();
                best = Math.Min(best, (process.TotalProcessorTime - before).TotalSeconds);
            }
            return best;
        }
        var knowledge = Best(() =>
        {
            foreach (var document in analysed)
                stage.Annotate(new AnalyzedDocument(document.Source, document.Sentences));
        });
        var whole = Best(() => _ = pipeline.ExtractAll([RepositoryPaths.Shared("eval", "dev", "articles.jsonl")], _ => { }).Sum(c => c.Claims.Count));
        output.WriteLine($"{words} words, CPU time: knowledge stage {knowledge * 1000:F1} ms ({words / knowledge:N0} words per " +
            $"CPU-second); whole pipeline {whole * 1000:F1} ms ({words / whole:N0} words per CPU-second); the stage is {knowledge / whole:P1} of it");
    }
}
