using System.Data.Common;
using System.Globalization;

namespace ArmsWatch.Register;

/// <summary>
/// The <c>watch</c> command's memory in the register (tables <c>feeds</c>, <c>feed_items</c>, <c>folder_files</c>):
/// kept beside the documents so it survives restarts and moves with the register.
/// </summary>
/// <remarks>Thread-safe: every call opens its own pooled connection. Times are ISO 8601 UTC text in both engines.</remarks>
public sealed class WatchState(SqlDialect dialect)
{
    public FeedState? Feed(string url)
    {
        using var connection = dialect.Open();
        using var query = ParameterisedCommand.Create(connection, null,
            "SELECT url, etag, last_modified, failures, retry_at FROM feeds WHERE url = @url", ("url", url));
        using var reader = query.ExecuteReader();
        return reader.Read()
            ? new FeedState(reader.GetString(0), Text(reader, 1), Text(reader, 2), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture), Time(reader, 4))
            : null;
    }

    /// <summary>The feed answered: its new validators are kept and its failures forgotten.</summary>
    public void FeedPolled(string url, string? etag, string? lastModified, DateTimeOffset at) => Execute("""
        INSERT INTO feeds (url, etag, last_modified, failures, retry_at, last_error, polled_at)
        VALUES (@url, @etag, @last_modified, 0, NULL, NULL, @at)
        ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
            failures = 0, retry_at = NULL, last_error = NULL, polled_at = excluded.polled_at
        """, ("url", url), ("etag", etag), ("last_modified", lastModified), ("at", Stamp(at)));

    public void FeedFailed(string url, int failures, DateTimeOffset retryAt, string error) => Execute("""
        INSERT INTO feeds (url, failures, retry_at, last_error) VALUES (@url, @failures, @retry_at, @error)
        ON CONFLICT (url) DO UPDATE SET failures = excluded.failures, retry_at = excluded.retry_at, last_error = excluded.last_error
        """, ("url", url), ("failures", failures), ("retry_at", Stamp(retryAt)), ("error", error));

    /// <summary>Every item seen from this feed, by canonical URL: one query for a whole poll.</summary>
    public Dictionary<string, FeedItemState> Items(string feedUrl)
    {
        using var connection = dialect.Open();
        using var query = ParameterisedCommand.Create(connection, null, """
            SELECT canonical_url, etag, last_modified, content_hash, failures, retry_at FROM feed_items WHERE feed_url = @feed
            """, ("feed", feedUrl));
        using var reader = query.ExecuteReader();
        var items = new Dictionary<string, FeedItemState>(StringComparer.Ordinal);
        while (reader.Read())
            items[reader.GetString(0)] = new FeedItemState(reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3),
                Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture), Time(reader, 5));
        return items;
    }

    /// <summary>Whether a page with this canonical URL is stored already, from any feed.</summary>
    public bool IsItemStored(string canonicalUrl)
    {
        using var connection = dialect.Open();
        using var query = ParameterisedCommand.Create(connection, null,
            "SELECT 1 FROM feed_items WHERE canonical_url = @url AND content_hash IS NOT NULL", ("url", canonicalUrl));
        return query.ExecuteScalar() is not (null or DBNull);
    }

    public void ItemStored(string canonicalUrl, string feedUrl, string? etag, string? lastModified, string contentHash, DateTimeOffset at) => Execute("""
        INSERT INTO feed_items (canonical_url, feed_url, etag, last_modified, content_hash, failures, fetched_at)
        VALUES (@url, @feed, @etag, @last_modified, @hash, 0, @at)
        ON CONFLICT (canonical_url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
            content_hash = excluded.content_hash, failures = 0, retry_at = NULL, last_error = NULL, fetched_at = excluded.fetched_at
        """, ("url", canonicalUrl), ("feed", feedUrl), ("etag", etag), ("last_modified", lastModified), ("hash", contentHash), ("at", Stamp(at)));

    public void ItemFailed(string canonicalUrl, string feedUrl, int failures, DateTimeOffset retryAt, string error, DateTimeOffset at) => Execute("""
        INSERT INTO feed_items (canonical_url, feed_url, failures, retry_at, last_error, fetched_at)
        VALUES (@url, @feed, @failures, @retry_at, @error, @at)
        ON CONFLICT (canonical_url) DO UPDATE SET failures = excluded.failures, retry_at = excluded.retry_at,
            last_error = excluded.last_error, fetched_at = excluded.fetched_at
        """, ("url", canonicalUrl), ("feed", feedUrl), ("failures", failures), ("retry_at", Stamp(retryAt)), ("error", error), ("at", Stamp(at)));

    /// <summary>The files of a folder ingested so far, by full path.</summary>
    public Dictionary<string, FolderFileState> FolderFiles(string folder)
    {
        using var connection = dialect.Open();
        using var query = ParameterisedCommand.Create(connection, null,
            "SELECT path, size, modified_at FROM folder_files WHERE path LIKE @prefix ESCAPE '!'", ("prefix", LikePrefix(folder)));
        using var reader = query.ExecuteReader();
        var files = new Dictionary<string, FolderFileState>(StringComparer.Ordinal);
        while (reader.Read())
            files[reader.GetString(0)] = new FolderFileState(reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), Time(reader, 2)!.Value);
        return files;
    }

    public void FolderFileIngested(FolderFileState file, DateTimeOffset at) => Execute("""
        INSERT INTO folder_files (path, size, modified_at, ingested_at) VALUES (@path, @size, @modified_at, @at)
        ON CONFLICT (path) DO UPDATE SET size = excluded.size, modified_at = excluded.modified_at, ingested_at = excluded.ingested_at
        """, ("path", file.Path), ("size", file.Size), ("modified_at", Stamp(file.ModifiedAt)), ("at", Stamp(at)));

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var connection = dialect.Open();
        using var command = ParameterisedCommand.Create(connection, null, sql, parameters);
        command.ExecuteNonQuery();
    }

    // A folder path may hold % or _; escaped so LIKE matches it literally.
    private static string LikePrefix(string folder)
    {
        var prefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return prefix.Replace("!", "!!").Replace("%", "!%").Replace("_", "!_") + "%";
    }

    private static string Stamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTimeOffset? Time(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.Parse(reader.GetString(column), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
