namespace ArmsWatch.Cli.Fuzzing;

/// <summary>What a fuzzing run did: inputs and time per stage, the slowest input, and the distinct findings.</summary>
public sealed record FuzzReport(long Inputs, IReadOnlyDictionary<FuzzStage, long> PerStage, IReadOnlyDictionary<FuzzStage, TimeSpan> TimeByStage, TimeSpan Slowest, FuzzStage SlowestStage, IReadOnlyList<FuzzFinding> Findings, TimeSpan Elapsed);
