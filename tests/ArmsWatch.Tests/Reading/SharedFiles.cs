namespace ArmsWatch.Tests.Reading;

/// <summary>The shared evaluation files beside the repository: ../shared/eval from the folder holding ArmsWatch.slnx.</summary>
internal static class SharedFiles
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Eval(params string[] parts) =>
        Path.GetFullPath(Path.Combine([RepoRoot, "..", "shared", "eval", .. parts]));

    public static string Seed(string name) => Eval("seeds", "articles", name);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ArmsWatch.slnx")))
                return dir.FullName;
        throw new InvalidOperationException($"no ArmsWatch.slnx above {AppContext.BaseDirectory}");
    }
}
