using System.Diagnostics;

namespace ArmsWatch.Tests.Knowledge;

/// <summary>The shipped catalogue, equipment words and company list are exactly what their generators derive from ../shared and the
/// hand-kept files: the derivation can be repeated and checked (SIPRI's terms ask for it), and a hand edit of a
/// generated file fails here.</summary>
public sealed class GeneratedDataTests
{
    [Theory]
    [InlineData("build_companies.py", "companies.tsv")]
    [InlineData("build_catalogue.py", "weapon-catalogue.tsv")]
    [InlineData("build_weapon_descriptions.py", "weapon-descriptions.tsv")]
    public void A_generated_file_is_what_its_generator_writes(string generator, string file)
    {
        var start = new ProcessStartInfo("python3", [Path.Combine(RepositoryPaths.Root, "tools", generator), "--shared", RepositoryPaths.Shared()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, errors);
        var shipped = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "data", "knowledge", file));
        Assert.True(shipped == output, $"data/knowledge/{file} differs from what tools/{generator} writes: run it again");
    }
}
