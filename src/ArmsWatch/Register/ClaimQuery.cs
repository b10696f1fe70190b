using System.Data.Common;
using System.Globalization;
using System.Text;
using ArmsWatch.Extraction;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>Reads claims matching a <see cref="ClaimFilter"/>: the WHERE clause is built from fixed fragments, every value a parameter.</summary>
public static class ClaimQuery
{
    /// <summary>A claim's own fields, in the order <see cref="ReadClaim"/> reads them: shared by every query that reads claims.</summary>
    public const string ClaimColumns = """
        SELECT c.supplier, c.recipient, c.item, c.system, c.category, c.kind, c.stage, c.certainty,
               c.quantity, c.value_usd, c.year, c.source, c.evidence, c.sentence_start, c.sentence_end, c.item_start, c.item_end
        """;

    public const int ClaimColumnCount = 17;

    // The document's name and date travel with each claim; its URL and title only into flat exports (StoredClaim).
    private const string Select = ClaimColumns + """
        , c.id, c.document_id, d.doc, d.published, c.effective_year, d.url, d.title, deal.slug
        """;

    private const string Joins = " JOIN documents d ON d.id = c.document_id LEFT JOIN deals deal ON deal.id = c.deal_id";

    /// <summary>
    /// Where a filter's claims are read from: the claims, or, when words are asked for and the engine's text index yields
    /// matches in id order (<see cref="SqlDialect.TextIndexTable"/>), that index joined to the claims, so that a page or
    /// a capped count stops after its claims instead of first listing every match. Returns the FROM clause (claims as
    /// <c>c</c>), the column that orders by id, and the name of the index table (null when not read from it).
    /// </summary>
    public static (string From, string OrderBy, string? TextIndex) Source(SqlDialect dialect, ClaimFilter filter) =>
        !string.IsNullOrWhiteSpace(filter.Text) && dialect.TextIndexTable is { } index
            // CROSS JOIN: SQLite then keeps the text index as the outer loop (else it may walk an index of the claims and
            // probe the text index per claim, seconds for a common word).
            ? ($" FROM {index} CROSS JOIN claims c ON c.id = {index}.rowid", $"{index}.rowid", index)
            : (" FROM claims c", "c.id", null);

    public static IReadOnlyList<StoredClaim> Run(SqlDialect dialect, ClaimFilter filter) => Run(dialect, filter, 0, null);

    /// <summary>One page of the matching claims in id order: <paramref name="limit"/> claims after skipping <paramref name="offset"/>.</summary>
    public static IReadOnlyList<StoredClaim> Run(SqlDialect dialect, ClaimFilter filter, int offset, int? limit)
    {
        using var connection = dialect.Open();
        using var command = connection.CreateCommand();
        var (from, orderBy, textIndex) = Source(dialect, filter);
        var sql = new StringBuilder(Select).Append(from).Append(Joins).Append(Where(dialect, command, filter, inIdOrder: true, textIndex))
            .Append(" ORDER BY ").Append(orderBy);
        if (limit is { } rows)
        {
            sql.Append(" LIMIT @limit OFFSET @offset");
            ParameterisedCommand.Add(command, "limit", rows);
            ParameterisedCommand.Add(command, "offset", offset);
        }
        command.CommandText = sql.ToString();
        return ReadAll(command);
    }

    /// <summary>Every claim a query selecting <see cref="ClaimColumns"/> then the stored columns returns.</summary>
    public static List<StoredClaim> ReadAll(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var claims = new List<StoredClaim>();
        while (reader.Read())
            claims.Add(Read(reader));
        return claims;
    }

    /// <summary>The highest claim id stored (0 for none): where a reader of new claims starts.</summary>
    public static long LatestId(SqlDialect dialect)
    {
        using var connection = dialect.Open();
        using var command = ParameterisedCommand.Create(connection, null, "SELECT COALESCE(MAX(id), 0) FROM claims");
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The WHERE clause (empty when nothing is asked) over claims <c>c</c>, its values bound to the command: shared by
    /// every query that selects claims by a filter. Needs no other table: a claim's year is its own or its document's,
    /// stored with it (<c>effective_year</c>).
    /// </summary>
    /// <param name="inIdOrder">
    /// For a page read in id order: years are then compared as <c>+c.effective_year</c>, which keeps the engine from
    /// reading them through their index. A year range is wide, and read in year order a page would need a sort of
    /// every match, where read in id order it stops after the page; a count, though, reads only the range's entries.
    /// </param>
    /// <param name="textIndex">The text index the claims are read from (see <see cref="Source"/>): words are then matched there.</param>
    public static string Where(SqlDialect dialect, DbCommand command, ClaimFilter filter, bool inIdOrder = false, string? textIndex = null)
    {
        var year = inIdOrder ? "+c.effective_year" : "c.effective_year";
        var where = new FilterConditions(command);
        where.AddWhat(filter, "c", "lower(c.system) = @system");
        where.AddStep(filter, "c");
        if (filter.FromYear is { } from)
            where.Add($"{year} >= @from_year", "from_year", from);
        if (filter.ToYear is { } to)
            where.Add($"{year} <= @to_year", "to_year", to);
        if (!string.IsNullOrWhiteSpace(filter.Text))
            where.Add(textIndex is null ? dialect.EvidenceMatches("@text") : $"{textIndex} MATCH @text", "text", dialect.TextQuery(filter.Text));
        if (filter.DocumentId is { } document)
            where.Add("c.document_id = @document_id", "document_id", document);
        if (filter.AfterId is { } after)
            where.Add("c.id > @after_id", "after_id", after);

        return where.Where;
    }

    private static StoredClaim Read(DbDataReader row) => new()
    {
        Claim = ReadClaim(row, 0),
        Id = Convert.ToInt64(row.GetValue(ClaimColumnCount), CultureInfo.InvariantCulture),
        DocumentId = Convert.ToInt64(row.GetValue(ClaimColumnCount + 1), CultureInfo.InvariantCulture),
        Doc = row.GetString(ClaimColumnCount + 2),
        Published = Text(row, ClaimColumnCount + 3),
        EffectiveYear = Int(row, ClaimColumnCount + 4),
        Url = Text(row, ClaimColumnCount + 5),
        Title = Text(row, ClaimColumnCount + 6),
        Deal = Text(row, ClaimColumnCount + 7),
    };

    /// <summary>The claim whose <see cref="ClaimColumns"/> start at column <paramref name="at"/>.</summary>
    public static Claim ReadClaim(DbDataReader row, int at) => new()
    {
        Supplier = Text(row, at),
        Recipient = Text(row, at + 1),
        Item = row.GetString(at + 2),
        System = Text(row, at + 3),
        Category = VocabularyText<WeaponCategory>.Parse(row.GetString(at + 4)),
        Kind = VocabularyText<TransferKind>.Parse(row.GetString(at + 5)),
        Stage = VocabularyText<Stage>.Parse(row.GetString(at + 6)),
        Certainty = VocabularyText<Certainty>.Parse(row.GetString(at + 7)),
        Quantity = Int(row, at + 8),
        ValueUsd = row.IsDBNull(at + 9) ? null : Convert.ToDecimal(row.GetValue(at + 9), CultureInfo.InvariantCulture),
        Year = Int(row, at + 10),
        Source = Text(row, at + 11),
        Evidence = row.GetString(at + 12),
        SentenceStart = Convert.ToInt32(row.GetValue(at + 13), CultureInfo.InvariantCulture),
        SentenceEnd = Convert.ToInt32(row.GetValue(at + 14), CultureInfo.InvariantCulture),
        ItemStart = Convert.ToInt32(row.GetValue(at + 15), CultureInfo.InvariantCulture),
        ItemEnd = Convert.ToInt32(row.GetValue(at + 16), CultureInfo.InvariantCulture),
    };

    internal static string? Text(DbDataReader row, int column) => row.IsDBNull(column) ? null : row.GetString(column);

    internal static int? Int(DbDataReader row, int column) => row.IsDBNull(column) ? null : Convert.ToInt32(row.GetValue(column), CultureInfo.InvariantCulture);
}
