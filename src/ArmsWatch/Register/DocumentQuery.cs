using System.Data.Common;
using System.Globalization;

namespace ArmsWatch.Register;

/// <summary>Reads stored documents: listings of those with a claim matching a filter, and one document whole.</summary>
public static class DocumentQuery
{
    private const string Columns = """
        SELECT d.id, d.doc, d.url, d.title, d.published, d.ingested_at,
               (SELECT COUNT(*) FROM claims n WHERE n.document_id = d.id)
        """;

    private const string Select = Columns + " FROM documents d";

    /// <summary>Documents newest first; with criteria, only those holding a matching claim.</summary>
    public static IReadOnlyList<DocumentSummary> List(SqlDialect dialect, ClaimFilter filter, int offset, int limit)
    {
        using var connection = dialect.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Select + Matching(dialect, command, filter) + " ORDER BY d.id DESC LIMIT @limit OFFSET @offset";
        ParameterisedCommand.Add(command, "limit", limit);
        ParameterisedCommand.Add(command, "offset", offset);
        using var reader = command.ExecuteReader();
        var documents = new List<DocumentSummary>();
        while (reader.Read())
            documents.Add(ReadSummary(reader));
        return documents;
    }

    /// <summary>How many documents match: all of them from the register's totals, else counted up to <see cref="ClaimTallies.CountCap"/>.</summary>
    public static Count Count(SqlDialect dialect, ClaimFilter filter)
    {
        if (filter == ClaimFilter.All)
            return new Count(ClaimTallies.Documents(dialect), Exact: true);
        using var connection = dialect.Open();
        using var command = connection.CreateCommand();
        // Driven by the matching claims (through their indexes), not by every document asked whether it has one.
        command.CommandText = "SELECT COUNT(*) FROM (SELECT DISTINCT c.document_id FROM claims c" + ClaimQuery.Where(dialect, command, filter) + " LIMIT @cap) capped";
        ParameterisedCommand.Add(command, "cap", ClaimTallies.CountCap + 1);
        var counted = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return counted > ClaimTallies.CountCap ? new Count(ClaimTallies.CountCap, Exact: false) : new Count(counted, Exact: true);
    }

    /// <summary>The document with this id, its sentences and claims; null when there is none.</summary>
    public static StoredDocument? Find(SqlDialect dialect, long id)
    {
        DocumentSummary summary;
        string text;
        var sentences = new List<StoredSentence>();
        using (var connection = dialect.Open())
        {
            using (var document = ParameterisedCommand.Create(connection, null,
                       Columns + ", d.text FROM documents d WHERE d.id = @id", ("id", id)))
            using (var reader = document.ExecuteReader())
            {
                if (!reader.Read())
                    return null;
                summary = ReadSummary(reader);
                text = reader.GetString(7);
            }
            using var rows = ParameterisedCommand.Create(connection, null,
                "SELECT ordinal, start_offset, end_offset, text FROM sentences WHERE document_id = @id ORDER BY ordinal", ("id", id));
            using var sentenceReader = rows.ExecuteReader();
            while (sentenceReader.Read())
                sentences.Add(new StoredSentence(Convert.ToInt32(sentenceReader.GetValue(0), CultureInfo.InvariantCulture),
                    Convert.ToInt32(sentenceReader.GetValue(1), CultureInfo.InvariantCulture),
                    Convert.ToInt32(sentenceReader.GetValue(2), CultureInfo.InvariantCulture), sentenceReader.GetString(3)));
        }
        return new StoredDocument(summary, text, sentences, ClaimQuery.Run(dialect, new ClaimFilter { DocumentId = id }));
    }

    /// <summary>The summaries of these documents, in id order.</summary>
    public static IReadOnlyList<DocumentSummary> Summaries(DbConnection connection, IReadOnlyList<long> ids)
    {
        using var query = ParameterisedCommand.Create(connection, null,
            Select + $" WHERE d.id IN ({string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)))}) ORDER BY d.id");
        using var reader = query.ExecuteReader();
        var documents = new List<DocumentSummary>();
        while (reader.Read())
            documents.Add(ReadSummary(reader));
        return documents;
    }

    /// <summary>The id of the document with this content, or null when the register does not hold it.</summary>
    public static long? IdOf(SqlDialect dialect, string contentHash)
    {
        using var connection = dialect.Open();
        using var query = ParameterisedCommand.Create(connection, null, "SELECT id FROM documents WHERE content_hash = @hash", ("hash", contentHash));
        return query.ExecuteScalar() is { } id and not DBNull ? Convert.ToInt64(id, CultureInfo.InvariantCulture) : null;
    }

    // A document matches when one of its claims does: the claim conditions run in a subquery bound to the outer d.
    private static string Matching(SqlDialect dialect, DbCommand command, ClaimFilter filter)
    {
        var where = ClaimQuery.Where(dialect, command, filter);
        return where.Length == 0 ? "" : $" WHERE EXISTS (SELECT 1 FROM claims c{where} AND c.document_id = d.id)";
    }

    private static DocumentSummary ReadSummary(DbDataReader row) => new(
        Convert.ToInt64(row.GetValue(0), CultureInfo.InvariantCulture), row.GetString(1), ClaimQuery.Text(row, 2), ClaimQuery.Text(row, 3), ClaimQuery.Text(row, 4),
        row.GetValue(5) switch
        {
            DateTime time => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            var value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        },
        Convert.ToInt64(row.GetValue(6), CultureInfo.InvariantCulture));
}
