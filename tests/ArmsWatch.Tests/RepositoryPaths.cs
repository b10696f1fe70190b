namespace ArmsWatch.Tests;

/// <summary>The repository root (the folder holding ArmsWatch.slnx) and the read-only ../shared beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared(params string[] parts) => Path.GetFullPath(Path.Combine([Root, "..", "shared", .. parts]));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "ArmsWatch.slnx")))
                return directory.FullName;
        throw new InvalidOperationException($"no ArmsWatch.slnx above {AppContext.BaseDirectory}");
    }
}
