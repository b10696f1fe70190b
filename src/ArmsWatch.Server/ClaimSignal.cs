namespace ArmsWatch.Server;

/// <summary>
/// Wakes the live streams as soon as this process stores a claim, so they need not wait for their next poll.
/// Claims stored by other processes are found by the poll alone (see <see cref="ClaimStreamApi"/>).
/// </summary>
public sealed class ClaimSignal
{
    private TaskCompletionSource next = New();

    /// <summary>Completes at the next <see cref="Pulse"/>; take it before looking for claims, so a pulse in between is not lost.</summary>
    public Task Next => Volatile.Read(ref next).Task;

    public void Pulse() => Interlocked.Exchange(ref next, New()).TrySetResult();

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
