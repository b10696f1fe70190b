using ArmsWatch.Server;

namespace ArmsWatch.Tests.Server;

public sealed class ListenPolicyTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://127.0.0.2:80", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://[::]:5080", false)]
    [InlineData("http://192.168.1.20:5080", false)]
    [InlineData("http://armswatch.example.org", false)]
    public void Only_loopback_addresses_count_as_loopback(string url, bool loopback) =>
        Assert.Equal(loopback, ListenPolicy.IsLoopback(url));

    [Fact]
    public void Listening_beyond_loopback_without_a_key_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ListenPolicy.Check(["http://127.0.0.1:5080", "http://0.0.0.0:5080"], null));
        Assert.Contains("http://0.0.0.0:5080", error.Message);
        Assert.Contains("--api-key", error.Message);
    }

    [Fact]
    public void Listening_beyond_loopback_with_a_key_is_allowed() => ListenPolicy.Check(["http://0.0.0.0:5080"], "key");

    [Fact]
    public void Listening_on_loopback_needs_no_key() => ListenPolicy.Check(["http://127.0.0.1:5080", "http://localhost:5081"], null);
}
