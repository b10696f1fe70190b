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

    /// <summary>A transaction for storing one document.</summary>
    public abstract DbTransaction BeginDocument(DbConnection connection);

    /// <summary>
    /// Takes the document with this content hash for the rest of the transaction, so that no other worker extracts
    /// it meanwhile; false when another worker holds it now.
    /// </summary>
    public abstract bool TryTakeDocument(DbConnection connection, DbTransaction transaction, string contentHash);

    /// <summary>An SQL condition on claims aliased <c>c</c> that holds when the evidence matches the text in the parameter.</summary>
    public abstract string EvidenceMatches(string parameter);

    /// <summary>The value to bind to the <see cref="EvidenceMatches"/> parameter for a user's words.</summary>
    public abstract string TextQuery(string words);
}
