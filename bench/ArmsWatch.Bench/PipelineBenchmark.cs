using BenchmarkDotNet.Attributes;

namespace ArmsWatch.Bench;

/// <summary>The whole pipeline (read → tokenize → tag → parse → extract) over the 35 dev articles, warm, on one thread:
/// words per second per core = the words printed at setup / mean time.</summary>
[MemoryDiagnoser]
public class PipelineBenchmark
{
    private ArmsWatchPipeline _pipeline = null!;
    private string[] _articles = [];

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = ArmsWatchPipeline.LoadDefault();
        _articles = [Path.Combine(RepositoryFiles.SharedDirectory(), "eval", "dev", "articles.jsonl")];
        var words = File.ReadLines(_articles[0])
            .Where(line => line.Trim().Length > 0)
            .Sum(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!
                .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        Console.WriteLine($"// {words} words (whitespace-separated) in the article texts");
    }

    [Benchmark(Description = "Extract the dev articles (read, tokenize, tag, parse, extract)")]
    public int ExtractDev() => _pipeline.ExtractAll(_articles, _ => { }).Sum(claims => claims.Claims.Count);
}
