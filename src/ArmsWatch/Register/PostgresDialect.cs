using System.Data;
using System.Data.Common;
using Npgsql;

namespace ArmsWatch.Register;

/// <summary>The shared register: one PostgreSQL database that many ingest workers write to at once.</summary>
public sealed class PostgresDialect : SqlDialect, IDisposable
{
    // Any constant will do: it names the lock that serialises schema migrations among workers starting together.
    private const long MigrationLock = 0x41726d7357617463;

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

    // Read committed: the "already stored?" check after taking the document sees every commit made before it.
    public override DbTransaction BeginDocument(DbConnection connection) => connection.BeginTransaction(IsolationLevel.ReadCommitted);

    /// <remarks>
    /// A transaction-scoped advisory lock keyed on the hash: it is released by commit, by rollback, and by the server
    /// when a worker dies, so a crashed worker never leaves a document taken. 64 bits of SHA-256 as the key: two
    /// different documents sharing a key only make one of them wait for the next run, never store twice.
    /// </remarks>
    public override bool TryTakeDocument(DbConnection connection, DbTransaction transaction, string contentHash)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pg_try_advisory_xact_lock(@key)";
        var key = command.CreateParameter();
        key.ParameterName = "key";
        key.Value = Convert.ToInt64(contentHash[..16], 16);
        command.Parameters.Add(key);
        return (bool)command.ExecuteScalar()!;
    }

    public override string EvidenceMatches(string parameter) =>
        $"c.evidence_search @@ plainto_tsquery('english', {parameter})";

    // plainto_tsquery already reads the text as plain words joined by AND.
    public override string TextQuery(string words) => words;

    public void Dispose() => source.Dispose();
}
