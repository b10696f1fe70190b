namespace ArmsWatch.Register;

/// <summary>Schema versions whose SQL is the same on SQLite and PostgreSQL, listed once and used by both engines' lists.</summary>
public static class PortableMigrations
{
    public static Migration WatchState { get; } = new(2, "watch state: feeds, feed items, folder files", """
                -- What `watch` has seen, so a restart fetches nothing twice; backoff is kept here so it survives restarts too.
                CREATE TABLE feeds (
                    url           TEXT PRIMARY KEY,
                    etag          TEXT,
                    last_modified TEXT,
                    failures      INTEGER NOT NULL DEFAULT 0,
                    retry_at      TEXT,
                    last_error    TEXT,
                    polled_at     TEXT
                );
                CREATE TABLE feed_items (
                    canonical_url TEXT PRIMARY KEY,
                    feed_url      TEXT NOT NULL,
                    etag          TEXT,
                    last_modified TEXT,
                    content_hash  TEXT,
                    failures      INTEGER NOT NULL DEFAULT 0,
                    retry_at      TEXT,
                    last_error    TEXT,
                    fetched_at    TEXT NOT NULL
                );
                CREATE TABLE folder_files (
                    path         TEXT PRIMARY KEY,
                    size         BIGINT NOT NULL,
                    modified_at  TEXT NOT NULL,
                    ingested_at  TEXT NOT NULL
                );
                """);
}
