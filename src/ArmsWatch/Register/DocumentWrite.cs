using System.Data.Common;
using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Register;

/// <summary>
/// One document's transaction: the document, its sentences and its claims are stored together or not at all.
/// Disposing without <see cref="Commit"/> rolls everything back (as a crash does).
/// </summary>
public sealed class DocumentWrite : IDisposable
{
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private bool stored;

    private DocumentWrite(DbConnection connection, DbTransaction transaction, string contentHash, DocumentTake take)
    {
        this.connection = connection;
        this.transaction = transaction;
        ContentHash = contentHash;
        Take = take;
    }

    public string ContentHash { get; }

    /// <summary>Whether this write may store the document; anything but <see cref="DocumentTake.Taken"/> means leave it.</summary>
    public DocumentTake Take { get; }

    /// <summary>Opens the transaction and takes the document for this worker, unless it is stored or held already.</summary>
    public static DocumentWrite Begin(SqlDialect dialect, string contentHash)
    {
        var connection = dialect.Open();
        DbTransaction? transaction = null;
        try
        {
            transaction = dialect.BeginDocument(connection);
            var take = !dialect.TryTakeDocument(connection, transaction, contentHash) ? DocumentTake.HeldByAnotherWorker
                : IsStored(connection, transaction, contentHash) ? DocumentTake.AlreadyStored
                : DocumentTake.Taken;
            return new DocumentWrite(connection, transaction, contentHash, take);
        }
        catch
        {
            transaction?.Dispose();
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Writes the document, its sentences and its claims (not committed yet).</summary>
    /// <returns>False when the register already holds the content (stored by a worker that did not take the document).</returns>
    public bool Store(SourceDocument document, IReadOnlyList<Sentence> sentences, DocumentClaims claims)
    {
        if (Take != DocumentTake.Taken)
            throw new InvalidOperationException($"document {document.Id} was not taken ({Take}) and must not be stored");
        if (stored)
            throw new InvalidOperationException($"document {document.Id} is stored already in this transaction");

        // ON CONFLICT is the last guard: even a writer that skipped taking cannot store the same content twice.
        using var insert = ParameterisedCommand.Create(connection, transaction, """
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
        var documentId = Convert.ToInt64(id);
        InsertRows(SentenceRows(documentId, sentences).Concat(ClaimRows(documentId, claims.Claims)));
        stored = true;
        return true;
    }

    public void Commit() => transaction.Commit();

    public void Dispose()
    {
        transaction.Dispose();
        connection.Dispose();
    }

    private static bool IsStored(DbConnection connection, DbTransaction transaction, string contentHash)
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
                            quantity, value_usd, year, source, evidence, sentence_start, sentence_end, item_start, item_end)
        VALUES (@document_id, @ordinal, @supplier, @recipient, @item, @system, @category, @kind, @stage, @certainty,
                @quantity, @value_usd, @year, @source, @evidence, @sentence_start, @sentence_end, @item_start, @item_end)
        """;

    private static IEnumerable<(string Sql, (string Name, object? Value)[] Values)> SentenceRows(long documentId, IReadOnlyList<Sentence> sentences) =>
        sentences.Select((sentence, i) => (SentenceInsert, new (string, object?)[]
        {
            ("document_id", documentId), ("ordinal", i), ("start", sentence.Start), ("end", sentence.End), ("text", sentence.Text),
        }));

    private static IEnumerable<(string Sql, (string Name, object? Value)[] Values)> ClaimRows(long documentId, IReadOnlyList<Claim> claims) =>
        claims.Select((claim, i) => (ClaimInsert, new (string, object?)[]
        {
            ("document_id", documentId), ("ordinal", i), ("supplier", claim.Supplier), ("recipient", claim.Recipient),
            ("item", claim.Item), ("system", claim.System),
            ("category", VocabularyText<WeaponCategory>.Name(claim.Category)), ("kind", VocabularyText<TransferKind>.Name(claim.Kind)),
            ("stage", VocabularyText<Stage>.Name(claim.Stage)), ("certainty", VocabularyText<Certainty>.Name(claim.Certainty)),
            ("quantity", claim.Quantity), ("value_usd", claim.ValueUsd), ("year", claim.Year), ("source", claim.Source),
            ("evidence", claim.Evidence), ("sentence_start", claim.SentenceStart), ("sentence_end", claim.SentenceEnd),
            ("item_start", claim.ItemStart), ("item_end", claim.ItemEnd),
        }));

    /// <summary>
    /// Inserts the rows in one round trip where the driver batches (Npgsql), else through one prepared command per
    /// statement rebound per row (SQLite, in process, where a round trip costs nothing).
    /// </summary>
    private void InsertRows(IEnumerable<(string Sql, (string Name, object? Value)[] Values)> rows)
    {
        if (connection.CanCreateBatch)
        {
            using var batch = connection.CreateBatch();
            batch.Transaction = transaction;
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
                    command = ParameterisedCommand.Create(connection, transaction, sql, values);
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
