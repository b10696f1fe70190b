using System.Diagnostics;
using System.Text.Json;

namespace ArmsWatch.Tests.EndToEnd;

/// <summary>
/// No output depends on the machine's clock: the whole pipeline (<c>armswatch extract</c> and <c>read</c>) run with the
/// clock faked to 2031 and to 2046 by libfaketime gives byte-identical output on the dev articles (their published
/// field removed, so every date is estimated), the seeds and the hand-written pages.
/// </summary>
public sealed class ClockIndependenceTests : IDisposable
{
    // Debian's libfaketime (apt-get install libfaketime; .ci/run installs it): intercepts clock_gettime, which .NET reads.
    private static readonly string[] FakeTimeLibraries =
    [
        "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
        "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
        "/usr/lib/faketime/libfaketime.so.1",
    ];

    private readonly string _undated = Path.Combine(Path.GetTempPath(), $"armswatch-undated-{Guid.NewGuid():N}.jsonl");

    public ClockIndependenceTests()
    {
        using var writer = new StreamWriter(_undated);
        foreach (var line in File.ReadLines(RepositoryPaths.Shared("eval", "dev", "articles.jsonl")))
        {
            var record = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(line)!;
            record.Remove("published");
            writer.WriteLine(JsonSerializer.Serialize(record));
        }
    }

    public void Dispose() => File.Delete(_undated);

    private string[] Inputs() =>
    [
        _undated,
        RepositoryPaths.Shared("eval", "seeds", "articles"),
        .. Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "ArmsWatch.Tests", "Reading", "Pages"), "*.html").Order(),
    ];

    private static string Run(string fakeTime, params string[] arguments)
    {
        var library = FakeTimeLibraries.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("libfaketime is missing: apt-get install libfaketime (.ci/run installs it)");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ArmsWatch.Cli.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["LD_PRELOAD"] = library;
        start.Environment["FAKETIME"] = fakeTime;
        // Only the wall clock is faked: timers and the runtime's own bookkeeping use the monotonic one.
        start.Environment["DONT_FAKE_MONOTONIC"] = "1";
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors.Result);
        return output;
    }

    [Fact]
    public void The_faked_clock_is_the_clock_the_program_sees()
    {
        // A sanity check of the harness: a text dated only by "this year"-free evidence would hide a broken fake.
        var seen = Run("@2046-01-01 12:00:00", "version");
        Assert.False(string.IsNullOrWhiteSpace(seen));
        var probe = Process.Start(new ProcessStartInfo("date", ["+%Y"]) { RedirectStandardOutput = true, Environment = { ["LD_PRELOAD"] = FakeTimeLibraries.First(File.Exists), ["FAKETIME"] = "@2046-01-01 12:00:00" } })!;
        Assert.Equal("2046", probe.StandardOutput.ReadToEnd().Trim());
    }

    [Fact]
    public void Extract_gives_the_same_claims_and_dates_in_2031_and_in_2046()
    {
        var in2031 = Run("@2031-06-01 12:00:00", ["extract", .. Inputs()]);
        var in2046 = Run("@2046-01-01 12:00:00", ["extract", .. Inputs()]);
        Assert.Equal(35 + 2 + 10, in2031.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(in2031, in2046);
    }

    [Fact]
    public void Read_gives_the_same_texts_and_dates_in_2031_and_in_2046()
    {
        var in2031 = Run("@2031-06-01 12:00:00", ["read", "--json", .. Inputs()]);
        var in2046 = Run("@2046-01-01 12:00:00", ["read", "--json", .. Inputs()]);
        Assert.Equal(in2031, in2046);
    }
}
