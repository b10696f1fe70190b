using ArmsWatch.Register;
using Microsoft.Data.Sqlite;

namespace ArmsWatch.Tests.Register;

/// <summary>A register in a temporary SQLite file.</summary>
/// <param name="busyTimeout">How long its writers wait for the file's lock (SQLite's default of the register when null).</param>
public sealed class SqliteTestRegister(TimeSpan? busyTimeout = null) : ITestRegister
{
    private readonly string folder = Directory.CreateTempSubdirectory("armswatch-register-").FullName;

    public string FilePath => Path.Combine(folder, "register.db");

    public RegisterStore Open() => RegisterStore.Open(new SqliteDialect(FilePath, busyTimeout));

    public SqlDialect Unmigrated() => new SqliteDialect(FilePath);

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting it. A server still closing its last
        // connection may write the journal once more while the folder is emptied: try again, a few times.
        for (var attempt = 1; ; attempt++)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(100 * attempt);
            }
        }
    }
}
