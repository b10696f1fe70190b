using ArmsWatch.Register;
using Npgsql;

namespace ArmsWatch.Tests.Register;

/// <summary>
/// A register in a fresh schema of the PostgreSQL server named by <c>ARMSWATCH_TEST_POSTGRES</c> (a real server on
/// loopback, started by <c>.ci/postgres.sh</c>). Without that variable the test fails: CI must exercise PostgreSQL.
/// </summary>
public sealed class PostgresTestRegister : ITestRegister
{
    public const string Variable = "ARMSWATCH_TEST_POSTGRES";

    private readonly string server;
    private readonly string schema = "test_" + Guid.NewGuid().ToString("N");

    public PostgresTestRegister()
    {
        server = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: run `.ci/postgres.sh` (it starts a throwaway PostgreSQL on 127.0.0.1) and `source .ci/postgres.env` before `dotnet test`.");
        Execute($"CREATE SCHEMA {schema}");
    }

    /// <summary>The connection string of this test's schema, as <c>--db</c> takes it.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;

    public RegisterStore Open() => RegisterStore.Open(new PostgresDialect(ConnectionString));

    public SqlDialect Unmigrated() => new PostgresDialect(ConnectionString);

    public void Dispose() => Execute($"DROP SCHEMA {schema} CASCADE");

    // The schema name is ours (a GUID), never input: the one place SQL text is built from a value.
    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
