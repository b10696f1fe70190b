using System.CommandLine;
using System.Globalization;
using ArmsWatch.Cli.Commands;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Server;

/// <summary><c>armswatch serve</c>: refuses to expose the register's write endpoints without a key; watches folders in-process.</summary>
// Console output is process-wide: the tests that capture it run one at a time.
[Collection(ConsoleCollection.Name)]
public sealed class ServeCommandTests
{
    [Fact]
    public void Serve_on_a_non_loopback_address_without_a_key_fails_before_opening_the_register()
    {
        using var register = new SqliteTestRegister();
        var root = new RootCommand();
        root.Subcommands.Add(ServeCommand.Create());
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        try
        {
            // No key may come from the environment here: this process's ARMSWATCH_API_KEY is not set by the tests.
            Assert.Null(Environment.GetEnvironmentVariable(ServeCommand.ApiKeyVariable));
            Assert.Equal(2, root.Parse(["serve", "--urls", "http://0.0.0.0:5080", "--db", register.FilePath]).Invoke());
        }
        finally
        {
            Console.SetError(previous);
        }
        Assert.Contains("--api-key", error.ToString());
        Assert.False(File.Exists(register.FilePath));
    }

    [Fact]
    public async Task Serve_with_a_folder_stores_a_dropped_article_and_serves_its_claims()
    {
        using var register = new SqliteTestRegister();
        var inbox = Directory.CreateTempSubdirectory("armswatch-inbox").FullName;
        var port = FreePort();
        var root = new RootCommand();
        root.Subcommands.Add(ServeCommand.Create());
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var serving = root.Parse(["serve", "--db", register.FilePath, "--urls", $"http://127.0.0.1:{port}", "--folder", inbox, "--interval", "1s"])
            .InvokeAsync(cancellationToken: stop.Token);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(inbox, "rafale.txt"), "France delivered 26 Rafale jets to India in 2022.");
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            string? body = null;
            while (!stop.IsCancellationRequested && body?.Contains("\"Rafale\"") != true)
            {
                await Task.Delay(250, stop.Token);
                try { body = await http.GetStringAsync("/api/claims?supplier=FRA", stop.Token); }
                catch (HttpRequestException) { /* the server is still starting */ }
            }
            Assert.Contains("\"recipient\":\"IND\"", body);
        }
        finally
        {
            await stop.CancelAsync();
            await serving;
            Directory.Delete(inbox, recursive: true);
        }
    }

    [Theory]
    [InlineData("http://127.0.0.1:99999")]
    [InlineData("http://127.0.0.1:{busy}")]
    public void Serve_on_an_address_it_cannot_bind_says_so_in_one_line(string url)
    {
        using var register = new SqliteTestRegister();
        using var busy = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        busy.Start();
        url = url.Replace("{busy}", ((System.Net.IPEndPoint)busy.LocalEndpoint).Port.ToString(CultureInfo.InvariantCulture));
        var root = new RootCommand();
        root.Subcommands.Add(ServeCommand.Create());
        var error = new StringWriter();
        var previous = Console.Error;
        Console.SetError(error);
        int status;
        try
        {
            status = root.Parse(["serve", "--urls", url, "--db", register.FilePath]).Invoke();
        }
        finally
        {
            Console.SetError(previous);
        }

        Assert.Equal(2, status);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // One line naming the address; a busy port also says what to do (issue #19's wording, CommandLineTests).
        var line = Assert.Single(lines);
        Assert.StartsWith("error: ", line);
        Assert.Contains(url, line);
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
