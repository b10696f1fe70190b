using System.Net;
using System.Net.Sockets;

namespace ArmsWatch.Tests.Cli;

/// <summary>The `armswatch` command line: one name and one version; a mistake or a busy port said in a line or two, never the whole help or a stack trace.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Version_and_double_dash_version_print_the_same_name_and_version()
    {
        var (code, version, _) = await CommandLine.Run("version");
        var (_, option, _) = await CommandLine.Run("--version");
        Assert.Equal(0, code);
        Assert.Equal($"armswatch {ProductInfo.Version}", version.Trim());
        Assert.Equal(version, option);
        Assert.DoesNotContain("+", ProductInfo.Version);
        Assert.Matches(@"^\d+\.\d+\.\d+$", ProductInfo.Version);
    }

    [Fact]
    public async Task A_mistyped_command_gets_a_suggestion_and_not_the_whole_help()
    {
        var (code, output, error) = await CommandLine.Run("claim", "--supplier", "RUS");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("did you mean 'claims'?", error);
        Assert.Contains("see 'armswatch --help'", error);
        Assert.DoesNotContain("Usage:", error);
        Assert.True(CommandLine.Lines(error).Length <= 4, error);
    }

    [Fact]
    public async Task A_mistyped_option_gets_a_suggestion_without_its_value_reported_too()
    {
        var (code, _, error) = await CommandLine.Run("claims", "--suplier", "RUS");
        Assert.Equal(2, code);
        Assert.Equal(["error: Unrecognized command or argument '--suplier'.", "did you mean '--supplier'?", "see 'armswatch claims --help'"], CommandLine.Lines(error));
    }

    [Fact]
    public async Task No_command_shows_the_commands()
    {
        var (code, output, _) = await CommandLine.Run();
        Assert.Equal(0, code);
        Assert.Contains("armswatch [command] [options]", output);
        Assert.Contains("claims", output);
    }

    [Fact]
    public async Task A_busy_port_is_one_line_naming_the_option_to_use()
    {
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        using var register = new ArmsWatch.Tests.Register.SqliteTestRegister();

        var (code, _, error) = await CommandLine.Run("serve", "--db", register.FilePath, "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(2, code);
        var line = Assert.Single(CommandLine.Lines(error));
        Assert.Equal($"error: http://127.0.0.1:{port} is in use by another program (another armswatch serve?): stop it, or listen elsewhere with --urls http://127.0.0.1:{port + 1}", line.TrimEnd('\r'));
    }

    [Fact]
    public async Task Help_keeps_option_names_short_so_descriptions_have_room()
    {
        var (code, output, _) = await CommandLine.Run("claims", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--category <category>", output);
        Assert.Contains("aircraft, air-defence,", output);
        var names = CommandLine.Lines(output).Where(line => line.StartsWith("  --", StringComparison.Ordinal)).Select(line => line.Trim().Split("  ")[0]);
        Assert.All(names, name => Assert.True(name.Length <= 30, name));
    }
}
