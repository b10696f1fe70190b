using System.CommandLine;
using ArmsWatch.Cli.Commands;

namespace ArmsWatch.Tests.Register;

/// <summary>The register's commands end to end on the seed articles, in a temporary SQLite register.</summary>
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
        Assert.Contains(lines, line => line.StartsWith("RUS,IRN,MiG-29,"));
        Assert.False(File.Exists(csv + ".partial"));
    }
}
