using System.Text.RegularExpressions;
using Npgsql;

namespace ArmsWatch.Register;

/// <summary>Reads where the register is from the <c>--db</c> value: a SQLite file path, a postgres:// URL or an Npgsql connection string.</summary>
public static class StoreTarget
{
    public const string DefaultPath = "armswatch.db";

    /// <param name="busyTimeout">How long a SQLite writer waits for the file's lock (see <see cref="SqliteDialect"/>).</param>
    /// <exception cref="FormatException">The URL or connection string cannot be read.</exception>
    public static SqlDialect Parse(string? target, TimeSpan? busyTimeout = null)
    {
        if (string.IsNullOrWhiteSpace(target))
            return new SqliteDialect(DefaultPath, busyTimeout);
        if (target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new PostgresDialect(FromUrl(target));
        if (target.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
            return new PostgresDialect(target);
        return new SqliteDialect(target, busyTimeout);
    }

    /// <summary>postgres://user:pass@host:port/db as an Npgsql connection string.</summary>
    public static string FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            throw new FormatException($"'{Redact(url)}' is not a postgres://user:password@host:port/database URL");
        var credentials = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')),
        };
        if (credentials[0].Length > 0)
            builder.Username = Uri.UnescapeDataString(credentials[0]);
        if (credentials.Length > 1)
            builder.Password = Uri.UnescapeDataString(credentials[1]);
        if (string.IsNullOrEmpty(builder.Database))
            throw new FormatException($"'{Redact(url)}' names no database (postgres://user:password@host:port/database)");
        return builder.ConnectionString;
    }

    /// <summary>The target with any password masked, for messages.</summary>
    public static string Redact(string target) =>
        Regex.Replace(Regex.Replace(target, "(://[^:/@]*:)[^@]*@", "$1***@"), "((?:Password|Pwd)\\s*=)[^;]*", "$1***", RegexOptions.IgnoreCase);
}
