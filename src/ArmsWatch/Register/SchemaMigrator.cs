using System.Data.Common;
using System.Globalization;

namespace ArmsWatch.Register;

/// <summary>Brings a database to the newest schema version, recording each version applied in <c>schema_migrations</c>.</summary>
/// <remarks>
/// All pending versions are applied in one exclusive transaction: workers starting together queue behind the first,
/// then find nothing left to do; a failed migration leaves the schema as it was.
/// </remarks>
public static class SchemaMigrator
{
    /// <summary>Applies the versions not yet recorded; returns the ones applied now.</summary>
    public static IReadOnlyList<Migration> Migrate(SqlDialect dialect)
    {
        using var connection = dialect.Open();
        using var transaction = dialect.BeginExclusive(connection);
        using (var create = ParameterisedCommand.Create(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER PRIMARY KEY,
                name       TEXT NOT NULL,
                applied_at TEXT NOT NULL
            )
            """))
            create.ExecuteNonQuery();

        var applied = AppliedVersions(connection, transaction);
        var pending = dialect.Migrations.Where(migration => !applied.Contains(migration.Version)).OrderBy(migration => migration.Version).ToList();
        foreach (var migration in pending)
        {
            using (var apply = ParameterisedCommand.Create(connection, transaction, migration.Sql))
            {
                // A backfill over a large register may take minutes: no command time limit here.
                apply.CommandTimeout = 0;
                apply.ExecuteNonQuery();
            }
            migration.Backfill?.Invoke(dialect, connection, transaction);
            using var record = ParameterisedCommand.Create(connection, transaction,
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @applied_at)",
                ("version", migration.Version), ("name", migration.Name), ("applied_at", DateTimeOffset.UtcNow.ToString("O")));
            record.ExecuteNonQuery();
        }
        transaction.Commit();
        return pending;
    }

    /// <summary>The versions recorded in the database, for checks and messages.</summary>
    public static HashSet<int> AppliedVersions(DbConnection connection, DbTransaction? transaction)
    {
        using var query = ParameterisedCommand.Create(connection, transaction, "SELECT version FROM schema_migrations");
        using var reader = query.ExecuteReader();
        var versions = new HashSet<int>();
        while (reader.Read())
            versions.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
        return versions;
    }
}
