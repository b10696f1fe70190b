namespace ArmsWatch.Bench;

/// <summary>Where the shared data lies: BenchmarkDotNet runs benchmarks from its own build folder, so the repository is
/// found by walking up from this source file's path.</summary>
internal static class RepositoryFiles
{
    public static string SharedDirectory([System.Runtime.CompilerServices.CallerFilePath] string source = "")
    {
        var directory = new DirectoryInfo(Path.GetDirectoryName(source)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ArmsWatch.slnx")))
            directory = directory.Parent;
        return Path.Combine(directory?.FullName ?? ".", "..", "shared");
    }
}
