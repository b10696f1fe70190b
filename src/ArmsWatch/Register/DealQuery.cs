using System.Data.Common;
using System.Globalization;
using System.Text;
using ArmsWatch.Extraction;

namespace ArmsWatch.Register;

/// <summary>
/// Reads the deals <see cref="DealIndex"/> keeps: a page of those matching a filter, one deal with a page of its
/// timeline, or all of them whole (exports). Every read is an indexed lookup of a few rows per deal.
/// </summary>
public static class DealQuery
{
    /// <summary>Figures a listing shows per deal and kind, the most-mentioned first; the rest are counted in <see cref="Deal.FiguresOmitted"/>.</summary>
    public const int FiguresPerKind = 5;

    /// <summary>Figures one deal shows per kind: enough for any real deal, bounded for one fed thousands of differing figures.</summary>
    public const int FiguresPerDeal = 200;

    private const string Columns = """
        SELECT d.id, d.slug, d.supplier, d.recipient, d.family, d.by_system, d.designation, d.category,
               d.first_year, d.last_year, d.mentions, d.documents, d.attached
        FROM deals d
        """;

    private const string Order = " ORDER BY d.supplier, d.recipient, d.family, d.by_system, d.first_year";

    /// <summary>One page of the deals with a mention matching the filter, in key order, and how many there are.</summary>
    public static (IReadOnlyList<Deal> Deals, long Total) Page(SqlDialect dialect, ClaimFilter filter, int offset, int limit)
    {
        using var connection = dialect.Open();
        List<DealRow> rows;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = Columns + Where(dialect, command, filter) + Order + " LIMIT @limit OFFSET @offset";
            ParameterisedCommand.Add(command, "limit", limit);
            ParameterisedCommand.Add(command, "offset", offset);
            rows = ReadRows(command);
        }
        long total;
        using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT COUNT(*) FROM deals d" + Where(dialect, count, filter);
            total = Convert.ToInt64(count.ExecuteScalar());
        }
        return (Complete(connection, rows, FiguresPerKind, withEvidence: false), total);
    }

    /// <summary>Every deal with a mention matching the filter, each with its whole timeline: for the CLI and exports.</summary>
    public static IReadOnlyList<Deal> All(SqlDialect dialect, ClaimFilter filter)
    {
        using var connection = dialect.Open();
        List<DealRow> rows;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = Columns + Where(dialect, command, filter) + Order;
            rows = ReadRows(command);
        }
        var deals = Complete(connection, rows, int.MaxValue, withEvidence: true);
        return deals.Select((deal, i) => deal with { Timeline = Timeline(connection, rows[i].Id, 0, int.MaxValue).Select(DealMention.Of).ToList() }).ToList();
    }

    /// <summary>The deal with this id, with one page of its timeline (in year order), or null.</summary>
    public static DealDetail? Find(SqlDialect dialect, string id, int offset, int limit)
    {
        using var connection = dialect.Open();
        List<DealRow> rows;
        using (var command = ParameterisedCommand.Create(connection, null, Columns + " WHERE d.slug = @slug ORDER BY d.id LIMIT 1", ("slug", id)))
            rows = ReadRows(command);
        if (rows.Count == 0)
            return null;
        var deal = Complete(connection, rows, FiguresPerDeal, withEvidence: true)[0];
        var mentions = Timeline(connection, rows[0].Id, offset, limit);
        return new DealDetail(deal, mentions.Select(DealMention.Of).ToList(), DocumentsOf(connection, mentions.Select(mention => mention.DocumentId)));
    }

    /// <summary>The key of a deal row whose supplier, recipient, family and by_system start at <paramref name="at"/>.</summary>
    public static DealKey Key(DbDataReader row, int at) => new(
        NullIfEmpty(row.GetString(at)), NullIfEmpty(row.GetString(at + 1)), row.GetString(at + 2), Convert.ToInt32(row.GetValue(at + 3)) != 0);

    /// <summary>
    /// The deals with a mention matching the filter: parties, system and category are the deal's own; stage, certainty
    /// and years are one step of its history (a step is a mention's stage, certainty and year together); words, a
    /// document or a starting id are looked up in the claims.
    /// </summary>
    private static string Where(SqlDialect dialect, DbCommand command, ClaimFilter filter)
    {
        var conditions = new List<string>();
        void Add(string condition, string name, object value)
        {
            conditions.Add(condition);
            ParameterisedCommand.Add(command, name, value);
        }

        if (!string.IsNullOrWhiteSpace(filter.Supplier))
            Add("d.supplier = @supplier", "supplier", filter.Supplier.Trim().ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(filter.Recipient))
            Add("d.recipient = @recipient", "recipient", filter.Recipient.Trim().ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(filter.System))
            Add("d.by_system = 1 AND d.family = @system", "system", filter.System.Trim().ToLowerInvariant());
        if (filter.Category is { } category)
            Add("d.category = @category", "category", VocabularyText<WeaponCategory>.Name(category));
        var mention = filter with { Supplier = null, Recipient = null, System = null, Category = null };
        if (!ClaimTallies.CanAnswer(mention))
        {
            var claims = ClaimQuery.Where(dialect, command, mention);
            conditions.Add($"d.id IN (SELECT c.deal_id FROM claims c{claims})");
        }
        else if (mention.HasMentionCriteria)
        {
            var step = new List<string> { "s.deal_id = d.id" };
            if (mention.Stage is { } stage)
            {
                step.Add("s.stage = @stage");
                ParameterisedCommand.Add(command, "stage", VocabularyText<Stage>.Name(stage));
            }
            if (mention.Certainty is { } certainty)
            {
                step.Add("s.certainty = @certainty");
                ParameterisedCommand.Add(command, "certainty", VocabularyText<Certainty>.Name(certainty));
            }
            if (mention.FromYear is not null || mention.ToYear is not null)
                step.Add("s.year <> 0");
            if (mention.FromYear is { } from)
            {
                step.Add("s.year >= @from_year");
                ParameterisedCommand.Add(command, "from_year", from);
            }
            if (mention.ToYear is { } to)
            {
                step.Add("s.year <= @to_year");
                ParameterisedCommand.Add(command, "to_year", to);
            }
            conditions.Add($"EXISTS (SELECT 1 FROM deal_steps s WHERE {string.Join(" AND ", step)})");
        }
        return conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
    }

    private sealed record DealRow(long Id, string Slug, DealKey Key, string Designation, WeaponCategory Category,
        int? FirstYear, int? LastYear, int Mentions, int Documents, int Attached);

    private static List<DealRow> ReadRows(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<DealRow>();
        while (reader.Read())
            rows.Add(new DealRow(Convert.ToInt64(reader.GetValue(0)), reader.GetString(1), Key(reader, 2), reader.GetString(6),
                VocabularyText<WeaponCategory>.Parse(reader.GetString(7)), ClaimQuery.Int(reader, 8), ClaimQuery.Int(reader, 9),
                Convert.ToInt32(reader.GetValue(10)), Convert.ToInt32(reader.GetValue(11)), Convert.ToInt32(reader.GetValue(12))));
        return rows;
    }

    /// <summary>The rows as deals: each with its history and its figures (at most <paramref name="figuresPerKind"/> of each kind), two queries for all.</summary>
    private static List<Deal> Complete(DbConnection connection, List<DealRow> rows, int figuresPerKind, bool withEvidence)
    {
        if (rows.Count == 0)
            return [];
        var ids = string.Join(", ", rows.Select(row => row.Id.ToString(CultureInfo.InvariantCulture)));
        var steps = rows.ToDictionary(row => row.Id, _ => new List<DealStep>());
        using (var query = ParameterisedCommand.Create(connection, null,
                   $"SELECT deal_id, year, stage, certainty, mentions FROM deal_steps WHERE deal_id IN ({ids})"))
        using (var reader = query.ExecuteReader())
        {
            while (reader.Read())
            {
                var year = Convert.ToInt32(reader.GetValue(1));
                steps[Convert.ToInt64(reader.GetValue(0))].Add(new DealStep(year == 0 ? null : year, VocabularyText<Stage>.Parse(reader.GetString(2)),
                    VocabularyText<Certainty>.Parse(reader.GetString(3)), Convert.ToInt32(reader.GetValue(4))));
            }
        }
        var figures = rows.ToDictionary(row => row.Id, _ => (Values: new List<ReportedFigure>(), Quantities: new List<ReportedFigure>(), Omitted: 0));
        // The most-mentioned figures of each kind per deal, so that a deal with thousands of differing figures cannot bloat a listing.
        using (var query = ParameterisedCommand.Create(connection, null, $"""
                   SELECT f.deal_id, f.kind, f.basis, f.year, f.value, f.source, f.mentions, f.claim_id, doc.doc,
                          CASE WHEN @evidence = 1 THEN c.evidence END, f.rank, f.of
                   FROM (SELECT deal_id, kind, basis, year, value, source, mentions, claim_id,
                                ROW_NUMBER() OVER (PARTITION BY deal_id, kind ORDER BY mentions DESC, claim_id) AS rank,
                                COUNT(*) OVER (PARTITION BY deal_id, kind) AS of
                         FROM deal_figures WHERE deal_id IN ({ids})) f
                   JOIN claims c ON c.id = f.claim_id
                   JOIN documents doc ON doc.id = c.document_id
                   WHERE f.rank <= @figures
                   ORDER BY f.deal_id, f.kind, f.basis, f.year, f.value
                   """, ("figures", figuresPerKind), ("evidence", withEvidence ? 1 : 0)))
        using (var reader = query.ExecuteReader())
        {
            while (reader.Read())
            {
                var deal = Convert.ToInt64(reader.GetValue(0));
                var year = Convert.ToInt32(reader.GetValue(3));
                var source = reader.GetString(5);
                var figure = new ReportedFigure(Convert.ToDecimal(reader.GetValue(4)), reader.GetString(2), year == 0 ? null : year,
                    source.Length == 0 ? null : source, Convert.ToInt32(reader.GetValue(6)), Convert.ToInt64(reader.GetValue(7)),
                    reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetString(9));
                var entry = figures[deal];
                (reader.GetString(1) == "value" ? entry.Values : entry.Quantities).Add(figure);
                if (Convert.ToInt64(reader.GetValue(10)) == 1)
                    figures[deal] = entry with { Omitted = entry.Omitted + (int)Math.Max(0, Convert.ToInt64(reader.GetValue(11)) - figuresPerKind) };
            }
        }
        return rows.Select(row =>
        {
            var history = steps[row.Id].OrderBy(step => step.Year ?? int.MaxValue).ThenBy(step => step.Stage).ThenBy(step => step.Certainty).ToList();
            var (stage, certainty, resumed) = history.Count > 0 ? DealStatus.Of(history) : (Stage.Request, Certainty.Possible, false);
            var (values, quantities, omitted) = figures[row.Id];
            return new Deal
            {
                Id = row.Slug,
                Key = row.Key,
                Designation = row.Designation,
                Category = row.Category,
                MergeRule = MergeRule(row, history),
                FirstYear = row.FirstYear,
                LastYear = row.LastYear,
                Stage = stage,
                Certainty = certainty,
                Resumed = resumed,
                History = history,
                Mentions = row.Mentions,
                Documents = row.Documents,
                ValuesUsd = ReportedFigure.MarkConflicts(values),
                Quantities = ReportedFigure.MarkConflicts(quantities),
                FiguresOmitted = omitted,
            };
        }).ToList();
    }

    private static string MergeRule(DealRow row, List<DealStep> history)
    {
        var key = row.Key;
        var family = key.BySystem ? $"system family {key.Family}" : $"category {key.Family} with no system named";
        var rule = new StringBuilder($"same supplier ({key.Supplier ?? "unknown"}), recipient ({key.Recipient ?? "unknown"}) and {family}");
        rule.Append(row.Documents == 1 ? "; one article" : $"; {row.Documents} articles");
        if (row.FirstYear is { } first)
            rule.Append(first == row.LastYear
                ? $", all dated {first}"
                : $", years {first}–{row.LastYear}, each article's within {DealIndex.YearGap} years of another's");
        if (row.Attached > 0)
            rule.Append(key.BySystem
                ? $"; {row.Attached} mention(s) naming no system (\"the deal\", \"the aircraft\") joined from articles where this is the programme they stand for"
                : $"; {row.Attached} mention(s) naming no kind of equipment (\"the deal\", \"the package\") joined from articles where this is what they stand for");
        var undated = history.Where(step => step.Year is null).Sum(step => step.Mentions);
        if (undated > 0)
            rule.Append(row.FirstYear is null
                ? $"; no mention has a year"
                : $"; {undated} mention(s) with no year, in articles with none, joined the latest deal of this key");
        return rule.ToString();
    }

    /// <summary>A page of a deal's mentions in year order (undated last), then in the order they were stored.</summary>
    private static List<StoredClaim> Timeline(DbConnection connection, long deal, int offset, int limit)
    {
        using var query = ParameterisedCommand.Create(connection, null, ClaimQuery.ClaimColumns + """
            , c.id, c.document_id, d.doc, d.published, c.effective_year, d.url, d.title, deal.slug
            FROM claims c JOIN documents d ON d.id = c.document_id JOIN deals deal ON deal.id = c.deal_id
            WHERE c.deal_id = @deal
            ORDER BY COALESCE(c.effective_year, 99999), c.id
            LIMIT @limit OFFSET @offset
            """, ("deal", deal), ("limit", limit), ("offset", offset));
        return ClaimQuery.ReadAll(query);
    }

    private static IReadOnlyList<DocumentSummary> DocumentsOf(DbConnection connection, IEnumerable<long> ids)
    {
        var distinct = ids.Distinct().ToList();
        return distinct.Count == 0 ? [] : DocumentQuery.Summaries(connection, distinct);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

/// <summary>One deal, a page of its timeline, and the documents that page cites (each once, with its URL and title).</summary>
public sealed record DealDetail(
    [property: System.Text.Json.Serialization.JsonPropertyName("deal")] Deal Deal,
    [property: System.Text.Json.Serialization.JsonPropertyName("timeline")] IReadOnlyList<DealMention> Timeline,
    [property: System.Text.Json.Serialization.JsonPropertyName("documents")] IReadOnlyList<DocumentSummary> Documents);
