using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using ArmsWatch.Documents;

namespace ArmsWatch.Cli.Fuzzing;

/// <summary>
/// Generates mutated inputs and runs each through one stage, in parallel. Input <c>i</c> of seed <c>s</c> is the same
/// on every run and machine, so a finding is reproduced by its number. A watchdog bounds every input in time: one that
/// runs past the limit is saved and the run stops, since a hung thread cannot be taken back.
/// </summary>
public sealed class FuzzRunner(FuzzTargets targets, FuzzSeeds seeds, string findingsFolder, TimeSpan limit)
{
    private static readonly FuzzStage[] Stages = Enum.GetValues<FuzzStage>();

    /// <param name="progress">Told every so many inputs of the count done so far.</param>
    public FuzzReport Run(long inputs, int seed, int workers, Action<long>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var perStage = Stages.ToDictionary(stage => stage, _ => 0L);
        var timeByStage = Stages.ToDictionary(stage => stage, _ => TimeSpan.Zero);
        var findings = new ConcurrentDictionary<string, FuzzFinding>();
        var running = new (long Input, long StartedAt)[workers];
        var slowest = (Ticks: 0L, Stage: FuzzStage.Text);
        var gate = new object();
        long done = 0;
        using var watchdog = Watchdog(running, seed, clock);
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
        {
            var scratch = Path.Combine(Path.GetTempPath(), $"armswatch-fuzz-{Environment.ProcessId}-{worker}");
            var counts = new long[Stages.Length];
            var ticks = new long[Stages.Length];
            try
            {
                for (var input = (long)worker; input < inputs; input += workers)
                {
                    var (stage, bytes) = Generate(seed, input);
                    var started = Stopwatch.GetTimestamp();
                    Volatile.Write(ref running[worker].Input, input);
                    Volatile.Write(ref running[worker].StartedAt, started);
                    try
                    {
                        targets.Run(stage, bytes, scratch);
                    }
                    catch (InputException)
                    {
                        // Bad input named as such: the one exception allowed out.
                    }
                    catch (Exception e)
                    {
                        var finding = Save(stage, bytes, e, input);
                        findings.TryAdd(finding.Signature, finding);
                    }
                    Volatile.Write(ref running[worker].StartedAt, 0);
                    var took = Stopwatch.GetTimestamp() - started;
                    if (took > slowest.Ticks)
                        lock (gate)
                            if (took > slowest.Ticks)
                                slowest = (took, stage);
                    counts[(int)stage]++;
                    ticks[(int)stage] += took;
                    var total = Interlocked.Increment(ref done);
                    if (total % 10_000 == 0)
                        progress?.Invoke(total);
                }
            }
            finally
            {
                lock (gate)
                    foreach (var stage in Stages)
                    {
                        perStage[stage] += counts[(int)stage];
                        timeByStage[stage] += Stopwatch.GetElapsedTime(0, ticks[(int)stage]);
                    }
                foreach (var file in Directory.EnumerateFiles(Path.GetTempPath(), Path.GetFileName(scratch) + ".*"))
                    File.Delete(file);
            }
        });
        return new FuzzReport(done, perStage, timeByStage, Stopwatch.GetElapsedTime(0, slowest.Ticks), slowest.Stage, findings.Values.OrderBy(f => f.Signature).ToList(), clock.Elapsed);
    }

    /// <summary>Input number <paramref name="input"/> of a run with this seed: its stage and its bytes.</summary>
    public (FuzzStage Stage, byte[] Bytes) Generate(int seed, long input)
    {
        var random = new Random(Mix(seed, input));
        var stage = Stages[input % Stages.Length];
        return (stage, InputMutator.Mutate(seeds.For(stage, random), seeds.Texts, random));
    }

    // SplitMix64 of seed and number: HashCode.Combine would differ between processes, and runs must be repeatable.
    private static int Mix(int seed, long input)
    {
        var z = unchecked(((ulong)(uint)seed << 40) ^ (ulong)input) + 0x9E3779B97F4A7C15UL;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }

    private FuzzFinding Save(FuzzStage stage, byte[] bytes, Exception e, long input)
    {
        var frame = new StackTrace(e).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("ArmsWatch", StringComparison.Ordinal) == true)?.GetMethod();
        var signature = $"{stage}: {e.GetType().Name} in {frame?.DeclaringType?.Name}.{frame?.Name}";
        return new FuzzFinding(stage, signature, $"input {input}: {e.Message}", SaveInput(stage, bytes, "crash"));
    }

    private string SaveInput(FuzzStage stage, byte[] bytes, string kind)
    {
        var folder = Path.Combine(findingsFolder, stage.ToString().ToLowerInvariant());
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{kind}-{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private Timer Watchdog((long Input, long StartedAt)[] running, int seed, Stopwatch clock) => new(_ =>
    {
        for (var worker = 0; worker < running.Length; worker++)
        {
            var started = Volatile.Read(ref running[worker].StartedAt);
            if (started == 0 || Stopwatch.GetElapsedTime(started) < limit)
                continue;
            var input = Volatile.Read(ref running[worker].Input);
            var (stage, bytes) = Generate(seed, input);
            var saved = SaveInput(stage, bytes, "hang");
            Console.Error.WriteLine($"error: fuzz input {input} ({stage}) ran past {limit.TotalSeconds:0.#} s after {clock.Elapsed.TotalSeconds:0} s of fuzzing; saved to {saved}");
            Environment.Exit(3);
        }
    }, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
}
