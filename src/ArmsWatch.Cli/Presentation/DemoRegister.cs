using System.Diagnostics;
using System.Globalization;

namespace ArmsWatch.Cli.Presentation;

/// <summary>
/// The register <c>serve --demo</c> uses when no <c>--db</c> is given: a new one for every run, in the temporary folder,
/// so a demo always starts from the samples alone and says it ingested them all.
/// </summary>
public static class DemoRegister
{
    private const string Prefix = "armswatch-demo-";

    /// <summary>A path for this process's demo register, after removing those of demos that have ended.</summary>
    public static string Fresh(string? folder = null)
    {
        folder ??= Path.GetTempPath();
        foreach (var file in Directory.EnumerateFiles(folder, Prefix + "*.db"))
            if (ProcessId(file) is { } id && !IsRunning(id))
                Remove(file);
        var path = Path.Combine(folder, $"{Prefix}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.db");
        Remove(path);
        return path;
    }

    /// <summary>
    /// What the demo did with the samples, in words that cannot be mistaken for a failure: all ingested, or (in a
    /// register given with --db) already there, so the demo continues that register.
    /// </summary>
    public static string Summary(int stored, string samplesFolder)
    {
        var total = Directory.Exists(samplesFolder) ? Directory.GetFiles(samplesFolder, "*.txt").Length : stored;
        return stored == total ? $"demo: {stored} sample articles ingested from {samplesFolder}"
            : stored == 0 ? $"demo: the {total} sample articles are in this register already; the demo continues it as it is"
            : $"demo: {stored} of the {total} sample articles ingested; the others are in this register already";
    }

    private static int? ProcessId(string file) =>
        int.TryParse(Path.GetFileNameWithoutExtension(file)[Prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static bool IsRunning(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    // SQLite keeps a write-ahead log and a shared-memory index beside the file.
    private static void Remove(string file)
    {
        foreach (var part in new[] { file, file + "-wal", file + "-shm" })
        {
            try
            {
                File.Delete(part);
            }
            catch (IOException)
            {
                // Another demo's file that cannot go now goes on a later run.
            }
            catch (UnauthorizedAccessException)
            {
                // Another user's demo in a shared temporary folder is theirs to remove.
            }
        }
    }
}
