using System.Text.Json;

namespace ArmsWatch.Tests.Cli;

/// <summary>`armswatch claims` and `deals`: they never create a register, take state names, and print JSON for a pipe, a table for a person.</summary>
[Collection(ReadableRegisters.Collection)]
public sealed class ListingCommandTests(ReadableRegisters registers)
{
    [Theory]
    [InlineData("claims")]
    [InlineData("deals")]
    [InlineData("export", "--what", "claims", "--format", "csv", "--out", "-")]
    public async Task Reading_a_register_that_does_not_exist_is_an_error_and_creates_none(params string[] command)
    {
        var missing = Path.Combine(Path.GetTempPath(), $"armswatch-typo-{Guid.NewGuid():N}.db");
        var (code, output, error) = await CommandLine.Run([.. command, "--db", missing]);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"error: no register at {missing}", error);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task A_db_url_of_an_unknown_scheme_is_an_error_not_a_file_name()
    {
        var (code, _, error) = await CommandLine.Run("claims", "--db", "mysql://user:secret@host/arms");
        Assert.Equal(2, code);
        Assert.StartsWith("error: --db mysql://user:***@host/arms: 'mysql' is not a register ArmsWatch can use", error);
        Assert.False(Directory.Exists("mysql:"));

        var (ingest, _, _) = await CommandLine.Run("ingest", Path.Combine(RepositoryPaths.Root, "samples", "s300-iran-2016.txt"), "--db", "mysql://user:secret@host/arms");
        Assert.Equal(2, ingest);
        Assert.False(Directory.Exists("mysql:"));
        Assert.Null(ArmsWatch.Cli.Presentation.StoreTargetCheck.Problem("postgres://user:secret@host/arms"));
        Assert.Null(ArmsWatch.Cli.Presentation.StoreTargetCheck.Problem("postgresql://host/arms"));
    }

    [Fact]
    public async Task Supplier_takes_a_state_name_in_any_case_as_well_as_its_code()
    {
        var db = registers.FilePath("seeds");
        var (_, byCode, _) = await CommandLine.Run("claims", "--db", db, "--supplier", "RUS", "--format", "json");
        var (_, byName, _) = await CommandLine.Run("claims", "--db", db, "--supplier", "russia", "--recipient", "Iran", "--format", "json");
        Assert.True(JsonDocument.Parse(byCode).RootElement.GetArrayLength() > 10);
        Assert.Equal(byCode, byName);
    }

    [Fact]
    public async Task Redirected_output_is_json_without_needless_escapes()
    {
        var (code, output, _) = await CommandLine.Run("claims", "--db", registers.FilePath("seeds"));
        Assert.Equal(0, code);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(output).RootElement.ValueKind);
        Assert.Contains("world's", output);
        Assert.DoesNotContain("\\u0027", output);
        Assert.DoesNotContain("\\u0022", output);
    }

    [Fact]
    public async Task Table_is_chosen_with_format_table_even_when_redirected()
    {
        var (code, output, _) = await CommandLine.Run("claims", "--db", registers.FilePath("seeds"), "--format", "table", "--supplier", "RUS");
        Assert.Equal(0, code);
        Assert.Matches(@"^ *# +supplier +recipient +system or item +stage, certainty +year", output.Split('\n')[0]);
        Assert.All(CommandLine.Lines(output), line => Assert.True(TableOutput.Width(line.TrimEnd('\r')) <= ArmsWatch.Cli.Presentation.Terminal.DefaultWidth, line));
    }
}
