using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Register;
using static ArmsWatch.Tests.Register.RegisterTestData;

namespace ArmsWatch.Tests.Register;

/// <summary>
/// Deals an analyst can trust (issue #19), kept up to date at ingest: one deal per programme per article, a package's
/// value on the system it buys, status the latest stage with its history, figures by stage. Run once per engine.
/// </summary>
public abstract class DealRulesContract
{
    protected abstract ITestRegister CreateRegister();

    [Fact]
    public void A_value_stated_for_the_deal_in_the_same_sentence_is_the_systems()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        const string sentence = "Turkey agreed to buy the S-400 from Russia in 2017 in a deal worth about $2.5 billion.";
        Store(store, Article("s400", "2019", sentence,
            ("S-400", "S-400", WeaponCategory.AirDefence, Stage.Agreement, 2017, null, null),
            ("deal", null, WeaponCategory.Unspecified, Stage.Agreement, 2017, 2_500_000_000m, null)));

        var deal = Assert.Single(store.Deals(ClaimFilter.All));

        Assert.Equal("RUS-TUR-s-400-2017", deal.Id);
        Assert.Equal(2_500_000_000m, Assert.Single(deal.ValuesUsd).Value);
        Assert.Contains("1 mention(s) naming no system", deal.MergeRule);
    }

    [Fact]
    public void Generic_mentions_join_the_one_programme_of_their_article_instead_of_forming_deals()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        Store(store, Article("rafale", "2016",
            "India signed an agreement with France to buy 36 Rafale fighter jets. The deal is worth $8.8 billion and includes weapons. " +
            "India had first chosen the Rafale in 2012 for an order of 126 aircraft. France is to deliver the first aircraft within three years.",
            ("Rafale fighter jets", "Rafale", WeaponCategory.Aircraft, Stage.Agreement, 2016, null, 36),
            ("deal", null, WeaponCategory.Unspecified, Stage.Agreement, 2016, 8_800_000_000m, null),
            ("weapons", null, WeaponCategory.Unspecified, Stage.Agreement, 2016, null, null),
            ("Rafale", "Rafale", WeaponCategory.Aircraft, Stage.Request, 2012, null, null),
            ("aircraft", null, WeaponCategory.Aircraft, Stage.Agreement, 2012, null, 126),
            ("aircraft", null, WeaponCategory.Aircraft, Stage.Delivery, 2016, null, null)));

        // One programme told in one article is one deal, though its years (2012, 2016) are further apart than the gap.
        var deal = Assert.Single(store.Deals(ClaimFilter.All));

        Assert.Equal(("FRA", "IND", "rafale"), (deal.Key.Supplier, deal.Key.Recipient, deal.Key.Family));
        Assert.Equal(6, deal.Mentions);
        Assert.Equal((2012, 2016), (deal.FirstYear, deal.LastYear));
        Assert.Equal(8_800_000_000m, Assert.Single(deal.ValuesUsd).Value);
        // 126 aircraft in 2012 and 36 in 2016 are two orders, not a disagreement.
        Assert.False(deal.QuantitiesConflict);
    }

    [Fact]
    public void A_generic_mention_in_an_article_on_several_kinds_of_equipment_stays_apart()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        Store(store, Article("trade", "2001",
            "Iran expressed interest in S-300 missiles, fighter jets and helicopters. Tehran could buy up to $7 billion worth of Russian weapons.",
            ("S-300 missiles", "S-300", WeaponCategory.AirDefence, Stage.Request, null, null, null),
            ("fighter jets", null, WeaponCategory.Aircraft, Stage.Request, null, null, null),
            ("helicopters", null, WeaponCategory.Aircraft, Stage.Request, null, null, null),
            ("weapons", null, WeaponCategory.Unspecified, Stage.Request, null, 7_000_000_000m, null)));

        var deals = store.Deals(ClaimFilter.All);

        Assert.Empty(Assert.Single(deals, deal => deal.Key.Family == "s-300").ValuesUsd);
        Assert.Equal(7_000_000_000m, Assert.Single(Assert.Single(deals, deal => deal.Key.Family == "unspecified").ValuesUsd).Value);
    }

    [Fact]
    public void A_package_value_for_several_programmes_is_shown_on_each()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        Store(store, Article("taiwan", "2015",
            "Washington notified Congress of a $1.83 billion arms sale package for Taiwan, including two frigates and anti-tank missiles.",
            ("arms sale package", null, WeaponCategory.Unspecified, Stage.Offer, null, 1_830_000_000m, null),
            ("frigates", null, WeaponCategory.Ships, Stage.Offer, null, null, 2),
            ("anti-tank missiles", null, WeaponCategory.Missiles, Stage.Offer, null, null, null)));

        var deals = store.Deals(ClaimFilter.All);

        Assert.Equal(["missiles", "ships"], deals.Select(deal => deal.Key.Family).Order());
        Assert.All(deals, deal => Assert.Equal(1_830_000_000m, Assert.Single(deal.ValuesUsd).Value));
        Assert.Contains(deals, deal => deal.ValuesUsd[0].Basis == FigureBasis.Package);
    }

    [Fact]
    public void A_sum_the_evidence_states_but_no_claim_carries_is_shown_as_stated()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        Store(store, Article("brahmos", "2024",
            "India on Friday delivered the Brahmos missile system to the Philippines, as part of the $374.9 million contract.",
            ("Brahmos", "BrahMos", WeaponCategory.Missiles, Stage.Delivery, null, null, null)));

        var figure = Assert.Single(Assert.Single(store.Deals(ClaimFilter.All)).ValuesUsd);

        Assert.Equal((374_900_000m, FigureBasis.Stated), (figure.Value, figure.Basis));
    }

    [Fact]
    public void Status_is_the_latest_stage_a_cancellation_after_an_agreement_and_a_delivery_after_that_resumes_it()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        const string ordered = "Moscow signed a contract in 2007 to sell the S-300 to Tehran for about $800 million. In 2010 Medvedev banned the delivery.";
        Store(store, Article("ban", "2010", ordered,
            ("S-300", "S-300", WeaponCategory.AirDefence, Stage.Agreement, 2007, 800_000_000m, null),
            ("delivery", "S-300", WeaponCategory.AirDefence, Stage.Cancellation, 2010, null, null)));

        var cancelled = Assert.Single(store.Deals(ClaimFilter.All));
        Assert.Equal((Stage.Cancellation, Certainty.Fact, false), (cancelled.Stage, cancelled.Certainty, cancelled.Resumed));
        Assert.Equal("cancelled", DealRow.Of(cancelled).Status);

        Store(store, Article("handover", "2016", "Russia delivered the first S-300 components to Iran in 2016.",
            ("S-300", "S-300", WeaponCategory.AirDefence, Stage.Delivery, 2016, null, null)));

        // 2010 and 2016 are six years apart, but this article's own history (2007 to 2016) joins them.
        Store(store, Article("saga", "2016", "Moscow signed the S-300 contract in 2007, Medvedev banned it in 2010 and deliveries began in 2016.",
            ("S-300", "S-300", WeaponCategory.AirDefence, Stage.Agreement, 2007, null, null),
            ("S-300", "S-300", WeaponCategory.AirDefence, Stage.Cancellation, 2010, null, null),
            ("S-300", "S-300", WeaponCategory.AirDefence, Stage.Delivery, 2016, null, null)));
        var resumed = Assert.Single(store.Deals(ClaimFilter.All));

        Assert.Equal((Stage.Delivery, Certainty.Fact, true), (resumed.Stage, resumed.Certainty, resumed.Resumed));
        Assert.Equal([(2007, Stage.Agreement), (2010, Stage.Cancellation), (2016, Stage.Delivery)],
            resumed.History!.Select(step => (step.Year!.Value, step.Stage)).Distinct());
        Assert.Equal(800_000_000m, Assert.Single(resumed.ValuesUsd).Value);
        Assert.Equal("delivered, resumed after a cancellation", DealRow.Of(resumed).Status);
    }

    [Fact]
    public void Status_reports_a_plan_when_nothing_has_happened_yet()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        Store(store, Article("plan", "2018", "India signed for five S-400 systems. Russia is expected to deliver the first in 2020.",
            ("S-400 systems", "S-400", WeaponCategory.AirDefence, Stage.Agreement, 2018, null, 5, Certainty.Fact),
            ("S-400", "S-400", WeaponCategory.AirDefence, Stage.Delivery, 2020, null, null, Certainty.Planned)));
        Store(store, Article("maybe", "2018", "Qatar may buy the S-400.",
            ("S-400", "S-400", WeaponCategory.AirDefence, Stage.Agreement, 2018, null, null, Certainty.Possible)) with
        {
            Claims = ["RUS", "QAT"],
        });

        var india = Assert.Single(store.Deals(new ClaimFilter { Recipient = "IND" }));
        var qatar = Assert.Single(store.Deals(new ClaimFilter { Recipient = "QAT" }));

        Assert.Equal((Stage.Agreement, Certainty.Fact), (india.Stage, india.Certainty));
        Assert.Equal((Stage.Agreement, Certainty.Possible), (qatar.Stage, qatar.Certainty));
    }

    [Fact]
    public void Quantities_of_a_framework_a_contract_and_a_delivery_are_shown_as_such_and_only_two_for_one_stage_conflict()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        Store(store, Article("contracts", "2022",
            "Poland signed contracts with South Korea for 180 K2 tanks. The orders follow framework agreements under which Poland plans to buy up to 1,000 K2 tanks.",
            ("K2 tanks", "K2", WeaponCategory.ArmouredVehicles, Stage.Agreement, 2022, null, 180),
            ("K2 tanks", "K2", WeaponCategory.ArmouredVehicles, Stage.Agreement, 2022, null, 1000)));
        Store(store, Article("first", "2022", "South Korea delivered the first 10 K2 tanks to Poland.",
            ("K2 tanks", "K2", WeaponCategory.ArmouredVehicles, Stage.Delivery, 2022, null, 10)));

        var deal = Assert.Single(store.Deals(ClaimFilter.All));

        Assert.Equal([("contract", 180m), ("delivery", 10m), ("framework", 1000m)],
            deal.Quantities.Select(figure => (figure.Basis, figure.Value)).Order());
        Assert.False(deal.QuantitiesConflict);
        Assert.Equal("180", DealRow.Of(deal).NumberOrdered);
        Assert.Equal("10", DealRow.Of(deal).NumberDelivered);

        Store(store, Article("other-count", "2022", "Poland ordered 200 K2 tanks from South Korea.",
            ("K2 tanks", "K2", WeaponCategory.ArmouredVehicles, Stage.Agreement, 2022, null, 200)));
        var disputed = Assert.Single(store.Deals(ClaimFilter.All));

        Assert.True(disputed.QuantitiesConflict);
        Assert.Equal([180m, 200m], disputed.Quantities.Where(figure => figure.Conflict).Select(figure => figure.Value).Order());
    }

    [Fact]
    public void A_claim_missing_a_party_joins_the_programme_it_belongs_to()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        Store(store, Article("parts", "2019", "Russia delivered the S-400 to Turkey. The first S-400 parts arrived in July.",
            ("S-400", "S-400", WeaponCategory.AirDefence, Stage.Delivery, 2019, null, null)) with
        {
            Extra = [Claim(null!, "TUR", "S-400 parts", "S-400", WeaponCategory.AirDefence, Stage.Delivery, year: 2019) with { Supplier = null }],
        });

        var deal = Assert.Single(store.Deals(ClaimFilter.All));

        Assert.Equal(("RUS", 2), (deal.Key.Supplier, deal.Mentions));
    }

    [Fact]
    public void An_article_that_bridges_two_deals_merges_them_with_their_history_and_figures()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        Store(store, Article("order", "2005", "Iran ordered 29 Tor systems from Russia in 2005.",
            ("Tor systems", "Tor", WeaponCategory.AirDefence, Stage.Agreement, 2005, 700_000_000m, 29)));
        Store(store, Article("more", "2011", "Iran asked Russia for more Tor systems in 2011.",
            ("Tor systems", "Tor", WeaponCategory.AirDefence, Stage.Request, 2011, null, null)));
        Assert.Equal(2, store.Deals(ClaimFilter.All).Count);

        Store(store, Article("handover", "2008", "Russia delivered the 29 Tor systems to Iran in 2008.",
            ("Tor systems", "Tor", WeaponCategory.AirDefence, Stage.Delivery, 2008, null, 29)));

        var deal = Assert.Single(store.Deals(ClaimFilter.All));
        Assert.Equal(("RUS-IRN-tor-2005", 2005, 2011, 3, 3), (deal.Id, deal.FirstYear, deal.LastYear, deal.Mentions, deal.Documents));
        Assert.Equal([Stage.Agreement, Stage.Delivery, Stage.Request], deal.History!.Select(step => step.Stage));
        Assert.Equal(700_000_000m, Assert.Single(deal.ValuesUsd).Value);
        Assert.Equal(deal.Mentions, store.Claims(ClaimFilter.All).Count(claim => claim.Deal == deal.Id));
    }

    [Fact]
    public void The_deals_do_not_depend_on_the_order_articles_arrive_in()
    {
        var articles = new[]
        {
            Article("a2005", "2005", "Iran ordered Tor systems from Russia.", ("Tor", "Tor", WeaponCategory.AirDefence, Stage.Agreement, null, 700_000_000m, 29)),
            Article("a2011", "2011", "Iran asked for more Tor systems.", ("Tor", "Tor", WeaponCategory.AirDefence, Stage.Request, null, null, null)),
            Article("a2008", "2008", "Russia delivered Tor systems to Iran.", ("Tor", "Tor", WeaponCategory.AirDefence, Stage.Delivery, null, null, 29)),
            Article("undated", null, "Russia supplied Tor systems to Iran.", ("Tor", "Tor", WeaponCategory.AirDefence, Stage.Delivery, null, null, null)),
            Article("a2020", "2020", "Iran asked for Tor-M2 systems.", ("Tor-M2", "Tor", WeaponCategory.AirDefence, Stage.Request, null, null, null)),
            Article("deal", "2020", "Iran signed a deal for Tor systems worth $1 billion.",
                ("Tor", "Tor", WeaponCategory.AirDefence, Stage.Agreement, null, null, null),
                ("deal", null, WeaponCategory.Unspecified, Stage.Agreement, null, 1_000_000_000m, null)),
        };
        var orders = new[] { new[] { 0, 1, 2, 3, 4, 5 }, new[] { 3, 5, 1, 4, 0, 2 }, new[] { 5, 4, 3, 2, 1, 0 }, new[] { 1, 3, 0, 5, 2, 4 } };

        var results = orders.Select(order =>
        {
            using var register = CreateRegister();
            using var store = register.Open();
            foreach (var index in order)
                Store(store, articles[index]);
            return Describe(store.Deals(ClaimFilter.All));
        }).ToList();

        Assert.Equal(2, results[0].Split('\n').Length);
        Assert.All(results, result => Assert.Equal(results[0], result));
    }

    [Fact]
    public void Rebuilding_the_deals_from_the_claims_gives_the_deals_ingest_kept()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var ingester = DocumentIngester.ForPipeline(store, Pipeline);
        foreach (var document in SeedArticles.Concat(DevArticles))
            ingester.Ingest(document);
        var kept = Describe(store.Deals(ClaimFilter.All));

        using (var connection = store.Dialect.Open())
        using (var transaction = store.Dialect.BeginExclusive(connection))
        {
            DealIndex.Rebuild(store.Dialect, connection, transaction);
            transaction.Commit();
        }

        Assert.Equal(kept, Describe(store.Deals(ClaimFilter.All)));
    }

    [Fact]
    public void Deals_are_listed_a_page_at_a_time_and_one_deal_gives_a_page_of_its_timeline()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        for (var year = 2000; year < 2030; year += 2)
            Store(store, Article($"tor-{year}", $"{year}", $"Russia delivered Tor systems to Iran in {year}.",
                ("Tor", "Tor", WeaponCategory.AirDefence, Stage.Delivery, year, null, null)));
        Store(store, Article("mig", "2001", "Russia sold MiG-29 jets to Syria.", ("MiG-29 jets", "MiG-29", WeaponCategory.Aircraft, Stage.Agreement, 2001, null, null)));

        var (page, total) = store.Deals(new ClaimFilter { Recipient = "IRN" }, 0, 10);
        var detail = store.Deal("RUS-IRN-tor-2000", 10, 10)!;

        Assert.Equal(1, total);
        Assert.Null(Assert.Single(page).Timeline);
        Assert.Equal(15, detail.Deal.Mentions);
        Assert.Equal([2020, 2022, 2024, 2026, 2028], detail.Timeline.Select(mention => mention.Year!.Value));
        Assert.Equal(5, detail.Documents.Count);
        Assert.Null(store.Deal("RUS-IRN-tor-1999", 0, 10));
    }

    [Fact]
    public void A_deal_filter_on_stage_certainty_and_years_matches_one_step_of_its_history()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        Store(store, Article("t", "2005", "Russia agreed to sell Tor to Iran in 2005 and delivered it in 2007.",
            ("Tor", "Tor", WeaponCategory.AirDefence, Stage.Agreement, 2005, null, null),
            ("Tor", "Tor", WeaponCategory.AirDefence, Stage.Delivery, 2007, null, null)));

        Assert.Single(store.Deals(new ClaimFilter { Stage = Stage.Delivery, FromYear = 2007 }, 0, 10).Deals);
        Assert.Empty(store.Deals(new ClaimFilter { Stage = Stage.Delivery, ToYear = 2006 }, 0, 10).Deals);
        Assert.Single(store.Deals(new ClaimFilter { Stage = Stage.Agreement, Certainty = Certainty.Fact, ToYear = 2005 }, 0, 10).Deals);
        Assert.Empty(store.Deals(new ClaimFilter { Certainty = Certainty.Denied }, 0, 10).Deals);
        Assert.Single(store.Deals(new ClaimFilter { System = "tor", Text = "delivered" }, 0, 10).Deals);
    }

    private static string Describe(IReadOnlyList<Deal> deals) => string.Join('\n', deals.Select(deal =>
        $"{deal.Id} {deal.Stage}/{deal.Certainty}/{deal.Resumed} {deal.Mentions} in {deal.Documents} [{string.Join(", ", deal.History!)}] "
        + $"v[{string.Join(", ", deal.ValuesUsd.Select(figure => figure with { ClaimId = 0 }))}] q[{string.Join(", ", deal.Quantities.Select(figure => figure with { ClaimId = 0 }))}] "
        + $"t[{string.Join(", ", deal.Timeline!.Select(mention => $"{mention.Doc}:{mention.Item}").Order())}] {deal.MergeRule}"));

    /// <summary>A made-up article: its text, its publication year, and claims (item, system, category, stage, year, value, quantity) between its parties.</summary>
    private static ArticleData Article(string id, string? published, string text,
        params (string Item, string? System, WeaponCategory Category, Stage Stage, int? Year, decimal? Value, int? Quantity)[] claims) =>
        new(id, published, text, claims.Select(claim => (claim.Item, claim.System, claim.Category, claim.Stage, claim.Year, claim.Value, claim.Quantity, Certainty.Fact)).ToArray());

    private static ArticleData Article(string id, string? published, string text,
        params (string Item, string? System, WeaponCategory Category, Stage Stage, int? Year, decimal? Value, int? Quantity, Certainty Certainty)[] claims) =>
        new(id, published, text, claims);

    private sealed record ArticleData(string Id, string? Published, string Text,
        (string Item, string? System, WeaponCategory Category, Stage Stage, int? Year, decimal? Value, int? Quantity, Certainty Certainty)[] Items)
    {
        /// <summary>Supplier and recipient of every claim; by default the parties the text names first (Russia→Iran and the like).</summary>
        public string[]? Claims { get; init; }

        public Claim[] Extra { get; init; } = [];
    }

    private static void Store(RegisterStore store, ArticleData article)
    {
        var (supplier, recipient) = article.Claims is [var s, var r] ? (s, r) : Parties(article.Text);
        var cursor = -1;
        var claims = article.Items.Select(item =>
        {
            // Items are listed in text order: each is found after the one before it (else anywhere), in the sentence that names it.
            var next = article.Text.IndexOf(item.Item, cursor + 1, StringComparison.Ordinal);
            var itemStart = next >= 0 ? next : Math.Max(0, article.Text.IndexOf(item.Item, StringComparison.Ordinal));
            cursor = itemStart;
            var sentenceStart = article.Text.LastIndexOf(". ", itemStart, StringComparison.Ordinal) is var dot and >= 0 ? dot + 2 : 0;
            var sentenceEnd = article.Text.IndexOf(". ", itemStart, StringComparison.Ordinal) is var end and >= 0 ? end + 1 : article.Text.Length;
            return Claim(supplier, recipient, item.Item, item.System, item.Category, item.Stage, item.Certainty, item.Year, item.Value, item.Quantity) with
            {
                Evidence = article.Text[sentenceStart..sentenceEnd],
                SentenceStart = sentenceStart,
                SentenceEnd = sentenceEnd,
                ItemStart = itemStart,
                ItemEnd = itemStart + item.Item.Length,
            };
        }).Concat(article.Extra.Select(claim => claim with { Evidence = article.Text, SentenceStart = 0, SentenceEnd = article.Text.Length })).ToList();
        var document = new SourceDocument(article.Id, article.Text, Published: PublicationDate.Parse(article.Published));
        var extraction = new DocumentExtraction([], new DocumentClaims { Doc = article.Id, Claims = claims });
        Assert.True(new DocumentIngester(store, _ => extraction).Ingest(document).Stored);
    }

    private static (string, string) Parties(string text) =>
        text.Contains("India") && text.Contains("France") ? ("FRA", "IND")
        : text.Contains("Poland") ? ("KOR", "POL")
        : text.Contains("Turkey") ? ("RUS", "TUR")
        : text.Contains("Taiwan") ? ("USA", "TWN")
        : text.Contains("Philippines") ? ("IND", "PHL")
        : text.Contains("India") ? ("RUS", "IND")
        : text.Contains("Syria") ? ("RUS", "SYR")
        : ("RUS", "IRN");
}

public sealed class SqliteDealRulesTests : DealRulesContract
{
    protected override ITestRegister CreateRegister() => new SqliteTestRegister();
}

public sealed class PostgresDealRulesTests : DealRulesContract
{
    protected override ITestRegister CreateRegister() => new PostgresTestRegister();
}
