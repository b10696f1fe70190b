using System.Data.Common;
using System.Globalization;
using System.Text;
using ArmsWatch.Extraction;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>
/// Claims counted by supplier, recipient, system, category, stage, certainty and year (<c>claim_tallies</c>), kept up to
/// date in each document's transaction: flows and the totals of listings are sums over these few rows, never a count
/// over the claims themselves. A filter on words of the evidence cannot be answered from tallies (see <see cref="CanAnswer"/>).
/// </summary>
public static class ClaimTallies
{
    /// <summary>How many claims a count over the claims themselves reads at most: beyond it a listing says "more than".</summary>
    public const int CountCap = 1_000;

    /// <summary>Counts one document's claims in; rows in key order, so concurrent writers never deadlock on them.</summary>
    public static void Add(DbConnection connection, DbTransaction transaction, IEnumerable<(Claim Claim, int? Year)> claims)
    {
        var rows = claims
            .GroupBy(pair => (Supplier: pair.Claim.Supplier ?? "", Recipient: pair.Claim.Recipient ?? "", System: pair.Claim.System?.ToLowerInvariant() ?? "",
                Category: VocabularyText<WeaponCategory>.Name(pair.Claim.Category), Stage: VocabularyText<Stage>.Name(pair.Claim.Stage),
                Certainty: VocabularyText<Certainty>.Name(pair.Claim.Certainty), Year: pair.Year ?? 0))
            .OrderBy(group => group.Key);
        foreach (var row in rows)
        {
            using var upsert = ParameterisedCommand.Create(connection, transaction, """
                INSERT INTO claim_tallies (supplier, recipient, system, category, stage, certainty, year, claims)
                VALUES (@supplier, @recipient, @system, @category, @stage, @certainty, @year, @claims)
                ON CONFLICT (supplier, recipient, system, category, stage, certainty, year) DO UPDATE SET claims = claim_tallies.claims + excluded.claims
                """, ("supplier", row.Key.Supplier), ("recipient", row.Key.Recipient), ("system", row.Key.System), ("category", row.Key.Category),
                ("stage", row.Key.Stage), ("certainty", row.Key.Certainty), ("year", row.Key.Year), ("claims", row.Count()));
            upsert.ExecuteNonQuery();
        }
        using var documents = ParameterisedCommand.Create(connection, transaction, "UPDATE register_totals SET value = value + 1 WHERE name = 'documents'");
        documents.ExecuteNonQuery();
    }

    /// <summary>Whether the tallies hold the answer for this filter: every criterion but words, a document and a starting id.</summary>
    public static bool CanAnswer(ClaimFilter filter) =>
        string.IsNullOrWhiteSpace(filter.Text) && filter.DocumentId is null && filter.AfterId is null;

    /// <summary>How many claims match; exact from the tallies when they can answer, else counted up to <see cref="CountCap"/>.</summary>
    public static Count CountClaims(SqlDialect dialect, ClaimFilter filter)
    {
        using var connection = dialect.Open();
        using var command = connection.CreateCommand();
        if (CanAnswer(filter))
        {
            command.CommandText = "SELECT COALESCE(SUM(t.claims), 0) FROM claim_tallies t" + Where(command, filter, "");
            return new Count(Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture), Exact: true);
        }
        var (from, _, textIndex) = ClaimQuery.Source(dialect, filter);
        command.CommandText = "SELECT COUNT(*) FROM (SELECT 1" + from + ClaimQuery.Where(dialect, command, filter, inIdOrder: true, textIndex) + " LIMIT @cap) capped";
        ParameterisedCommand.Add(command, "cap", CountCap + 1);
        var counted = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return counted > CountCap ? new Count(CountCap, Exact: false) : new Count(counted, Exact: true);
    }

    /// <summary>Documents in the register, kept in <c>register_totals</c>.</summary>
    public static long Documents(SqlDialect dialect)
    {
        using var connection = dialect.Open();
        using var query = ParameterisedCommand.Create(connection, null, "SELECT value FROM register_totals WHERE name = 'documents'");
        return query.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>Claims per supplier → recipient pair (both known) and per year: from the tallies, or from the claims when the filter asks for words.</summary>
    public static FlowSummary Flows(SqlDialect dialect, ClaimFilter filter)
    {
        using var connection = dialect.Open();
        var tallied = CanAnswer(filter);
        var flows = new List<Flow>();
        using (var command = connection.CreateCommand())
        {
            var sql = new StringBuilder(tallied
                ? "SELECT t.supplier, t.recipient, SUM(t.claims), SUM(CASE WHEN t.stage = 'delivery' THEN t.claims ELSE 0 END) FROM claim_tallies t"
                : "SELECT c.supplier, c.recipient, COUNT(*), SUM(CASE WHEN c.stage = 'delivery' THEN 1 ELSE 0 END) FROM claims c");
            sql.Append(tallied ? Where(command, filter, "t.supplier <> '' AND t.recipient <> ''") : ClaimWhere(dialect, command, filter, "c.supplier IS NOT NULL AND c.recipient IS NOT NULL"));
            sql.Append(tallied ? " GROUP BY t.supplier, t.recipient" : " GROUP BY c.supplier, c.recipient");
            command.CommandText = sql.ToString();
            using var reader = command.ExecuteReader();
            while (reader.Read())
                flows.Add(new Flow(reader.GetString(0), reader.GetString(1),
                    Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture)));
        }
        var years = new List<YearCount>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = tallied
                ? "SELECT t.year, SUM(t.claims) FROM claim_tallies t" + Where(command, filter, "t.year <> 0") + " GROUP BY t.year ORDER BY t.year"
                : "SELECT c.effective_year, COUNT(*) FROM claims c" + ClaimWhere(dialect, command, filter, "c.effective_year IS NOT NULL") + " GROUP BY c.effective_year ORDER BY c.effective_year";
            using var reader = command.ExecuteReader();
            while (reader.Read())
                years.Add(new YearCount(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture),
                    Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }
        return new FlowSummary(
            flows.OrderByDescending(flow => flow.Claims).ThenBy(flow => flow.Supplier, StringComparer.Ordinal).ThenBy(flow => flow.Recipient, StringComparer.Ordinal).ToList(),
            years);
    }

    private static string ClaimWhere(SqlDialect dialect, DbCommand command, ClaimFilter filter, string extra)
    {
        var where = ClaimQuery.Where(dialect, command, filter);
        return where.Length == 0 ? " WHERE " + extra : where + " AND " + extra;
    }

    /// <summary>The filter over tallies <c>t</c>: the claim filter's criteria on the tallied columns, values as parameters.</summary>
    private static string Where(DbCommand command, ClaimFilter filter, string extra)
    {
        var where = new FilterConditions(command);
        if (extra.Length > 0)
            where.Add(extra);
        where.AddWhat(filter, "t", "t.system = @system");
        where.AddStep(filter, "t");
        if (filter.FromYear is not null || filter.ToYear is not null)
            where.Add("t.year <> 0");
        if (filter.FromYear is { } from)
            where.Add("t.year >= @from_year", "from_year", from);
        if (filter.ToYear is { } to)
            where.Add("t.year <= @to_year", "to_year", to);
        return where.Where;
    }
}

/// <summary>How many rows match, and whether that is the exact number or a floor ("more than").</summary>
public readonly record struct Count(long Value, bool Exact);
