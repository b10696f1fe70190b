using ArmsWatch.Register;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Watching;

/// <summary>The watch state tables (migration 2) behave the same on every engine.</summary>
public abstract class WatchStateContract
{
    private static readonly DateTimeOffset Noon = new(2016, 1, 1, 12, 0, 0, TimeSpan.Zero);

    protected abstract ITestRegister CreateRegister();

    [Fact]
    public void A_feed_keeps_its_validators_and_a_failure_then_a_poll_forgets_the_failure()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var state = new WatchState(store.Dialect);

        state.FeedPolled("http://127.0.0.1/feed", "\"v1\"", "Wed, 16 Dec 2015 10:00:00 GMT", Noon);
        var polled = state.Feed("http://127.0.0.1/feed");
        state.FeedFailed("http://127.0.0.1/feed", 3, Noon.AddMinutes(4), "answered HTTP 500");
        var failed = state.Feed("http://127.0.0.1/feed");

        Assert.Equal(new FeedState("http://127.0.0.1/feed", "\"v1\"", "Wed, 16 Dec 2015 10:00:00 GMT", 0, null), polled);
        Assert.Equal((3, Noon.AddMinutes(4), "\"v1\""), (failed!.Failures, failed.RetryAt, failed.ETag));
        Assert.Null(state.Feed("http://127.0.0.1/other"));
    }

    [Fact]
    public void An_item_is_stored_once_its_hash_is_kept_and_a_failure_before_does_not_count()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var state = new WatchState(store.Dialect);

        state.ItemFailed("http://127.0.0.1/a", "http://127.0.0.1/feed", 1, Noon.AddMinutes(1), "answered HTTP 500", Noon);
        var failed = state.Items("http://127.0.0.1/feed").Single().Value;
        state.ItemStored("http://127.0.0.1/a", "http://127.0.0.1/feed", null, null, "abc", Noon.AddMinutes(2));

        Assert.False(failed.Stored);
        Assert.True(state.IsItemStored("http://127.0.0.1/a"));
        Assert.Equal(new FeedItemState("http://127.0.0.1/a", null, null, "abc", 0, null), state.Items("http://127.0.0.1/feed").Single().Value);
    }

    [Fact]
    public void Folder_files_are_found_by_their_folder_even_with_like_wildcards_in_its_name()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var state = new WatchState(store.Dialect);
        var file = new FolderFileState("/in/a_b%/one.txt", 12, Noon);

        state.FolderFileIngested(file, Noon);
        state.FolderFileIngested(new FolderFileState("/in/aXbY/two.txt", 1, Noon), Noon);

        Assert.Equal([file], state.FolderFiles("/in/a_b%").Values);
    }
}

public sealed class SqliteWatchStateTests : WatchStateContract
{
    protected override ITestRegister CreateRegister() => new SqliteTestRegister();
}

public sealed class PostgresWatchStateTests : WatchStateContract
{
    protected override ITestRegister CreateRegister() => new PostgresTestRegister();
}
