using System.CommandLine;
using System.Data.Common;
using ArmsWatch.Register;

namespace ArmsWatch.Cli.Presentation;

/// <summary>The <c>--db</c> option every register command takes, and opening the register it names.</summary>
public static class StoreOption
{
    public static Option<string?> Create() => new("--db")
    {
        Description = $"The register: a SQLite file (default ./{StoreTarget.DefaultPath}), a postgres://user:password@host:port/database URL, or an Npgsql connection string (Host=...).",
    };

    /// <summary>Opens (and migrates) the register; on failure prints one line on stderr and returns null.</summary>
    /// <param name="busyTimeout">How long a SQLite writer waits for another (see <see cref="SqliteDialect"/>).</param>
    public static RegisterStore? Open(string? target, TimeSpan? busyTimeout = null)
    {
        if (StoreTargetCheck.Problem(target) is { } problem)
        {
            Console.Error.WriteLine($"error: {problem}");
            return null;
        }
        try
        {
            return RegisterStore.Open(target, busyTimeout);
        }
        catch (Exception e) when (e is DbException or FormatException or ArgumentException or IOException or InvalidOperationException)
        {
            Console.Error.WriteLine($"error: cannot open the register {StoreTarget.Redact(target ?? StoreTarget.DefaultPath)}: {e.Message}");
            return null;
        }
    }
}
