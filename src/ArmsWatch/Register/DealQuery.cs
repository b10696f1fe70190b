using System.Data.Common;
using System.Globalization;
using System.Text;
using ArmsWatch.Documents;

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
               d.first_year, d.last_year, d.mentions, d.documents, d.attached, d.stage, d.certainty, d.resumed
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
            total = Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        return (Complete(connection, rows, FiguresPerKind, whole: false), total);
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
        var deals = Complete(connection, rows, int.MaxValue, whole: true);
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
        var deal = Complete(connection, rows, FiguresPerDeal, whole: true)[0];
        var mentions = Timeline(connection, rows[0].Id, offset, limit);
        return new DealDetail(deal, mentions.Select(DealMention.Of).ToList(), DocumentsOf(connection, mentions.Select(mention => mention.DocumentId)));
    }

    /// <summary>A step of a deal's history from columns year, stage, certainty and mentions starting at <paramref name="at"/>.</summary>
    public static DealStep Step(DbDataReader row, int at)
    {
        var year = Convert.ToInt32(row.GetValue(at), CultureInfo.InvariantCulture);
        return new DealStep(year == 0 ? null : year, VocabularyText<Stage>.Parse(row.GetString(at + 1)),
            VocabularyText<Certainty>.Parse(row.GetString(at + 2)), Convert.ToInt32(row.GetValue(at + 3), CultureInfo.InvariantCulture));
    }

    /// <summary>The key of a deal row whose supplier, recipient, family and by_system start at <paramref name="at"/>.</summary>
    public static DealKey Key(DbDataReader row, int at) => new(
        NullIfEmpty(row.GetString(at)), NullIfEmpty(row.GetString(at + 1)), row.GetString(at + 2), Convert.ToInt32(row.GetValue(at + 3), CultureInfo.InvariantCulture) != 0);

    /// <summary>
    /// The deals with a mention matching the filter: parties, system and category are the deal's own; stage, certainty
    /// and years are one step of its history (a step is a mention's stage, certainty and year together); words, a
    /// document or a starting id are looked up in the claims.
    /// </summary>
    private static string Where(SqlDialect dialect, DbCommand command, ClaimFilter filter)
    {
        var where = new FilterConditions(command);
        where.AddWhat(filter, "d", "d.by_system = 1 AND d.family = @system");
        var mention = filter with { Supplier = null, Recipient = null, System = null, Category = null };
        if (!ClaimTallies.CanAnswer(mention))
        {
            var claims = ClaimQuery.Where(dialect, command, mention);
            where.Add($"d.id IN (SELECT c.deal_id FROM claims c{claims})");
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
            where.Add($"EXISTS (SELECT 1 FROM deal_steps s WHERE {string.Join(" AND ", step)})");
        }
        return where.Where;
    }

    private sealed record DealRow(long Id, string Slug, DealKey Key, string Designation, WeaponCategory Category,
        int? FirstYear, int? LastYear, int Mentions, int Documents, int Attached, Stage Stage, Certainty Certainty, bool Resumed);

    private static List<DealRow> ReadRows(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        var rows = new List<DealRow>();
        while (reader.Read())
            rows.Add(new DealRow(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1), Key(reader, 2), reader.GetString(6),
                VocabularyText<WeaponCategory>.Parse(reader.GetString(7)), ClaimQuery.Int(reader, 8), ClaimQuery.Int(reader, 9),
                Convert.ToInt32(reader.GetValue(10), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(11), CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(12), CultureInfo.InvariantCulture),
                reader.IsDBNull(13) ? Stage.Request : VocabularyText<Stage>.Parse(reader.GetString(13)),
                reader.IsDBNull(14) ? Certainty.Possible : VocabularyText<Certainty>.Parse(reader.GetString(14)),
                Convert.ToInt32(reader.GetValue(15), CultureInfo.InvariantCulture) != 0));
        return rows;
    }

    /// <summary>
    /// The rows as deals with their figures (at most <paramref name="figuresPerKind"/> of each kind, the most-mentioned
    /// first); <paramref name="whole"/> adds each deal's history and its figures' evidence, which a listing leaves out.
    /// Three queries for all the rows, whatever their number.
    /// </summary>
    private static List<Deal> Complete(DbConnection connection, List<DealRow> rows, int figuresPerKind, bool whole)
    {
        if (rows.Count == 0)
            return [];
        var ids = string.Join(", ", rows.Select(row => row.Id.ToString(CultureInfo.InvariantCulture)));
        var steps = rows.ToDictionary(row => row.Id, _ => new List<DealStep>());
        var undated = rows.ToDictionary(row => row.Id, _ => 0);
        // A listing needs only how many mentions have no year (for the merge rule), not the history itself.
        using (var query = ParameterisedCommand.Create(connection, null, whole
                   ? $"SELECT deal_id, year, stage, certainty, mentions FROM deal_steps WHERE deal_id IN ({ids})"
                   : $"SELECT deal_id, 0, 'request', 'fact', SUM(mentions) FROM deal_steps WHERE year = 0 AND deal_id IN ({ids}) GROUP BY deal_id"))
        using (var reader = query.ExecuteReader())
        {
            while (reader.Read())
            {
                var step = Step(reader, 1);
                var deal = Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture);
                if (whole)
                    steps[deal].Add(step);
                if (step.Year is null)
                    undated[deal] += step.Mentions;
            }
        }
        var figures = ReadFigures(connection, ids, figuresPerKind, whole);
        return rows.Select(row =>
        {
            var (values, quantities, omitted) = figures.GetValueOrDefault(row.Id, ([], [], 0));
            return new Deal
            {
                Id = row.Slug,
                Key = row.Key,
                Designation = row.Designation,
                Category = row.Category,
                MergeRule = MergeRule(row, undated[row.Id]),
                FirstYear = row.FirstYear,
                LastYear = row.LastYear,
                Stage = row.Stage,
                Certainty = row.Certainty,
                Resumed = row.Resumed,
                History = whole ? steps[row.Id].OrderBy(step => step.Year ?? int.MaxValue).ThenBy(step => step.Stage).ThenBy(step => step.Certainty).ToList() : null,
                Mentions = row.Mentions,
                Documents = row.Documents,
                ValuesUsd = ReportedFigure.MarkConflicts(values),
                Quantities = ReportedFigure.MarkConflicts(quantities),
                FiguresOmitted = omitted,
            };
        }).ToList();
    }

    /// <summary>
    /// The figures of the deals, the most-mentioned <paramref name="perKind"/> of each kind per deal (conflicts are marked
    /// among those shown), with the document of the claim that gives each and, when asked, its sentence.
    /// </summary>
    private static Dictionary<long, (List<ReportedFigure> Values, List<ReportedFigure> Quantities, int Omitted)> ReadFigures(
        DbConnection connection, string ids, int perKind, bool withEvidence)
    {
        var rows = new List<(long Deal, string Kind, string Basis, int Year, decimal Value, string Source, int Mentions, long Claim)>();
        using (var query = ParameterisedCommand.Create(connection, null,
                   $"SELECT deal_id, kind, basis, year, value, source, mentions, claim_id FROM deal_figures WHERE deal_id IN ({ids})"))
        using (var reader = query.ExecuteReader())
            while (reader.Read())
                rows.Add((Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), reader.GetString(1), reader.GetString(2),
                    Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture), Convert.ToDecimal(reader.GetValue(4), CultureInfo.InvariantCulture), reader.GetString(5),
                    Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture), Convert.ToInt64(reader.GetValue(7), CultureInfo.InvariantCulture)));
        var shown = rows.GroupBy(row => (row.Deal, row.Kind))
            .Select(group => (group.Key, Rows: group.OrderByDescending(row => row.Mentions).ThenBy(row => row.Claim).Take(perKind).ToList(),
                Omitted: Math.Max(0, group.Count() - perKind)))
            .ToList();
        var claims = shown.SelectMany(group => group.Rows).Select(row => row.Claim).Distinct().ToList();
        var sources = new Dictionary<long, (string Doc, string? Evidence)>();
        if (claims.Count > 0)
        {
            using var query = ParameterisedCommand.Create(connection, null,
                $"SELECT c.id, d.doc, {(withEvidence ? "c.evidence" : "NULL")} FROM claims c JOIN documents d ON d.id = c.document_id " +
                $"WHERE c.id IN ({string.Join(", ", claims.Select(id => id.ToString(CultureInfo.InvariantCulture)))})");
            using var reader = query.ExecuteReader();
            while (reader.Read())
                sources[Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture)] = (reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        }
        var figures = new Dictionary<long, (List<ReportedFigure> Values, List<ReportedFigure> Quantities, int Omitted)>();
        foreach (var (key, selected, omitted) in shown)
        {
            var entry = figures.TryGetValue(key.Deal, out var found) ? found : ([], [], 0);
            var list = key.Kind == "value" ? entry.Values : entry.Quantities;
            foreach (var row in selected.OrderBy(row => row.Basis, StringComparer.Ordinal).ThenBy(row => row.Year).ThenBy(row => row.Value))
            {
                var (doc, evidence) = sources.GetValueOrDefault(row.Claim, ("", null));
                list.Add(new ReportedFigure(row.Value, row.Basis, row.Year == 0 ? null : row.Year, row.Source.Length == 0 ? null : row.Source,
                    row.Mentions, row.Claim, doc, evidence));
            }
            figures[key.Deal] = entry with { Omitted = entry.Omitted + omitted };
        }
        return figures;
    }

    private static string MergeRule(DealRow row, int undated)
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
