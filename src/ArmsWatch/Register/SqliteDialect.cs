using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ArmsWatch.Register;

/// <summary>The embedded register: one SQLite file, FTS5 for the evidence.</summary>
/// <param name="busyTimeout">
/// How long a writer waits for another to finish before giving up with "database is locked" (60 s by default; a
/// server that answers 503 sooner passes less). Writes are short: the lock is never held through an extraction.
/// </param>
public sealed class SqliteDialect(string path, TimeSpan? busyTimeout = null) : SqlDialect
{
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(60);

    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = System.IO.Path.GetFullPath(path),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = (int)Math.Ceiling((busyTimeout ?? DefaultBusyTimeout).TotalSeconds),
    }.ToString();

    /// <summary>The database file.</summary>
    public string FilePath { get; } = System.IO.Path.GetFullPath(path);

    public override string Name => "sqlite";

    public override string Describe() => FilePath;

    public override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    private int walSet;

    // The pooled SQLite handles already configured: a handle keeps its settings from one use of the pool to the next.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> configured = new();

    public override DbConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        if (connection.Handle is not { } handle || configured.TryGetValue(handle, out _))
            return connection;
        using var pragmas = connection.CreateCommand();
        // WAL lets readers run while a document is written, and stays set in the file: asked for once per process,
        // since switching the journal mode takes a lock. NORMAL syncs at checkpoints, not at every commit: a power cut
        // may lose the last documents committed, but never leaves a half-written one. Reads map the file rather than
        // copying its pages in.
        pragmas.CommandText = (Interlocked.Exchange(ref walSet, 1) == 0 ? "PRAGMA journal_mode = WAL; " : "")
            + "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA mmap_size = 1073741824;";
        pragmas.ExecuteNonQuery();
        configured.AddOrUpdate(handle, handle);
        return connection;
    }

    // Non-deferred is BEGIN IMMEDIATE: the write lock is taken up front, so two writers never deadlock on upgrade.
    public override DbTransaction BeginExclusive(DbConnection connection) =>
        ((SqliteConnection)connection).BeginTransaction(IsolationLevel.Serializable, deferred: false);

    // Nothing is held while a document is extracted: SQLite has one write lock for the whole file, and holding it
    // through extraction would stall every other writer. Two processes may extract the same text; the content hash's
    // UNIQUE constraint stores it once.
    public override (DbTransaction? Hold, bool Taken) TakeDocument(DbConnection connection, string contentHash, TimeSpan wait) => (null, true);

    public override DbTransaction BeginWrite(DbConnection connection, DbTransaction? hold) => hold ?? BeginExclusive(connection);

    // The IMMEDIATE write transaction already excludes every other writer of the file.
    public override void LockKey(DbConnection connection, DbTransaction transaction, string key)
    {
    }

    // FTS5 returns matches in rowid order: joined to the claims and limited, a page stops after its claims.
    public override string? TextIndexTable => "claims_fts";

    public override string EvidenceMatches(string parameter) =>
        $"c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH {parameter})";

    /// <summary>Every word quoted, so the user's text is words to find (all of them), never FTS5 syntax.</summary>
    public override string TextQuery(string words) => string.Join(' ',
        words.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(word => '"' + word.Replace("\"", "\"\"") + '"'));
}
