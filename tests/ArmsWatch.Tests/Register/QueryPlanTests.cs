using System.Data.Common;
using System.Globalization;
using ArmsWatch.Register;
using Microsoft.Data.Sqlite;
using static ArmsWatch.Tests.Register.RegisterTestData;
using ArmsWatch.Documents;

namespace ArmsWatch.Tests.Register;

/// <summary>
/// Issue #20's probe of speed at scale, kept as a test that does not need a million claims: SQLite's plan for every
/// statement the read paths run. Deals, flows and totals never read the claims by a scan (they are kept at ingest);
/// a page of claims is read in id order from the table or an index and stops after the page, never sorting every match.
/// </summary>
public sealed class QueryPlanTests : IDisposable
{
    private readonly SqliteTestRegister register = new();
    private readonly TracingDialect dialect;
    private readonly RegisterStore store;

    public QueryPlanTests()
    {
        dialect = new TracingDialect(new SqliteDialect(register.FilePath));
        store = RegisterStore.Open(dialect);
        var ingester = DocumentIngester.ForPipeline(store, Pipeline);
        foreach (var document in SeedArticles.Concat(DevArticles))
            ingester.Ingest(document);
    }

    public static TheoryData<string> Filters => new()
    {
        "", "supplier=RUS", "recipient=IND", "system=S-300", "category=aircraft", "stage=delivery", "certainty=fact",
        "from_year=2010&to_year=2020", "supplier=RUS&category=air-defence", "supplier=RUS&category=air-defence&text=S-300", "text=sold",
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Deals_flows_and_totals_never_scan_the_claims(string query)
    {
        var filter = Filter(query);

        var plans = Plans(() =>
        {
            store.Deals(filter, 0, 50);
            store.Flows(filter);
            store.CountClaims(filter);
            store.CountDocuments(filter);
        });

        // The deals table is read as it is (deals are few beside claims, and kept at ingest); documents and claims never by a scan.
        Assert.All(plans, plan => Assert.DoesNotContain(plan.Lines, line =>
            (IsClaimsScan(line) || (line.StartsWith("SCAN d", StringComparison.Ordinal) && plan.Sql.Contains("FROM documents d", StringComparison.Ordinal)))
            && !IsBoundedByWords(plan)));
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public void A_page_of_claims_is_read_in_id_order_without_sorting_the_matches(string query)
    {
        var plans = Plans(() => store.Claims(Filter(query), 0, 50));

        var page = Assert.Single(plans, plan => plan.Sql.Contains("LIMIT 50", StringComparison.Ordinal));
        Assert.DoesNotContain(page.Lines, line => line.Contains("TEMP B-TREE FOR ORDER BY", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deal_and_its_timeline_are_read_by_index()
    {
        var id = store.Deals(ClaimFilter.All, 0, 1).Deals[0].Id;

        var plans = Plans(() => store.Deal(id, 0, 50));

        Assert.All(plans, plan => Assert.DoesNotContain(plan.Lines, IsClaimsScan));
        var timeline = Assert.Single(plans, plan => plan.Sql.Contains("ORDER BY COALESCE(c.effective_year", StringComparison.Ordinal));
        Assert.DoesNotContain(timeline.Lines, line => line.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        store.Dispose();
        register.Dispose();
    }

    // "SCAN c" or "SCAN claims" (with or without an index): every claim read. "SEARCH" reads a range.
    private static bool IsClaimsScan(string line) => System.Text.RegularExpressions.Regex.IsMatch(line, "^SCAN (c|claims)( |$)");

    // A count by words stops at its cap (LIMIT), so even a scan there reads at most that many matches.
    private static bool IsBoundedByWords(Plan plan) => plan.Sql.Contains("claims_fts", StringComparison.Ordinal) && plan.Sql.Contains("LIMIT", StringComparison.Ordinal);

    private static ClaimFilter Filter(string query)
    {
        var values = query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=')).ToDictionary(pair => pair[0], pair => pair[1]);
        string? Value(string name) => values.GetValueOrDefault(name);
        return new ClaimFilter
        {
            Supplier = Value("supplier"),
            Recipient = Value("recipient"),
            System = Value("system"),
            Category = Value("category") is { } category ? VocabularyText<WeaponCategory>.Parse(category) : null,
            Stage = Value("stage") is { } stage ? VocabularyText<Stage>.Parse(stage) : null,
            Certainty = Value("certainty") is { } certainty ? VocabularyText<Certainty>.Parse(certainty) : null,
            FromYear = Value("from_year") is { } from ? int.Parse(from, CultureInfo.InvariantCulture) : null,
            ToYear = Value("to_year") is { } to ? int.Parse(to, CultureInfo.InvariantCulture) : null,
            Text = Value("text"),
        };
    }

    private sealed record Plan(string Sql, IReadOnlyList<string> Lines);

    /// <summary>The query plan of every SELECT the action runs.</summary>
    private List<Plan> Plans(Action action)
    {
        dialect.Statements.Clear();
        action();
        var statements = dialect.Statements.Where(sql => sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        Assert.NotEmpty(statements);
        using var connection = new SqliteConnection($"Data Source={register.FilePath}");
        connection.Open();
        return statements.Select(sql =>
        {
            using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + sql;
            using var reader = explain.ExecuteReader();
            var lines = new List<string>();
            while (reader.Read())
                lines.Add(reader.GetString(3));
            return new Plan(sql, lines);
        }).ToList();
    }

    /// <summary>The SQLite engine, recording every statement it runs with its values filled in (SQLite's trace).</summary>
    private sealed class TracingDialect(SqliteDialect inner) : SqlDialect
    {
        public List<string> Statements { get; } = [];

        public override string Name => inner.Name;
        public override string Describe() => inner.Describe();
        public override IReadOnlyList<Migration> Migrations => inner.Migrations;

        public override DbConnection Open()
        {
            var connection = (SqliteConnection)inner.Open();
            SQLitePCL.raw.sqlite3_trace(connection.Handle, (_, sql) =>
            {
                lock (Statements)
                    Statements.Add(sql);
            }, null);
            return connection;
        }

        public override DbTransaction BeginExclusive(DbConnection connection) => inner.BeginExclusive(connection);
        public override (DbTransaction? Hold, bool Taken) TakeDocument(DbConnection connection, string contentHash, TimeSpan wait) => inner.TakeDocument(connection, contentHash, wait);
        public override DbTransaction BeginWrite(DbConnection connection, DbTransaction? hold) => inner.BeginWrite(connection, hold);
        public override void LockKey(DbConnection connection, DbTransaction transaction, string key) => inner.LockKey(connection, transaction, key);
        public override string EvidenceMatches(string parameter) => inner.EvidenceMatches(parameter);
        public override string TextQuery(string words) => inner.TextQuery(words);
    }
}
