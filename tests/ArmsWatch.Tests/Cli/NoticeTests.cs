namespace ArmsWatch.Tests.Cli;

/// <summary>
/// The code's licence and the NOTICE that says, for every data file and model the product ships, where it comes from
/// and its terms: a file added under data/, models/ or samples/ without a line in NOTICE fails here.
/// </summary>
public sealed class NoticeTests
{
    private static readonly string Notice = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "NOTICE"));

    // Licences and read-mes travel beside the files they describe; they are no data of their own.
    private static readonly HashSet<string> NotData = ["README.md", "LICENSE.md", "countries.LICENSE", ".gitkeep"];

    public static TheoryData<string> ShippedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "data", "models" })
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, folder), "*", SearchOption.AllDirectories))
                if (!NotData.Contains(Path.GetFileName(file)))
                    data.Add(Path.GetRelativePath(RepositoryPaths.Root, file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_shipped_data_file_and_model_is_in_the_notice(string file) => Assert.Contains(file, Notice);

    [Fact]
    public void The_samples_are_in_the_notice() => Assert.Contains("samples/*.txt", Notice);

    [Fact]
    public void The_code_is_under_the_apache_licence_and_the_notice_names_each_third_party_term()
    {
        var licence = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "LICENSE"));
        Assert.Contains("Apache License", licence);
        Assert.Contains("Version 2.0, January 2004", licence);
        foreach (var term in new[] { "Apache License, Version 2.0", "CC BY-SA 4.0", "UD English EWT", "ODbL", "Source: SIPRI Arms Transfers Database", "commercial use needs SIPRI's agreement", "Wikidata", "CC0" })
            Assert.Contains(term, Notice);
    }
}
