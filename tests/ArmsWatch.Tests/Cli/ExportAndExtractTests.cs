using System.Text.Json;

namespace ArmsWatch.Tests.Cli;

/// <summary>`--out -` is standard output, for `export` as for `extract`.</summary>
[Collection(ReadableRegisters.Collection)]
public sealed class ExportAndExtractTests(ReadableRegisters registers)
{
    [Fact]
    public async Task Export_to_dash_writes_to_standard_output()
    {
        var db = registers.FilePath("seeds");
        var (code, output, error) = await CommandLine.Run("export", "--what", "deals", "--format", "csv", "--out", "-", "--db", db, "--supplier", "Russia");
        Assert.Equal(0, code);
        Assert.StartsWith("supplier,recipient,designation,", output);
        Assert.Contains("deals → standard output", error);
        Assert.False(File.Exists("-"));

        var (_, json, _) = await CommandLine.Run("export", "--what", "claims", "--format", "json", "--out", "-", "--db", db);
        Assert.True(JsonDocument.Parse(json).RootElement.GetArrayLength() > 0);
        Assert.DoesNotContain("\\u0027", json);
    }

    [Fact]
    public async Task Extract_to_dash_writes_json_lines_to_standard_output()
    {
        var (code, output, _) = await CommandLine.Run("extract", Path.Combine(RepositoryPaths.Root, "samples", "s300-iran-2016.txt"), "--out", "-");
        Assert.Equal(0, code);
        var line = Assert.Single(CommandLine.Lines(output));
        Assert.Equal("s300-iran-2016", JsonDocument.Parse(line).RootElement.GetProperty("doc").GetString());
    }
}
