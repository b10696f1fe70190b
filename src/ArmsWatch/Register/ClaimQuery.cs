using System.Data.Common;
using System.Text;
using ArmsWatch.Extraction;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>Reads claims matching a <see cref="ClaimFilter"/>: the WHERE clause is built from fixed fragments, every value a parameter.</summary>
public static class ClaimQuery
{
    private const string Select = """
        SELECT c.id, c.document_id, d.doc, d.published, d.published_year, d.url, d.title,
               c.supplier, c.recipient, c.item, c.system, c.category, c.kind, c.stage, c.certainty,
               c.quantity, c.value_usd, c.year, c.source, c.evidence,
               c.sentence_start, c.sentence_end, c.item_start, c.item_end
        """ + From;

    private const string From = " FROM claims c JOIN documents d ON d.id = c.document_id";

    public static IReadOnlyList<StoredClaim> Run(SqlDialect dialect, ClaimFilter filter) => Run(dialect, filter, 0, null);

    /// <summary>One page of the matching claims in id order: <paramref name="limit"/> claims after skipping <paramref name="offset"/>.</summary>
    public static IReadOnlyList<StoredClaim> Run(SqlDialect dialect, ClaimFilter filter, int offset, int? limit)
    {
        using var connection = dialect.Open();
        using var command = connection.CreateCommand();
        var sql = new StringBuilder(Select).Append(Where(dialect, command, filter)).Append(" ORDER BY c.id");
        if (limit is { } rows)
        {
            sql.Append(" LIMIT @limit OFFSET @offset");
            ParameterisedCommand.Add(command, "limit", rows);
            ParameterisedCommand.Add(command, "offset", offset);
        }
        command.CommandText = sql.ToString();

        using var reader = command.ExecuteReader();
        var claims = new List<StoredClaim>();
        while (reader.Read())
            claims.Add(Read(reader));
        return claims;
    }

    /// <summary>How many claims match: the total a page of them is out of.</summary>
    public static long Count(SqlDialect dialect, ClaimFilter filter)
    {
        using var connection = dialect.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*)" + From + Where(dialect, command, filter);
        return Convert.ToInt64(command.ExecuteScalar());
    }

    /// <summary>The highest claim id stored (0 for none): where a reader of new claims starts.</summary>
    public static long LatestId(SqlDialect dialect)
    {
        using var connection = dialect.Open();
        using var command = ParameterisedCommand.Create(connection, null, "SELECT COALESCE(MAX(id), 0) FROM claims");
        return Convert.ToInt64(command.ExecuteScalar());
    }

    /// <summary>
    /// The WHERE clause (empty when nothing is asked) over claims <c>c</c> joined to their documents <c>d</c>, its
    /// values bound to the command: shared by every query that selects claims by a filter.
    /// </summary>
    public static string Where(SqlDialect dialect, DbCommand command, ClaimFilter filter)
    {
        var conditions = new List<string>();
        void Add(string condition, string name, object value)
        {
            conditions.Add(condition);
            ParameterisedCommand.Add(command, name, value);
        }

        if (!string.IsNullOrWhiteSpace(filter.Supplier))
            Add("c.supplier = @supplier", "supplier", filter.Supplier.Trim().ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(filter.Recipient))
            Add("c.recipient = @recipient", "recipient", filter.Recipient.Trim().ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(filter.System))
            Add("lower(c.system) = @system", "system", filter.System.Trim().ToLowerInvariant());
        if (filter.Category is { } category)
            Add("c.category = @category", "category", VocabularyText<WeaponCategory>.Name(category));
        if (filter.Stage is { } stage)
            Add("c.stage = @stage", "stage", VocabularyText<Stage>.Name(stage));
        if (filter.Certainty is { } certainty)
            Add("c.certainty = @certainty", "certainty", VocabularyText<Certainty>.Name(certainty));
        if (filter.FromYear is { } from)
            Add("COALESCE(c.year, d.published_year) >= @from_year", "from_year", from);
        if (filter.ToYear is { } to)
            Add("COALESCE(c.year, d.published_year) <= @to_year", "to_year", to);
        if (!string.IsNullOrWhiteSpace(filter.Text))
            Add(dialect.EvidenceMatches("@text"), "text", dialect.TextQuery(filter.Text));
        if (filter.DocumentId is { } document)
            Add("c.document_id = @document_id", "document_id", document);
        if (filter.AfterId is { } after)
            Add("c.id > @after_id", "after_id", after);

        return conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
    }

    private static StoredClaim Read(DbDataReader row) => new()
    {
        Id = Convert.ToInt64(row.GetValue(0)),
        DocumentId = Convert.ToInt64(row.GetValue(1)),
        Doc = row.GetString(2),
        Published = Text(row, 3),
        PublishedYear = Int(row, 4),
        Url = Text(row, 5),
        Title = Text(row, 6),
        Claim = new Claim
        {
            Supplier = Text(row, 7),
            Recipient = Text(row, 8),
            Item = row.GetString(9),
            System = Text(row, 10),
            Category = VocabularyText<WeaponCategory>.Parse(row.GetString(11)),
            Kind = VocabularyText<TransferKind>.Parse(row.GetString(12)),
            Stage = VocabularyText<Stage>.Parse(row.GetString(13)),
            Certainty = VocabularyText<Certainty>.Parse(row.GetString(14)),
            Quantity = Int(row, 15),
            ValueUsd = row.IsDBNull(16) ? null : Convert.ToDecimal(row.GetValue(16)),
            Year = Int(row, 17),
            Source = Text(row, 18),
            Evidence = row.GetString(19),
            SentenceStart = Convert.ToInt32(row.GetValue(20)),
            SentenceEnd = Convert.ToInt32(row.GetValue(21)),
            ItemStart = Convert.ToInt32(row.GetValue(22)),
            ItemEnd = Convert.ToInt32(row.GetValue(23)),
        },
    };

    internal static string? Text(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    private static int? Int(DbDataReader row, int column) => row.IsDBNull(column) ? null : Convert.ToInt32(row.GetValue(column));
}
