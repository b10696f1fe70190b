using ArmsWatch.Cli.Presentation;

namespace ArmsWatch.Tests.Cli;

/// <summary>`serve --demo` without --db: a fresh register each run, and the registers of demos that ended are removed.</summary>
public sealed class DemoRegisterTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("armswatch-demo-test-").FullName;

    [Fact]
    public void Each_run_gets_a_register_of_its_own_and_an_ended_runs_register_is_removed()
    {
        // No process has this id: process ids stay far below it.
        var ended = Path.Combine(folder, "armswatch-demo-2147483600.db");
        File.WriteAllText(ended, "old");
        File.WriteAllText(ended + "-wal", "old");
        var running = Path.Combine(folder, $"armswatch-demo-{Environment.ProcessId}.db");
        File.WriteAllText(running, "left by this process's id");
        var unrelated = Path.Combine(folder, "armswatch-demo-notes.db");
        File.WriteAllText(unrelated, "not a demo's");

        var path = DemoRegister.Fresh(folder);

        Assert.Equal(running, path);
        Assert.False(File.Exists(path), "the register must start empty");
        Assert.False(File.Exists(ended));
        Assert.False(File.Exists(ended + "-wal"));
        Assert.True(File.Exists(unrelated));
    }

    [Fact]
    public void A_demo_still_running_keeps_its_register()
    {
        var parent = Path.Combine(folder, "armswatch-demo-1.db");
        File.WriteAllText(parent, "pid 1 (init) is always running");

        DemoRegister.Fresh(folder);

        Assert.True(File.Exists(parent));
    }

    [Fact]
    public void A_second_demo_on_the_same_register_says_it_continues_it_rather_than_that_nothing_was_ingested()
    {
        var samples = Path.Combine(RepositoryPaths.Root, "samples");
        var count = Directory.GetFiles(samples, "*.txt").Length;
        Assert.Equal($"demo: {count} sample articles ingested from {samples}", DemoRegister.Summary(count, samples));
        Assert.Equal($"demo: the {count} sample articles are in this register already; the demo continues it as it is", DemoRegister.Summary(0, samples));
        Assert.Equal($"demo: 2 of the {count} sample articles ingested; the others are in this register already", DemoRegister.Summary(2, samples));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
