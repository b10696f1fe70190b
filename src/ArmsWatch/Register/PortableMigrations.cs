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

    /// <summary>The columns of <c>deals</c> after its id (whose type differs by engine).</summary>
    /// <remarks>An unknown party is '' here (not NULL), so that a key is found with plain equality on both engines.</remarks>
    public const string DealColumns = """
                slug        TEXT NOT NULL,
                supplier    TEXT NOT NULL,
                recipient   TEXT NOT NULL,
                family      TEXT NOT NULL,
                by_system   INTEGER NOT NULL,
                designation TEXT NOT NULL,
                category    TEXT NOT NULL,
                first_year  INTEGER,
                last_year   INTEGER,
                mentions    INTEGER NOT NULL,
                documents   INTEGER NOT NULL,
                attached    INTEGER NOT NULL
        """;

    /// <summary>Version 3 after the <c>deals</c> table: its indexes, its history and figures, the claim tallies and totals.</summary>
    /// <remarks>
    /// Unknown values are '' and year 0 in the keys of the tally and figure tables: NULLs never compare equal in a
    /// primary key, so an upsert would add a row instead of counting into it.
    /// </remarks>
    public const string DealsAndTallies = """
            -- A key's deals are looked up at every ingest; listings are ordered by key, then first year.
            CREATE INDEX deals_key ON deals (supplier, recipient, family, by_system, first_year);
            CREATE INDEX deals_recipient ON deals (recipient);
            CREATE INDEX deals_family ON deals (family);
            CREATE INDEX deals_slug ON deals (slug);
            CREATE TABLE deal_steps (
                deal_id   BIGINT NOT NULL,
                year      INTEGER NOT NULL,
                stage     TEXT NOT NULL,
                certainty TEXT NOT NULL,
                mentions  INTEGER NOT NULL,
                PRIMARY KEY (deal_id, year, stage, certainty)
            );
            CREATE INDEX deal_steps_stage ON deal_steps (stage, certainty);
            CREATE TABLE deal_figures (
                deal_id  BIGINT NOT NULL,
                kind     TEXT NOT NULL,
                basis    TEXT NOT NULL,
                year     INTEGER NOT NULL,
                value    NUMERIC NOT NULL,
                source   TEXT NOT NULL,
                mentions INTEGER NOT NULL,
                claim_id BIGINT NOT NULL,
                PRIMARY KEY (deal_id, kind, basis, year, value, source)
            );
            -- A deal's timeline is read a page at a time in year order, undated mentions last.
            CREATE INDEX claims_deal_timeline ON claims (deal_id, (COALESCE(effective_year, 99999)), id);
            CREATE INDEX claims_effective_year ON claims (effective_year);
            CREATE TABLE claim_tallies (
                supplier  TEXT NOT NULL,
                recipient TEXT NOT NULL,
                system    TEXT NOT NULL,
                category  TEXT NOT NULL,
                stage     TEXT NOT NULL,
                certainty TEXT NOT NULL,
                year      INTEGER NOT NULL,
                claims    BIGINT NOT NULL,
                PRIMARY KEY (supplier, recipient, system, category, stage, certainty, year)
            );
            INSERT INTO claim_tallies (supplier, recipient, system, category, stage, certainty, year, claims)
            SELECT COALESCE(supplier, ''), COALESCE(recipient, ''), COALESCE(lower(system), ''), category, stage, certainty,
                   COALESCE(effective_year, 0), COUNT(*)
            FROM claims
            GROUP BY COALESCE(supplier, ''), COALESCE(recipient, ''), COALESCE(lower(system), ''), category, stage, certainty, COALESCE(effective_year, 0);
            CREATE TABLE register_totals (
                name  TEXT PRIMARY KEY,
                value BIGINT NOT NULL
            );
            INSERT INTO register_totals (name, value) SELECT 'documents', COUNT(*) FROM documents;
        """;

    /// <summary>
    /// One index per criterion a listing filters on alone: its entries are in id order within one value, so a page of
    /// "supplier = RUS" in id order is read from the index and stops after the page, with no sort of every match.
    /// </summary>
    public static Migration PagingIndexes { get; } = new(4, "an index per filter criterion, for pages in id order", """
                CREATE INDEX IF NOT EXISTS claims_supplier ON claims (supplier);
                CREATE INDEX IF NOT EXISTS claims_recipient ON claims (recipient);
                CREATE INDEX IF NOT EXISTS claims_stage ON claims (stage);
                CREATE INDEX IF NOT EXISTS claims_certainty ON claims (certainty);
                """);

    /// <summary>Each deal's status kept on its row, so that a listing reads no history (see <see cref="DealStatus"/>).</summary>
    public static Migration DealStatus { get; } = new(5, "deal status kept with the deal", """
                ALTER TABLE deals ADD COLUMN stage TEXT;
                ALTER TABLE deals ADD COLUMN certainty TEXT;
                ALTER TABLE deals ADD COLUMN resumed INTEGER NOT NULL DEFAULT 0;
                """, DealIndex.UpdateAllStatuses);
}
