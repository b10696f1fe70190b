namespace ArmsWatch.Cli.Fuzzing;

/// <summary>An input that made a stage throw something other than <c>InputException</c>, or run past the time limit.</summary>
/// <param name="Signature">Stage, exception type and throwing method: findings with one signature are one bug.</param>
public sealed record FuzzFinding(FuzzStage Stage, string Signature, string Message, string SavedAs);
