using ArmsWatch.Analysis;
using ArmsWatch.Documents;
using BenchmarkDotNet.Attributes;

namespace ArmsWatch.Bench;

/// <summary>Tagging + parsing throughput over EWT dev with the shipped models; tokens/s = 25,147 words / mean time.</summary>
[MemoryDiagnoser]
public class SyntaxAnalyzerBenchmark
{
    private SyntaxAnalyzer _analyzer = null!;
    private Sentence[] _sentences = [];

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = SyntaxAnalyzer.LoadDefault();
        _sentences = ConllReader.ReadFile(DevFile())
            .Select(s => new Sentence(0, 0, string.Join(' ', s.Words), s.Words.Select(w => new Token(w, 0, w.Length)).ToArray()))
            .ToArray();
        Console.WriteLine($"// {_sentences.Sum(s => s.Tokens.Length)} words in {_sentences.Length} sentences");
    }

    [Benchmark(Description = "Tag and parse EWT dev (25,147 words)")]
    public void TagAndParseDev()
    {
        foreach (var sentence in _sentences)
            _analyzer.Analyze(sentence);
    }

    private static string DevFile() =>
        Path.Combine(RepositoryFiles.SharedDirectory(), "data", "ud-english-ewt", "en_ewt-ud-dev.conllu");
}
