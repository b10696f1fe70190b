using ArmsWatch.Register;
using Npgsql;

namespace ArmsWatch.Tests.Register;

/// <summary>What <c>--db</c> selects: a SQLite file by default, PostgreSQL for a postgres:// URL or a Host= connection string.</summary>
public sealed class StoreTargetTests
{
    [Fact]
    public void No_target_is_armswatch_db_in_the_current_folder()
    {
        var dialect = Assert.IsType<SqliteDialect>(StoreTarget.Parse(null));
        Assert.Equal(Path.GetFullPath("armswatch.db"), dialect.FilePath);
    }

    [Fact]
    public void A_path_is_a_sqlite_file()
    {
        Assert.IsType<SqliteDialect>(StoreTarget.Parse("data/register.sqlite"));
    }

    [Fact]
    public void A_postgres_url_becomes_a_connection_string_with_its_parts_unescaped()
    {
        var builder = new NpgsqlConnectionStringBuilder(StoreTarget.FromUrl("postgres://analyst:p%40ss%3Aword@db.example:6543/arms"));

        Assert.Equal(("analyst", "p@ss:word", "db.example", 6543, "arms"), (builder.Username, builder.Password, builder.Host, builder.Port, builder.Database));
    }

    [Fact]
    public void A_postgres_url_without_a_port_uses_5432()
    {
        Assert.Equal(5432, new NpgsqlConnectionStringBuilder(StoreTarget.FromUrl("postgresql://u:p@localhost/arms")).Port);
    }

    [Fact]
    public void A_postgres_url_without_a_database_is_refused()
    {
        Assert.Throws<FormatException>(() => StoreTarget.FromUrl("postgres://u:p@localhost:5432/"));
    }

    [Fact]
    public void An_npgsql_connection_string_selects_postgresql_and_is_described_without_its_password()
    {
        using var dialect = Assert.IsType<PostgresDialect>(StoreTarget.Parse("Host=127.0.0.1;Port=5433;Username=u;Password=secret;Database=arms"));

        Assert.Equal("postgresql://u@127.0.0.1:5433/arms", dialect.Describe());
    }

    [Theory]
    [InlineData("postgres://analyst:s3cret@db:5432/arms", "postgres://analyst:***@db:5432/arms")]
    [InlineData("Host=db;Username=analyst;Password=s3cret;Database=arms", "Host=db;Username=analyst;Password=***;Database=arms")]
    [InlineData("register.db", "register.db")]
    public void Messages_never_show_a_password(string target, string shown)
    {
        Assert.Equal(shown, StoreTarget.Redact(target));
    }
}
