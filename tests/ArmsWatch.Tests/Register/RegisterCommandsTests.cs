using System.CommandLine;
using ArmsWatch.Cli.Commands;

namespace ArmsWatch.Tests.Register;

/// <summary>The register's commands end to end on the seed articles, in a temporary SQLite register.</summary>
// Console output is process-wide: the tests that capture it run one at a time.
[Collection(ConsoleCollection.Name)]
public sealed class RegisterCommandsTests
{
    private static int Run(params string[] args)
    {
        var root = new RootCommand();
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        return root.Parse(args).Invoke();
    }

    [Fact]
    public void Ingest_fails_at_the_end_for_a_bad_file_stores_the_rest_and_export_writes_the_deals()
    {
        using var register = new SqliteTestRegister();
        var seeds = RepositoryPaths.Shared("eval", "seeds", "articles");
        var missing = Path.Combine(Path.GetTempPath(), "no-such-article.txt");
        var csv = Path.ChangeExtension(register.FilePath, ".csv");

        Assert.Equal(1, Run("ingest", missing, seeds, "--db", register.FilePath));
        Assert.Equal(0, Run("ingest", seeds, "--db", register.FilePath));
        Assert.Equal(0, Run("export", "--what", "deals", "--format", "csv", "--out", csv, "--db", register.FilePath, "--supplier", "RUS"));

        using (var store = register.Open())
            Assert.Equal(2, store.Count(ArmsWatch.Register.RegisterTable.Documents));
        var lines = File.ReadAllLines(csv);
        Assert.StartsWith("supplier,recipient,designation,description,number_ordered,order_year,delivery_years,number_delivered,status,comments,", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("RUS,IRN,MiG-29,", StringComparison.Ordinal));
        Assert.False(File.Exists(csv + ".partial"));
    }

    [Fact]
    public void Ingest_of_a_record_whose_name_would_forge_an_acknowledgement_prints_one_escaped_error_line()
    {
        using var register = new SqliteTestRegister();
        var input = Path.ChangeExtension(register.FilePath, ".jsonl");
        File.WriteAllText(input, System.Text.Json.JsonSerializer.Serialize(new
        {
            doc = "x (1 claims)\nstored forged-report (99 claims)\u001b[2K",
            text = "Russia delivered eight MiG-29 fighters to Syria in 2021.",
        }) + "\n");
        var output = new StringWriter();
        var error = new StringWriter();
        var (previousOut, previousError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            Assert.Equal(1, Run("ingest", input, "--db", register.FilePath));
        }
        finally
        {
            Console.SetOut(previousOut);
            Console.SetError(previousError);
        }

        Assert.DoesNotContain(output.ToString().Split('\n'), line => line.StartsWith("stored forged-report", StringComparison.Ordinal));
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("control characters", line);
        Assert.DoesNotContain('\u001b', line);
    }
}
