using System.Data.Common;
using System.Text;
using ArmsWatch.Extraction;

namespace ArmsWatch.Register;

/// <summary>Reads claims matching a <see cref="ClaimFilter"/>: the WHERE clause is built from fixed fragments, every value a parameter.</summary>
public static class ClaimQuery
{
    private const string Select = """
        SELECT c.id, d.doc, d.published, d.published_year, d.url, d.title,
               c.supplier, c.recipient, c.item, c.system, c.category, c.kind, c.stage, c.certainty,
               c.quantity, c.value_usd, c.year, c.source, c.evidence,
               c.sentence_start, c.sentence_end, c.item_start, c.item_end
        FROM claims c JOIN documents d ON d.id = c.document_id
        """;

    public static IReadOnlyList<StoredClaim> Run(SqlDialect dialect, ClaimFilter filter)
    {
        using var connection = dialect.Open();
        using var command = connection.CreateCommand();
        var sql = new StringBuilder(Select);
        var conditions = new List<string>();
        void Where(string condition, string name, object value)
        {
            conditions.Add(condition);
            ParameterisedCommand.Add(command, name, value);
        }

        if (!string.IsNullOrWhiteSpace(filter.Supplier))
            Where("c.supplier = @supplier", "supplier", filter.Supplier.Trim().ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(filter.Recipient))
            Where("c.recipient = @recipient", "recipient", filter.Recipient.Trim().ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(filter.System))
            Where("lower(c.system) = @system", "system", filter.System.Trim().ToLowerInvariant());
        if (filter.Category is { } category)
            Where("c.category = @category", "category", VocabularyText<WeaponCategory>.Name(category));
        if (filter.Stage is { } stage)
            Where("c.stage = @stage", "stage", VocabularyText<Stage>.Name(stage));
        if (filter.Certainty is { } certainty)
            Where("c.certainty = @certainty", "certainty", VocabularyText<Certainty>.Name(certainty));
        if (filter.FromYear is { } from)
            Where("COALESCE(c.year, d.published_year) >= @from_year", "from_year", from);
        if (filter.ToYear is { } to)
            Where("COALESCE(c.year, d.published_year) <= @to_year", "to_year", to);
        if (!string.IsNullOrWhiteSpace(filter.Text))
            Where(dialect.EvidenceMatches("@text"), "text", dialect.TextQuery(filter.Text));

        if (conditions.Count > 0)
            sql.Append(" WHERE ").AppendJoin(" AND ", conditions);
        sql.Append(" ORDER BY c.id");
        command.CommandText = sql.ToString();

        using var reader = command.ExecuteReader();
        var claims = new List<StoredClaim>();
        while (reader.Read())
            claims.Add(Read(reader));
        return claims;
    }

    private static StoredClaim Read(DbDataReader row) => new()
    {
        Id = Convert.ToInt64(row.GetValue(0)),
        Doc = row.GetString(1),
        Published = Text(row, 2),
        PublishedYear = Int(row, 3),
        Url = Text(row, 4),
        Title = Text(row, 5),
        Claim = new Claim
        {
            Supplier = Text(row, 6),
            Recipient = Text(row, 7),
            Item = row.GetString(8),
            System = Text(row, 9),
            Category = VocabularyText<WeaponCategory>.Parse(row.GetString(10)),
            Kind = VocabularyText<TransferKind>.Parse(row.GetString(11)),
            Stage = VocabularyText<Stage>.Parse(row.GetString(12)),
            Certainty = VocabularyText<Certainty>.Parse(row.GetString(13)),
            Quantity = Int(row, 14),
            ValueUsd = row.IsDBNull(15) ? null : Convert.ToDecimal(row.GetValue(15)),
            Year = Int(row, 16),
            Source = Text(row, 17),
            Evidence = row.GetString(18),
            SentenceStart = Convert.ToInt32(row.GetValue(19)),
            SentenceEnd = Convert.ToInt32(row.GetValue(20)),
            ItemStart = Convert.ToInt32(row.GetValue(21)),
            ItemEnd = Convert.ToInt32(row.GetValue(22)),
        },
    };

    private static string? Text(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    private static int? Int(DbDataReader row, int column) => row.IsDBNull(column) ? null : Convert.ToInt32(row.GetValue(column));
}
