namespace ArmsWatch.Register;

/// <summary>The register's schema for SQLite, one entry per version (see <see cref="PostgresMigrations"/> for its twin).</summary>
public static class SqliteMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "documents, sentences, claims, evidence search", """
            CREATE TABLE documents (
                id             INTEGER PRIMARY KEY,
                content_hash   TEXT NOT NULL UNIQUE,
                doc            TEXT NOT NULL,
                url            TEXT,
                title          TEXT,
                published      TEXT,
                published_year INTEGER,
                origin         TEXT,
                text           TEXT NOT NULL,
                ingested_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            );
            CREATE TABLE sentences (
                document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                ordinal      INTEGER NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset   INTEGER NOT NULL,
                text         TEXT NOT NULL,
                PRIMARY KEY (document_id, ordinal)
            );
            CREATE TABLE claims (
                id             INTEGER PRIMARY KEY,
                document_id    INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                ordinal        INTEGER NOT NULL,
                supplier       TEXT,
                recipient      TEXT,
                item           TEXT NOT NULL,
                system         TEXT,
                category       TEXT NOT NULL,
                kind           TEXT NOT NULL,
                stage          TEXT NOT NULL,
                certainty      TEXT NOT NULL,
                quantity       INTEGER,
                value_usd      NUMERIC,
                year           INTEGER,
                source         TEXT,
                evidence       TEXT NOT NULL,
                sentence_start INTEGER NOT NULL,
                sentence_end   INTEGER NOT NULL,
                item_start     INTEGER NOT NULL,
                item_end       INTEGER NOT NULL,
                UNIQUE (document_id, ordinal)
            );
            CREATE INDEX claims_parties ON claims (supplier, recipient);
            CREATE INDEX claims_system ON claims (lower(system));
            CREATE INDEX claims_category ON claims (category);
            -- External-content FTS5: the evidence is stored once, in claims; the triggers keep the index in step.
            CREATE VIRTUAL TABLE claims_fts USING fts5 (evidence, content = 'claims', content_rowid = 'id', tokenize = 'porter unicode61');
            CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
                INSERT INTO claims_fts (rowid, evidence) VALUES (new.id, new.evidence);
            END;
            CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
                INSERT INTO claims_fts (claims_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
            END;
            """),
        PortableMigrations.WatchState,
        new(3, "deals kept up to date at ingest, claim tallies, effective years", """
            ALTER TABLE claims ADD COLUMN effective_year INTEGER;
            ALTER TABLE claims ADD COLUMN deal_id INTEGER;
            UPDATE claims SET effective_year = COALESCE(year, (SELECT d.published_year FROM documents d WHERE d.id = claims.document_id));
            CREATE TABLE deals (
                id          INTEGER PRIMARY KEY,
            """ + PortableMigrations.DealColumns + """
            );
            """ + PortableMigrations.DealsAndTallies,
            (dialect, connection, transaction) => DealIndex.Rebuild(dialect, connection, transaction, statuses: false)),
        PortableMigrations.PagingIndexes,
        PortableMigrations.DealStatus,
    ];
}
