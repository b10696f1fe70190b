using System.Text.RegularExpressions;
using ArmsWatch.Register;

namespace ArmsWatch.Cli.Presentation;

/// <summary>
/// What is wrong with a <c>--db</c> value before anything is opened: a URL whose scheme is no register's (mysql://
/// would otherwise become a file of that name), or, for commands that only read, no register where it points
/// (opening would create an empty one and list nothing).
/// </summary>
public static partial class StoreTargetCheck
{
    /// <returns>The reason, for one "error:" line, or null when the target may be opened.</returns>
    public static string? Problem(string? target, bool mustExist = false)
    {
        var value = string.IsNullOrWhiteSpace(target) ? StoreTarget.DefaultPath : target.Trim();
        var scheme = UrlScheme().Match(value) is { Success: true } url ? url.Groups[1].Value : null;
        if (scheme is not null && !scheme.Equals("postgres", StringComparison.OrdinalIgnoreCase) && !scheme.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
            return $"--db {StoreTarget.Redact(value)}: '{scheme}' is not a register ArmsWatch can use; give a SQLite file "
                + $"(./{StoreTarget.DefaultPath}), a postgres://user:password@host:port/database URL or an Npgsql connection string (Host=...)";
        var isFile = scheme is null && !value.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);
        if (mustExist && isFile && !File.Exists(value))
            return target is null
                ? $"no register here (./{StoreTarget.DefaultPath}): store articles first with '{ProductInfo.Command} ingest FILES', or name the register with --db"
                : $"no register at {Path.GetFullPath(value)}: check the path, or store articles there first with '{ProductInfo.Command} ingest FILES --db {value}'";
        return null;
    }

    [GeneratedRegex("^([A-Za-z][A-Za-z0-9+.-]*)://")]
    private static partial Regex UrlScheme();
}
