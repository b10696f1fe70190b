using System.Data.Common;

namespace ArmsWatch.Register;

/// <summary>
/// Everything that differs between the engines the register runs on. The schema is the same logically; the SQL
/// outside this type and its two implementations (<see cref="SqliteDialect"/>, <see cref="PostgresDialect"/>) is shared.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>"sqlite" or "postgresql", for messages.</summary>
    public abstract string Name { get; }

    /// <summary>Where the store is, safe to print (no password).</summary>
    public abstract string Describe();

    /// <summary>The schema's versions in order.</summary>
    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>An open connection, configured for the register.</summary>
    public abstract DbConnection Open();

    /// <summary>A transaction that no other writer (process or thread) can run beside, for migrations.</summary>
    public abstract DbTransaction BeginExclusive(DbConnection connection);

    /// <summary>
    /// Takes the document with this content hash for this worker while it is extracted, so that no other worker
    /// extracts it meanwhile. Returns the transaction that holds it, to write it in later (null when the engine needs
    /// no hold), and false in <c>Taken</c> when another worker still holds it after <paramref name="wait"/>.
    /// </summary>
    /// <param name="wait">How long to wait for a worker holding the document; zero: do not wait.</param>
    public abstract (DbTransaction? Hold, bool Taken) TakeDocument(DbConnection connection, string contentHash, TimeSpan wait);

    /// <summary>
    /// The transaction a document's rows are written in, once it is extracted: the one holding it, else a new one that
    /// excludes other writers only for as long as the write takes.
    /// </summary>
    public abstract DbTransaction BeginWrite(DbConnection connection, DbTransaction? hold);

    /// <summary>
    /// Keeps other workers off a deal key (see <see cref="DealIndex"/>) until the transaction ends; a no-op where the
    /// write transaction already excludes every other writer.
    /// </summary>
    public abstract void LockKey(DbConnection connection, DbTransaction transaction, string key);

    /// <summary>
    /// Whether the engine aborted the statement to break a deadlock between concurrent writers (their lock orders
    /// crossed), so the write may be tried again; never where one writer excludes every other.
    /// </summary>
    public virtual bool IsDeadlock(DbException failure) => false;

    /// <summary>An SQL condition on claims aliased <c>c</c> that holds when the evidence matches the text in the parameter.</summary>
    public abstract string EvidenceMatches(string parameter);

    /// <summary>
    /// The text index as a table that yields matching claims in id order (<c>rowid</c>), to read a page of claims
    /// by words from it and stop after the page; null when the engine filters claims by <see cref="EvidenceMatches"/> instead.
    /// </summary>
    public virtual string? TextIndexTable => null;

    /// <summary>The value to bind to the <see cref="EvidenceMatches"/> parameter for a user's words.</summary>
    public abstract string TextQuery(string words);
}
