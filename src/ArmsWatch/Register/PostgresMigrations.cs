namespace ArmsWatch.Register;

/// <summary>The register's schema for PostgreSQL, one entry per version (see <see cref="SqliteMigrations"/> for its twin).</summary>
public static class PostgresMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "documents, sentences, claims, evidence search", """
            CREATE TABLE documents (
                id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                content_hash   TEXT NOT NULL UNIQUE,
                doc            TEXT NOT NULL,
                url            TEXT,
                title          TEXT,
                published      TEXT,
                published_year INTEGER,
                origin         TEXT,
                text           TEXT NOT NULL,
                ingested_at    TIMESTAMPTZ NOT NULL DEFAULT now()
            );
            CREATE TABLE sentences (
                document_id  BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                ordinal      INTEGER NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset   INTEGER NOT NULL,
                text         TEXT NOT NULL,
                PRIMARY KEY (document_id, ordinal)
            );
            CREATE TABLE claims (
                id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                document_id    BIGINT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
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
                -- The search vector is derived in the row, so it can never disagree with the evidence.
                evidence_search TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', evidence)) STORED,
                UNIQUE (document_id, ordinal)
            );
            CREATE INDEX claims_parties ON claims (supplier, recipient);
            CREATE INDEX claims_system ON claims (lower(system));
            CREATE INDEX claims_category ON claims (category);
            CREATE INDEX claims_evidence_search ON claims USING GIN (evidence_search);
            """),
        PortableMigrations.WatchState,
        new(3, "deals kept up to date at ingest, claim tallies, effective years", """
            ALTER TABLE claims ADD COLUMN effective_year INTEGER, ADD COLUMN deal_id BIGINT;
            UPDATE claims c SET effective_year = COALESCE(c.year, d.published_year) FROM documents d WHERE d.id = c.document_id;
            CREATE TABLE deals (
                id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            """ + PortableMigrations.DealColumns + """
            );
            """ + PortableMigrations.DealsAndTallies,
            (dialect, connection, transaction) => DealIndex.Rebuild(dialect, connection, transaction, statuses: false)),
        PortableMigrations.PagingIndexes,
        PortableMigrations.DealStatus,
    ];
}
