using System.CommandLine;
using ArmsWatch.Cli.Commands;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Server;

/// <summary><c>armswatch serve</c> refuses to expose the register's write endpoints without a key.</summary>
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
}
