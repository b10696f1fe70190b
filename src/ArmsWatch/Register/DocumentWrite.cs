using System.Data.Common;
using System.Globalization;
using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Register;

/// <summary>
/// One document's way into the register: taken by this worker (so no other extracts it meanwhile), then extracted
/// outside any write lock, then stored with its sentences and claims in one short transaction, all or nothing.
/// Disposing without <see cref="Commit"/> rolls everything back (as a crash does).
/// </summary>
public sealed class DocumentWrite : IDisposable
{
    /// <summary>How often a store the engine aborted to break a deadlock is written again before the error is given up.</summary>
    private const int MaxDeadlockAttempts = 5;

    private const string StoreSavepoint = "store_document";

    private readonly SqlDialect dialect;
    private readonly DbConnection connection;
    private DbTransaction? transaction;
    private bool stored;

    private DocumentWrite(SqlDialect dialect, DbConnection connection, DbTransaction? hold, string contentHash, DocumentTake take)
    {
        this.dialect = dialect;
        this.connection = connection;
        transaction = hold;
        ContentHash = contentHash;
        Take = take;
    }

    public string ContentHash { get; }

    /// <summary>Whether this write may store the document; anything but <see cref="DocumentTake.Taken"/> means leave it.</summary>
    public DocumentTake Take { get; }

    /// <summary>Takes the document for this worker, unless it is stored already or another worker holds it (for longer than <paramref name="wait"/>).</summary>
    public static DocumentWrite Begin(SqlDialect dialect, string contentHash, TimeSpan wait = default)
    {
        var connection = dialect.Open();
        DbTransaction? hold = null;
        try
        {
            (hold, var taken) = dialect.TakeDocument(connection, contentHash, wait);
            var take = !taken ? DocumentTake.HeldByAnotherWorker
                : IsStored(connection, hold, contentHash) ? DocumentTake.AlreadyStored
                : DocumentTake.Taken;
            return new DocumentWrite(dialect, connection, hold, contentHash, take);
        }
        catch
        {
            hold?.Dispose();
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Writes the document, its sentences and its claims (not committed yet): the only time a write lock is held.</summary>
    /// <returns>False when the register already holds the content (stored meanwhile by a worker that did not take the document).</returns>
    public bool Store(SourceDocument document, IReadOnlyList<Sentence> sentences, DocumentClaims claims)
    {
        if (Take != DocumentTake.Taken)
            throw new InvalidOperationException($"document {document.Id} was not taken ({Take}) and must not be stored");
        if (stored)
            throw new InvalidOperationException($"document {document.Id} is stored already in this transaction");
        var write = transaction = dialect.BeginWrite(connection, transaction);
        for (var attempt = 1; ; attempt++)
        {
            // Workers storing other documents lock deal keys, deal rows and tally rows; when their orders cross, the engine
            // aborts one of them. The document stays taken (its lock is older than the savepoint) and is written again.
            write.Save(StoreSavepoint);
            try
            {
                var written = Write(write, document, sentences, claims);
                write.Release(StoreSavepoint);
                return written;
            }
            catch (DbException error) when (dialect.IsDeadlock(error) && attempt < MaxDeadlockAttempts)
            {
                write.Rollback(StoreSavepoint);
            }
        }
    }

    /// <summary>The writes of <see cref="Store"/>, in the open transaction <paramref name="write"/>.</summary>
    private bool Write(DbTransaction write, SourceDocument document, IReadOnlyList<Sentence> sentences, DocumentClaims claims)
    {
        // ON CONFLICT is the last guard: even a writer that skipped taking cannot store the same content twice.
        using var insert = ParameterisedCommand.Create(connection, write, """
            INSERT INTO documents (content_hash, doc, url, title, published, published_year, origin, text)
            VALUES (@hash, @doc, @url, @title, @published, @published_year, @origin, @text)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING id
            """,
            ("hash", ContentHash), ("doc", document.Id), ("url", document.Url), ("title", DocumentTitle.Of(document)),
            ("published", document.Published?.ToString()), ("published_year", document.Published?.Year),
            ("origin", document.Origin), ("text", document.Text));
        var id = insert.ExecuteScalar();
        if (id is null or DBNull)
            return false;
        var documentId = Convert.ToInt64(id, CultureInfo.InvariantCulture);
        var fitted = claims.Claims.Select(claim => RegisterLimits.Fit(claim, document.Text)).ToList();
        var years = fitted.Select(claim => claim.Year ?? document.Published?.Year).ToList();
        InsertRows(write, SentenceRows(documentId, sentences).Concat(ClaimRows(documentId, fitted, years)));
        // The deals and the tallies follow in the same transaction: a request never merges or counts claims itself.
        var ids = ClaimIds(write, documentId);
        new DealIndex(dialect, connection, write).Add(documentId, fitted.Select((claim, i) => new DealIndex.IndexedClaim(claim, years[i], ids[i], documentId)).ToList());
        ClaimTallies.Add(connection, write, fitted.Select((claim, i) => (claim, years[i])));
        stored = true;
        return true;
    }

    public void Commit() => (transaction ?? throw new InvalidOperationException("nothing was stored to commit")).Commit();

    public void Dispose()
    {
        transaction?.Dispose();
        connection.Dispose();
    }

    private static bool IsStored(DbConnection connection, DbTransaction? transaction, string contentHash)
    {
        using var query = ParameterisedCommand.Create(connection, transaction,
            "SELECT 1 FROM documents WHERE content_hash = @hash", ("hash", contentHash));
        return query.ExecuteScalar() is not (null or DBNull);
    }

    private const string SentenceInsert = """
        INSERT INTO sentences (document_id, ordinal, start_offset, end_offset, text)
        VALUES (@document_id, @ordinal, @start, @end, @text)
        """;

    private const string ClaimInsert = """
        INSERT INTO claims (document_id, ordinal, supplier, recipient, item, system, category, kind, stage, certainty,
                            quantity, value_usd, year, source, evidence, sentence_start, sentence_end, item_start, item_end, effective_year)
        VALUES (@document_id, @ordinal, @supplier, @recipient, @item, @system, @category, @kind, @stage, @certainty,
                @quantity, @value_usd, @year, @source, @evidence, @sentence_start, @sentence_end, @item_start, @item_end, @effective_year)
        """;

    /// <summary>The ids the document's claims were given, in ordinal order.</summary>
    private long[] ClaimIds(DbTransaction write, long documentId)
    {
        using var query = ParameterisedCommand.Create(connection, write, "SELECT id FROM claims WHERE document_id = @id ORDER BY ordinal", ("id", documentId));
        using var reader = query.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
            ids.Add(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
        return [.. ids];
    }

    private static IEnumerable<(string Sql, (string Name, object? Value)[] Values)> SentenceRows(long documentId, IReadOnlyList<Sentence> sentences) =>
        sentences.Select((sentence, i) => (SentenceInsert, new (string, object?)[]
        {
            ("document_id", documentId), ("ordinal", i), ("start", sentence.Start), ("end", sentence.End), ("text", sentence.Text),
        }));

    private static IEnumerable<(string Sql, (string Name, object? Value)[] Values)> ClaimRows(long documentId, IReadOnlyList<Claim> claims, List<int?> years) =>
        claims.Select((claim, i) => (ClaimInsert, new (string, object?)[]
        {
            ("document_id", documentId), ("ordinal", i), ("supplier", claim.Supplier), ("recipient", claim.Recipient),
            ("item", claim.Item), ("system", claim.System),
            ("category", VocabularyText<WeaponCategory>.Name(claim.Category)), ("kind", VocabularyText<TransferKind>.Name(claim.Kind)),
            ("stage", VocabularyText<Stage>.Name(claim.Stage)), ("certainty", VocabularyText<Certainty>.Name(claim.Certainty)),
            ("quantity", claim.Quantity), ("value_usd", claim.ValueUsd), ("year", claim.Year), ("source", claim.Source),
            ("evidence", claim.Evidence), ("sentence_start", claim.SentenceStart), ("sentence_end", claim.SentenceEnd),
            ("item_start", claim.ItemStart), ("item_end", claim.ItemEnd), ("effective_year", years[i]),
        }));

    /// <summary>
    /// Inserts the rows in one round trip where the driver batches (Npgsql), else through one prepared command per
    /// statement rebound per row (SQLite, in process, where a round trip costs nothing).
    /// </summary>
    private void InsertRows(DbTransaction write, IEnumerable<(string Sql, (string Name, object? Value)[] Values)> rows)
    {
        if (connection.CanCreateBatch)
        {
            using var batch = connection.CreateBatch();
            batch.Transaction = write;
            foreach (var (sql, values) in rows)
            {
                var command = batch.CreateBatchCommand();
                command.CommandText = sql;
                foreach (var (name, value) in values)
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = value ?? DBNull.Value;
                    command.Parameters.Add(parameter);
                }
                batch.BatchCommands.Add(command);
            }
            if (batch.BatchCommands.Count > 0)
                batch.ExecuteNonQuery();
            return;
        }
        var commands = new Dictionary<string, DbCommand>();
        try
        {
            foreach (var (sql, values) in rows)
            {
                if (!commands.TryGetValue(sql, out var command))
                {
                    command = ParameterisedCommand.Create(connection, write, sql, values);
                    commands[sql] = command;
                }
                else
                {
                    for (var i = 0; i < values.Length; i++)
                        command.Parameters[i].Value = values[i].Value ?? DBNull.Value;
                }
                command.ExecuteNonQuery();
            }
        }
        finally
        {
            foreach (var command in commands.Values)
                command.Dispose();
        }
    }
}
