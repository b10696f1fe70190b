namespace ArmsWatch.Watching;

/// <summary>What one round of polling and scanning left undone: sources that failed, files left for a later scan.</summary>
public sealed record WatchRound(int Failed, int Deferred);
