using System.Data;
using System.Data.Common;
using Npgsql;

namespace ArmsWatch.Register;

/// <summary>The shared register: one PostgreSQL database that many ingest workers write to at once.</summary>
public sealed class PostgresDialect : SqlDialect, IDisposable
{
    // Any constant will do: it names the lock that serialises schema migrations among workers starting together.
    private const long MigrationLock = 0x41726d7357617463;

    // Names the class of deal-key locks ("AwDl").
    private const int DealKeyLock = 0x4177446c;

    private readonly NpgsqlDataSource source;
    private readonly string description;

    /// <param name="connectionString">An Npgsql connection string ("Host=...;Database=...").</param>
    public PostgresDialect(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        description = $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
        source = NpgsqlDataSource.Create(builder);
    }

    public override string Name => "postgresql";

    public override string Describe() => description;

    public override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    public override DbConnection Open() => source.OpenConnection();

    public override DbTransaction BeginExclusive(DbConnection connection)
    {
        var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT pg_advisory_xact_lock({MigrationLock})";
        command.ExecuteNonQuery();
        return transaction;
    }

    /// <remarks>
    /// A transaction-scoped advisory lock keyed on the hash, in a transaction that stays open (idle, holding no row)
    /// while the document is extracted and is then written in: released by commit, by rollback, and by the server when a
    /// worker dies, so a crashed worker never leaves a document taken. Read committed: the "already stored?" check after
    /// taking sees every commit made before it. 64 bits of SHA-256 as the key: two different documents sharing a key
    /// only make one of them wait.
    /// </remarks>
    public override (DbTransaction? Hold, bool Taken) TakeDocument(DbConnection connection, string contentHash, TimeSpan wait)
    {
        var transaction = connection.BeginTransaction(IsolationLevel.ReadCommitted);
        try
        {
            var key = Convert.ToInt64(contentHash[..16], 16);
            if (wait <= TimeSpan.Zero)
            {
                using var attempt = ParameterisedCommand.Create(connection, transaction, "SELECT pg_try_advisory_xact_lock(@key)", ("key", key));
                if ((bool)attempt.ExecuteScalar()!)
                    return (transaction, true);
                transaction.Dispose();
                return (null, false);
            }
            using (var limit = ParameterisedCommand.Create(connection, transaction, "SELECT set_config('lock_timeout', @limit, true)",
                       ("limit", $"{(long)wait.TotalMilliseconds}ms")))
                limit.ExecuteNonQuery();
            using var take = ParameterisedCommand.Create(connection, transaction, "SELECT pg_advisory_xact_lock(@key)", ("key", key));
            take.ExecuteNonQuery();
            using (var reset = ParameterisedCommand.Create(connection, transaction, "SELECT set_config('lock_timeout', '0', true)"))
                reset.ExecuteNonQuery();
            return (transaction, true);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            transaction.Dispose();
            return (null, false);
        }
        catch
        {
            transaction.Dispose();
            throw;
        }
    }

    public override DbTransaction BeginWrite(DbConnection connection, DbTransaction? hold) =>
        hold ?? connection.BeginTransaction(IsolationLevel.ReadCommitted);

    /// <remarks>
    /// The two-integer form of the advisory lock, under a class of its own, so that deal keys never share a lock with a
    /// document's (the one-bigint form). The server hashes the key: every worker computes the same lock.
    /// </remarks>
    public override void LockKey(DbConnection connection, DbTransaction transaction, string key)
    {
        using var command = ParameterisedCommand.Create(connection, transaction, "SELECT pg_advisory_xact_lock(@class, hashtext(@key))", ("class", DealKeyLock), ("key", key));
        command.ExecuteNonQuery();
    }

    public override bool IsDeadlock(DbException failure) => failure is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected };

    public override string EvidenceMatches(string parameter) =>
        $"c.evidence_search @@ plainto_tsquery('english', {parameter})";

    // plainto_tsquery already reads the text as plain words joined by AND.
    public override string TextQuery(string words) => words;

    public void Dispose() => source.Dispose();
}
