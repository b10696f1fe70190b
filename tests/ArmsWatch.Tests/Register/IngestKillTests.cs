using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ArmsWatch.Register;
using Xunit.Abstractions;

namespace ArmsWatch.Tests.Register;

/// <summary>
/// The short kill test of <c>armswatch ingest</c>, run in CI: real processes killed with SIGKILL while they store
/// documents. Every document acknowledged ("stored ...", printed after its commit) is in the register, none twice, the
/// run that follows (or the worker that survives) stores the rest, and the deals and tallies kept at ingest agree with
/// the claims.
/// </summary>
public sealed class IngestKillTests(ITestOutputHelper output)
{
    private const int Copies = 10;

    [Fact]
    public async Task SQLite_ingest_killed_three_times_then_rerun_loses_and_doubles_nothing()
    {
        using var register = new SqliteTestRegister();
        var input = WriteInput(register.FilePath);
        var acknowledged = new List<string>();
        var random = new Random(20);
        for (var kill = 0; kill < 3; kill++)
        {
            // Killed once it has stored a few more documents, at a random moment after that.
            using var worker = Ingest(input, register.FilePath);
            await worker.WaitForAcknowledgements(5 + random.Next(10));
            await Task.Delay(random.Next(400));
            acknowledged.AddRange(await worker.Kill());
        }
        using var last = Ingest(input, register.FilePath);
        var (status, rest) = await last.Finish();

        Assert.True(status == 0, $"the last run exited with {status}: {last.Errors}");
        output.WriteLine($"{acknowledged.Count} acknowledged before the kills, {rest.Count} by the last run");
        using var store = register.Open();
        AssertComplete(store, acknowledged.Concat(rest));
        using var connection = store.Dialect.Open();
        using var integrity = ParameterisedCommand.Create(connection, null, "PRAGMA integrity_check");
        Assert.Equal("ok", integrity.ExecuteScalar());
    }

    [Fact]
    public async Task PostgreSQL_worker_killed_midway_leaves_nothing_the_survivor_does_not_store()
    {
        using var register = new PostgresTestRegister();
        using (register.Open())
        {
            // Migrated once up front, so both workers start on the same footing.
        }
        var input = WriteInput(Path.Combine(Path.GetTempPath(), $"armswatch-kill-{Guid.NewGuid():N}"));
        try
        {
            using var doomed = Ingest(input, register.ConnectionString);
            using var survivor = Ingest(input, register.ConnectionString);
            await doomed.WaitForAcknowledgements(8);
            var killed = await doomed.Kill();
            var (status, stored) = await survivor.Finish();

            output.WriteLine($"killed worker acknowledged {killed.Count}; survivor: {stored.Count} lines, exit {status}");
            Assert.True(status == 0, $"the survivor exited with {status}: {survivor.Errors}");
            using var store = register.Open();
            AssertComplete(store, killed.Concat(stored));
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>Every document of the input stored once, every acknowledged one among them, and the derived tables in step with the claims.</summary>
    private static void AssertComplete(RegisterStore store, IEnumerable<string> acknowledged)
    {
        var documents = RegisterTestData.DevArticles.Count * Copies;
        Assert.Equal(documents, store.Count(RegisterTable.Documents));
        using var connection = store.Dialect.Open();
        long Scalar(string sql)
        {
            using var command = ParameterisedCommand.Create(connection, null, sql);
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        Assert.Equal(documents, Scalar("SELECT COUNT(DISTINCT doc) FROM documents"));
        var stored = new HashSet<string>(StringComparer.Ordinal);
        using (var names = ParameterisedCommand.Create(connection, null, "SELECT doc FROM documents"))
        using (var reader = names.ExecuteReader())
            while (reader.Read())
                stored.Add(reader.GetString(0));
        Assert.All(acknowledged, doc => Assert.Contains(doc, stored));
        var claims = store.Count(RegisterTable.Claims);
        Assert.Equal(documents, Scalar("SELECT value FROM register_totals WHERE name = 'documents'"));
        Assert.Equal(claims, Scalar("SELECT COALESCE(SUM(claims), 0) FROM claim_tallies"));
        Assert.Equal(claims, Scalar("SELECT COALESCE(SUM(mentions), 0) FROM deals"));
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM claims WHERE deal_id IS NULL OR deal_id NOT IN (SELECT id FROM deals)"));
        Assert.Equal(claims, Scalar("SELECT COALESCE(SUM(mentions), 0) FROM deal_steps"));
    }

    /// <summary>The dev articles ten times over (350 articles), each copy its own text (as tools/replicate_articles.py makes them).</summary>
    private static string WriteInput(string near)
    {
        var path = Path.ChangeExtension(near, ".jsonl");
        using var writer = new StreamWriter(path);
        for (var copy = 0; copy < Copies; copy++)
            foreach (var article in RegisterTestData.DevArticles)
                writer.WriteLine(JsonSerializer.Serialize(new
                {
                    doc = $"{article.Id}-copy{copy}",
                    published = article.Published?.ToString(),
                    text = article.Text + $"\n\nArchive copy number {copy + 1}.",
                }));
        return path;
    }

    private static IngestProcess Ingest(string input, string target) => new(input, target);

    /// <summary>One <c>armswatch ingest</c> process, its acknowledgements collected as they are printed.</summary>
    private sealed class IngestProcess : IDisposable
    {
        private static readonly System.Text.RegularExpressions.Regex Acknowledgement = new(@"^stored (.+) \(\d+ claims\)$");

        private readonly Process process;
        private readonly List<string> acknowledged = [];
        private readonly List<string> errors = [];
        private readonly SemaphoreSlim printed = new(0);

        public IngestProcess(string input, string target)
        {
            process = new Process
            {
                StartInfo = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "ArmsWatch.Cli"), ["ingest", input, "--db", target])
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                },
            };
            process.OutputDataReceived += (_, line) =>
            {
                // "stored NAME (N claims)": this worker's commit; "stored by another worker: NAME" is not its acknowledgement.
                if (line.Data is { } text && Acknowledgement.Match(text) is { Success: true } match)
                {
                    lock (acknowledged)
                        acknowledged.Add(match.Groups[1].Value);
                    printed.Release();
                }
            };
            process.ErrorDataReceived += (_, line) =>
            {
                if (line.Data is { } text)
                    lock (errors)
                        errors.Add(text);
            };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }

        public async Task WaitForAcknowledgements(int count)
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            while (Acknowledged.Count < count && !process.HasExited)
                await printed.WaitAsync(TimeSpan.FromMilliseconds(200), limit.Token);
        }

        /// <summary>SIGKILL: no clean-up, no flush; what it acknowledged before is all it may have promised.</summary>
        public async Task<List<string>> Kill()
        {
            process.Kill();
            await process.WaitForExitAsync();
            return Acknowledged;
        }

        public async Task<(int Status, List<string> Acknowledged)> Finish()
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(limit.Token);
            return (process.ExitCode, Acknowledged);
        }

        /// <summary>What the process printed on standard error, to show why a run failed.</summary>
        public string Errors
        {
            get
            {
                lock (errors)
                    return string.Join('\n', errors);
            }
        }

        private List<string> Acknowledged
        {
            get
            {
                lock (acknowledged)
                    return [.. acknowledged];
            }
        }

        public void Dispose()
        {
            if (!process.HasExited)
                process.Kill();
            process.Dispose();
            printed.Dispose();
        }
    }
}
