using System.CommandLine;
using ArmsWatch.Cli.Fuzzing;
using ArmsWatch.Reading;

namespace ArmsWatch.Cli.Commands;

/// <summary>
/// <c>armswatch fuzz --inputs N --seed S [--seeds PATH...]</c>: mutated inputs through the reader (text, HTML, JSON
/// Lines, pages, feeds), the tokenizer and the extractor; anything thrown but <c>InputException</c> is saved as a finding.
/// </summary>
public static class FuzzCommand
{
    public static Command Create()
    {
        var inputs = new Option<long>("--inputs") { Description = "How many inputs to generate, spread over the stages in turn.", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "The run's seed: the same seed gives the same inputs.", DefaultValueFactory = _ => 1 };
        var seedPaths = new Option<string[]>("--seeds")
        {
            Description = "Articles to mutate (.txt, .html, .jsonl files or folders); default: ../shared/eval/dev/articles.jsonl and ../shared/eval/seeds/articles.",
            AllowMultipleArgumentsPerToken = true,
        };
        var findings = new Option<string>("--findings") { Description = "Where inputs that crash or hang are saved, one folder per stage.", DefaultValueFactory = _ => "fuzz-findings" };
        var limit = new Option<double>("--limit") { Description = "Seconds one input may take before it counts as a hang.", DefaultValueFactory = _ => 10 };
        var command = new Command("fuzz", "Feed generated, mutated inputs to the reader, tokenizer and extractor; report crashes and hangs.");
        command.Options.Add(inputs);
        command.Options.Add(seed);
        command.Options.Add(seedPaths);
        command.Options.Add(findings);
        command.Options.Add(limit);
        command.SetAction(parse => Run(parse.GetValue(inputs), parse.GetValue(seed), parse.GetValue(seedPaths), parse.GetValue(findings)!, parse.GetValue(limit)));
        return command;
    }

    private static int Run(long inputs, int seed, string[]? seedPaths, string findings, double limit)
    {
        var paths = seedPaths is { Length: > 0 } ? seedPaths : [Path.Combine("..", "shared", "eval", "dev", "articles.jsonl"), Path.Combine("..", "shared", "eval", "seeds", "articles")];
        var texts = new DocumentReader().Read(paths).Where(outcome => outcome.Document is not null).Select(outcome => outcome.Document!.Text).ToList();
        if (texts.Count == 0)
        {
            Console.Error.WriteLine($"error: no seed articles in {string.Join(", ", paths)} (give some with --seeds)");
            return 2;
        }
        var runner = new FuzzRunner(FuzzTargets.LoadDefault(), new FuzzSeeds(texts), Path.GetFullPath(findings), TimeSpan.FromSeconds(limit));
        var report = runner.Run(inputs, seed, Environment.ProcessorCount, done => Console.Error.WriteLine($"fuzz: {done:N0} inputs"));
        Console.WriteLine($"fuzzed {report.Inputs:N0} inputs from {texts.Count} seed articles in {report.Elapsed.TotalSeconds:0} s "
            + $"({string.Join(", ", report.PerStage.Select(pair => $"{pair.Key.ToString().ToLowerInvariant()} {pair.Value:N0} in {report.TimeByStage[pair.Key].TotalSeconds:0} s"))}); "
            + $"slowest input {report.Slowest.TotalMilliseconds:0} ms ({report.SlowestStage.ToString().ToLowerInvariant()}); {report.Findings.Count} distinct finding(s)");
        foreach (var finding in report.Findings)
            Console.WriteLine($"finding: {finding.Signature}: {finding.Message} → {finding.SavedAs}");
        return report.Findings.Count == 0 ? 0 : 1;
    }
}
