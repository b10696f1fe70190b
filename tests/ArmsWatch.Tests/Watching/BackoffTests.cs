using ArmsWatch.Watching;

namespace ArmsWatch.Tests.Watching;

public sealed class BackoffTests
{
    [Fact]
    public void The_wait_doubles_with_each_failure_up_to_the_cap()
    {
        var backoff = new Backoff(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(10));

        Assert.Equal([1, 2, 4, 8, 10, 10], Enumerable.Range(1, 6).Select(n => backoff.After(n).TotalMinutes));
        Assert.Equal(TimeSpan.FromMinutes(10), backoff.After(int.MaxValue));
    }
}
