using System.Diagnostics;

namespace ArmsWatch.Tests.Cli;

/// <summary>
/// The `armswatch` launcher at the repository root, run in a copy of the repository's shape with a stand-in for
/// `dotnet`: it builds once and says so, then starts the built program directly; a changed source means a rebuild.
/// </summary>
public sealed class LauncherTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("armswatch-launcher-").FullName;
    private readonly string tools;

    public LauncherTests()
    {
        File.Copy(Path.Combine(RepositoryPaths.Root, "armswatch"), Path.Combine(root, "armswatch"));
        foreach (var folder in new[] { "src/ArmsWatch.Cli", "data", "models", "samples" })
            Directory.CreateDirectory(Path.Combine(root, folder));
        File.WriteAllText(Path.Combine(root, "src/ArmsWatch.Cli/Program.cs"), "// source");
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />");
        tools = Directory.CreateDirectory(Path.Combine(root, "tools-on-path")).FullName;
        // The stand-in "builds" a program that prints its arguments and whether the quick JIT was asked for.
        File.WriteAllText(Path.Combine(tools, "dotnet"), """
            #!/usr/bin/env bash
            while [[ $# -gt 0 ]]; do [[ $1 == -o ]] && out=$2; shift; done
            mkdir -p "$out"
            printf '#!/usr/bin/env bash\necho "ran: $* quickjit=${DOTNET_TC_QuickJit:-no}"\n' > "$out/ArmsWatch.Cli"
            chmod +x "$out/ArmsWatch.Cli"
            echo built >> "$out/../builds.log"
            """.Replace("\r", ""));
        Assert.False(OperatingSystem.IsWindows(), "the launcher is a bash script");
        if (!OperatingSystem.IsWindows())
            foreach (var script in new[] { Path.Combine(tools, "dotnet"), Path.Combine(root, "armswatch") })
                File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    [Fact]
    public void The_first_run_builds_and_says_so_later_runs_start_the_built_program()
    {
        var first = Launch("claims", "--supplier", "Russia");
        Assert.Equal(0, first.Code);
        Assert.Contains("armswatch: building ArmsWatch", first.Error);
        Assert.Equal("ran: claims --supplier Russia quickjit=1", first.Output.Trim());

        var second = Launch("ingest", "samples");
        Assert.Equal("", second.Error);
        Assert.Equal("ran: ingest samples quickjit=no", second.Output.Trim());
        Assert.Single(File.ReadAllLines(Path.Combine(root, "out", "builds.log")));
    }

    [Fact]
    public void A_source_newer_than_the_build_is_built_again()
    {
        Launch("version");
        File.SetLastWriteTimeUtc(Path.Combine(root, "src/ArmsWatch.Cli/Program.cs"), DateTime.UtcNow.AddMinutes(5));
        var again = Launch("version");
        Assert.Contains("building", again.Error);
        Assert.Equal(2, File.ReadAllLines(Path.Combine(root, "out", "builds.log")).Length);
    }

    [Fact]
    public void Build_outputs_under_src_do_not_count_as_changes()
    {
        Launch("version");
        var bin = Directory.CreateDirectory(Path.Combine(root, "src/ArmsWatch.Cli/bin")).FullName;
        File.WriteAllText(Path.Combine(bin, "newer.dll"), "");
        File.SetLastWriteTimeUtc(Path.Combine(bin, "newer.dll"), DateTime.UtcNow.AddMinutes(5));
        Assert.Equal("", Launch("version").Error);
    }

    private (int Code, string Output, string Error) Launch(params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(root, "armswatch")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["PATH"] = tools + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment.Remove("DOTNET_TC_QuickJit");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);
}
