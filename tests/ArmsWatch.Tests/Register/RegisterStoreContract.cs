using System.Globalization;
using System.Text;
using System.Text.Json;
using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Register;
using Parquet.Serialization;
using static ArmsWatch.Tests.Register.RegisterTestData;

namespace ArmsWatch.Tests.Register;

/// <summary>What every register engine must do. Run once per engine: <see cref="SqliteRegisterTests"/>, <see cref="PostgresRegisterTests"/>.</summary>
public abstract class RegisterStoreContract
{
    protected abstract ITestRegister CreateRegister();

    [Fact]
    public void Ingest_stores_each_document_with_its_sentences_and_claims_at_their_offsets()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var ingester = DocumentIngester.ForPipeline(store, Pipeline);

        var outcomes = SeedArticles.Select(document => ingester.Ingest(document)).ToList();

        Assert.All(outcomes, outcome => Assert.Equal(DocumentTake.Taken, outcome.Take));
        // The register keeps the contract's fields and offsets; a claim's confidence and explanation are not stored (yet).
        var expected = SeedArticles.Select(Pipeline.Extract).SelectMany(claims => claims.Claims)
            .Select(claim => claim with { Confidence = null, Why = null }).ToList();
        Assert.Equal(SeedArticles.Count, store.Count(RegisterTable.Documents));
        Assert.Equal(SeedArticles.Sum(document => Pipeline.Analyze(document).Sentences.Count), store.Count(RegisterTable.Sentences));
        var stored = store.Claims(ClaimFilter.All);
        Assert.Equal(expected, stored.Select(claim => claim.Claim));
        var texts = SeedArticles.ToDictionary(document => document.Id, document => document.Text);
        Assert.All(stored, claim =>
        {
            Assert.Equal(claim.Claim.Evidence, texts[claim.Doc][claim.Claim.SentenceStart..claim.Claim.SentenceEnd]);
            Assert.Equal(claim.Claim.Item, texts[claim.Doc][claim.Claim.ItemStart..claim.Claim.ItemEnd]);
            Assert.Equal("2001", claim.Published);
        });
    }

    [Fact]
    public void Reingesting_the_same_articles_adds_nothing_and_says_so()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var ingester = DocumentIngester.ForPipeline(store, Pipeline);
        foreach (var document in SeedArticles)
            ingester.Ingest(document);
        var claims = store.Count(RegisterTable.Claims);

        var again = SeedArticles.Select(document => ingester.Ingest(document)).ToList();

        Assert.All(again, outcome => Assert.Equal(DocumentTake.AlreadyStored, outcome.Take));
        Assert.Equal(SeedArticles.Count, store.Count(RegisterTable.Documents));
        Assert.Equal(claims, store.Count(RegisterTable.Claims));
    }

    [Fact]
    public void The_same_text_under_another_name_is_the_same_document()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var ingester = DocumentIngester.ForPipeline(store, Pipeline);
        var original = SeedArticles[0];

        ingester.Ingest(original);
        var copy = ingester.Ingest(original with { Id = "syndicated-copy", Url = "https://elsewhere.example/copy" });

        Assert.Equal(DocumentTake.AlreadyStored, copy.Take);
        Assert.Equal(1, store.Count(RegisterTable.Documents));
    }

    [Fact]
    public void A_failure_in_the_middle_of_a_document_stores_nothing_of_it()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var document = SeedArticles[0];
        var good = Pipeline.Extract(document);
        // The database refuses the third claim (evidence is NOT NULL) after the document, its sentences and two claims were written.
        var broken = good with { Claims = [good.Claims[0], good.Claims[1], good.Claims[2] with { Evidence = null! }, .. good.Claims.Skip(3)] };
        var failing = new DocumentIngester(store, doc => new DocumentExtraction(Pipeline.Analyze(doc).Sentences, broken));

        Assert.ThrowsAny<Exception>(() => failing.Ingest(document));

        Assert.Equal(0, store.Count(RegisterTable.Documents));
        Assert.Equal(0, store.Count(RegisterTable.Sentences));
        Assert.Equal(0, store.Count(RegisterTable.Claims));
        var retried = DocumentIngester.ForPipeline(store, Pipeline).Ingest(document);
        Assert.Equal(DocumentTake.Taken, retried.Take);
        Assert.Equal(good.Claims.Count, store.Count(RegisterTable.Claims));
    }

    [Fact]
    public void An_extractor_that_fails_leaves_the_document_free_for_the_next_run()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var failing = new DocumentIngester(store, _ => throw new InvalidOperationException("extractor crashed"));

        Assert.Throws<InvalidOperationException>(() => failing.Ingest(SeedArticles[0]));

        Assert.Equal(0, store.Count(RegisterTable.Documents));
        Assert.True(DocumentIngester.ForPipeline(store, Pipeline).Ingest(SeedArticles[0]).Stored);
    }

    [Fact]
    public void Opening_again_applies_no_migration_twice()
    {
        using var register = CreateRegister();
        using (register.Open())
        {
        }
        using var store = register.Open();

        Assert.Empty(SchemaMigrator.Migrate(store.Dialect));
        using var connection = store.Dialect.Open();
        Assert.Equal(store.Dialect.Migrations.Select(migration => migration.Version).ToHashSet(), SchemaMigrator.AppliedVersions(connection, null));
    }

    [Fact]
    public void A_register_of_schema_version_2_gains_years_tallies_and_deals_when_opened()
    {
        using var register = CreateRegister();
        var dialect = register.Unmigrated();
        try
        {
            using var connection = dialect.Open();
            using var transaction = dialect.BeginExclusive(connection);
            void Execute(string sql, params (string, object?)[] values)
            {
                using var command = ParameterisedCommand.Create(connection, transaction, sql, values);
                command.ExecuteNonQuery();
            }
            Execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var migration in dialect.Migrations.Where(migration => migration.Version <= 2))
            {
                Execute(migration.Sql);
                Execute("INSERT INTO schema_migrations VALUES (@version, @name, '2025-01-01')", ("version", migration.Version), ("name", migration.Name));
            }
            foreach (var (doc, year, stage) in new[] { ("order", 2005, "agreement"), ("handover", 2008, "delivery"), ("later", 2020, "request") })
            {
                var text = $"Russia and Iran: Tor systems, {stage}.";
                Execute("INSERT INTO documents (content_hash, doc, published, published_year, text) VALUES (@hash, @doc, @published, @year, @text)",
                    ("hash", ContentHash.Of(text)), ("doc", doc), ("published", year.ToString(CultureInfo.InvariantCulture)), ("year", year), ("text", text));
                Execute("""
                    INSERT INTO claims (document_id, ordinal, supplier, recipient, item, system, category, kind, stage, certainty, evidence,
                                        sentence_start, sentence_end, item_start, item_end)
                    SELECT id, 0, 'RUS', 'IRN', 'Tor systems', 'Tor', 'air-defence', 'sale', @stage, 'fact', text, 0, length(text), 16, 27
                    FROM documents WHERE doc = @doc
                    """, ("stage", stage), ("doc", doc));
            }
            transaction.Commit();
        }
        finally
        {
            (dialect as IDisposable)?.Dispose();
        }

        using var store = register.Open();

        using (var connection = store.Dialect.Open())
            Assert.Equal(store.Dialect.Migrations.Select(migration => migration.Version).ToHashSet(), SchemaMigrator.AppliedVersions(connection, null));
        Assert.Equal(["RUS-IRN-tor-2005", "RUS-IRN-tor-2020"], store.Deals(ClaimFilter.All).Select(deal => deal.Id));
        Assert.Equal(new Count(2, true), store.CountClaims(new ClaimFilter { FromYear = 2006, Supplier = "RUS" }));
        Assert.Equal(3, store.CountDocuments(ClaimFilter.All).Value);
        Assert.Equal(3, store.Flows(ClaimFilter.All).Flows.Single().Claims);
    }

    [Fact]
    public void Claims_are_filtered_by_parties_system_category_stage_certainty_and_years()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        Store(store,
            OneSentence("a", "Russia delivered S-300 systems to Iran in 2001.", "2001-05",
                Claim("RUS", "IRN", "S-300 systems", "S-300", WeaponCategory.AirDefence, Stage.Delivery, year: 2001)),
            OneSentence("b", "Russia will not sell MiG-29 fighters to Iran.", "2003",
                Claim("RUS", "IRN", "MiG-29 fighters", "MiG-29", WeaponCategory.Aircraft, Stage.Agreement, Certainty.Denied)),
            OneSentence("c", "The United States sold F-16 jets to Taiwan in 1992.", "1992",
                Claim("USA", "TWN", "F-16 jets", "F-16", WeaponCategory.Aircraft, Stage.Agreement, year: 1992)));

        Assert.Equal(["a", "b"], Docs(store, new ClaimFilter { Supplier = "rus" }));
        Assert.Equal(["c"], Docs(store, new ClaimFilter { Recipient = "TWN" }));
        Assert.Equal(["a"], Docs(store, new ClaimFilter { System = "s-300" }));
        Assert.Equal(["b", "c"], Docs(store, new ClaimFilter { Category = WeaponCategory.Aircraft }));
        Assert.Equal(["a"], Docs(store, new ClaimFilter { Stage = Stage.Delivery }));
        Assert.Equal(["b"], Docs(store, new ClaimFilter { Certainty = Certainty.Denied }));
        // b states no year: its document's year (2003) dates it.
        Assert.Equal(["a", "b"], Docs(store, new ClaimFilter { FromYear = 2000, ToYear = 2003 }));
        Assert.Equal(["b"], Docs(store, new ClaimFilter { FromYear = 2002 }));
        Assert.Equal(["b"], Docs(store, new ClaimFilter { Supplier = "RUS", Category = WeaponCategory.Aircraft, ToYear = 2010 }));
    }

    [Fact]
    public void Text_search_finds_all_the_words_of_the_evidence_in_any_form()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        Store(store,
            OneSentence("a", "Moscow is selling S-300 air defence missiles to Tehran.", "2001",
                Claim("RUS", "IRN", "S-300 air defence missiles", "S-300", WeaponCategory.AirDefence, Stage.Agreement)),
            OneSentence("b", "Moscow sold tanks to Tehran.", "2001",
                Claim("RUS", "IRN", "tanks", null, WeaponCategory.ArmouredVehicles, Stage.Agreement)));

        Assert.Equal(["a"], Docs(store, new ClaimFilter { Text = "S-300" }));
        Assert.Equal(["a"], Docs(store, new ClaimFilter { Text = "sells missile" }));
        Assert.Equal(["a", "b"], Docs(store, new ClaimFilter { Text = "Tehran" }));
        Assert.Empty(Docs(store, new ClaimFilter { Text = "tanks missiles" }));
        Assert.Equal(["a"], Docs(store, new ClaimFilter { Supplier = "RUS", Category = WeaponCategory.AirDefence, Text = "S-300" }));
    }

    [Fact]
    public void Text_search_reads_sql_and_query_syntax_as_plain_words()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        const string hostile = "Robert'); DROP TABLE claims; -- \"arms\" OR NEAR(x y) * ^";
        Store(store, OneSentence("a", $"{hostile} Russia sold arms to Iran.", "2001",
            Claim("RUS", "IRN", "arms", null, WeaponCategory.Unspecified, Stage.Agreement)));

        Assert.Empty(Docs(store, new ClaimFilter { Text = "\"unclosed OR NOT claims" }));
        Assert.Empty(Docs(store, new ClaimFilter { Text = "'; DROP TABLE claims; --" + " nothere" }));
        Assert.Equal(["a"], Docs(store, new ClaimFilter { Text = "DROP TABLE claims" }));
        Assert.Equal(1, store.Count(RegisterTable.Claims));
        Assert.StartsWith(hostile, store.Claims(ClaimFilter.All)[0].Claim.Evidence);
    }

    [Fact]
    public void Deals_keep_the_seed_articles_disputed_values_side_by_side_with_who_said_each()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var ingester = new DocumentIngester(store, GoldExtraction);
        foreach (var document in SeedArticles)
            ingester.Ingest(document);

        var generic = store.Deals(new ClaimFilter { Supplier = "RUS", Recipient = "IRN", Category = WeaponCategory.Unspecified });

        // Each seed article tells the Russian-Iranian arms trade as one programme (1995 pledge to 2001 talks), and the two
        // articles' years meet: one deal.
        var deal = Assert.Single(generic);
        Assert.Equal((1995, 2001), (deal.FirstYear, deal.LastYear));
        Assert.Contains(deal.ValuesUsd, figure => figure is { Value: 7_000_000_000m, Source: "Mehdi Safari", Doc: "seed-001", Basis: "contract", Conflict: true });
        Assert.Contains(deal.ValuesUsd, figure => figure is { Value: 400_000_000m, Source: "Ruslan Pukhov", Doc: "seed-001", Basis: "contract", Conflict: true });
        // seed-000's $7 billion is a request, a figure of another stage: no conflict with the agreements'.
        Assert.Contains(deal.ValuesUsd, figure => figure is { Value: 7_000_000_000m, Doc: "seed-000", Basis: "request", Conflict: false });
        Assert.True(deal.ValuesConflict);
        Assert.Equal(["seed-000", "seed-001"], deal.Timeline!.Select(mention => mention.Doc).Distinct().Order());
        Assert.Contains("same supplier (RUS), recipient (IRN) and category unspecified", deal.MergeRule);
        Assert.Contains("400000000 (contract 2001; Ruslan Pukhov, seed-001) vs 7000000000 (contract 2001; Mehdi Safari, seed-001)", DealRow.Of(deal).Comments);
    }

    [Fact]
    public void Deals_from_the_extractor_carry_the_value_it_reads_in_the_seeds()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var ingester = DocumentIngester.ForPipeline(store, Pipeline);
        foreach (var document in SeedArticles)
            ingester.Ingest(document);

        var deals = store.Deals(new ClaimFilter { Supplier = "RUS", Recipient = "IRN" });

        Assert.Contains(deals, deal => deal.ValuesUsd.Any(figure => figure.Value == 7_000_000_000m && figure.Doc == "seed-000"));
        // The MiG-29's several mentions are one deal, its timeline every claim that names it.
        var mig = Assert.Single(deals, deal => deal.Key is { BySystem: true, Family: "mig-29" });
        Assert.True(mig.Timeline!.Count >= 2);
        Assert.Equal(mig.Mentions, mig.Timeline!.Count);
        Assert.Equal(mig.Timeline.Select(mention => mention.ClaimId).Order(),
            store.Claims(ClaimFilter.All).Where(claim => claim.Deal == mig.Id).Select(claim => claim.Id).Order());
    }

    [Fact]
    public void Deals_join_mentions_a_few_years_apart_and_split_those_further_apart()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        Store(store,
            OneSentence("order", "Iran ordered Tor systems from Russia in 2005.", "2005",
                Claim("RUS", "IRN", "Tor systems", "Tor", WeaponCategory.AirDefence, Stage.Agreement, year: 2005, quantity: 29, value: 700_000_000m)),
            OneSentence("handover", "Russia delivered the Tor systems to Iran in 2007.", "2007",
                Claim("RUS", "IRN", "Tor systems", "Tor", WeaponCategory.AirDefence, Stage.Delivery, year: 2007, quantity: 29)),
            OneSentence("undated", "Russia supplied Tor systems to Iran.", null,
                Claim("RUS", "IRN", "Tor systems", "Tor", WeaponCategory.AirDefence, Stage.Delivery)),
            OneSentence("later", "Iran asked Russia for more Tor systems in 2015.", "2015",
                Claim("RUS", "IRN", "Tor systems", "Tor", WeaponCategory.AirDefence, Stage.Request, year: 2015)),
            OneSentence("other-recipient", "Russia delivered Tor systems to Greece in 2006.", "2006",
                Claim("RUS", "GRC", "Tor systems", "Tor", WeaponCategory.AirDefence, Stage.Delivery, year: 2006)));

        var deals = store.Deals(new ClaimFilter { Recipient = "IRN" });

        Assert.Equal(2, deals.Count);
        var first = deals[0];
        Assert.Equal(["order", "handover"], first.Timeline!.Select(mention => mention.Doc));
        Assert.Equal(Stage.Delivery, first.Stage);
        Assert.Equal((2005, 2007), (first.FirstYear, first.LastYear));
        Assert.False(first.QuantitiesConflict);
        Assert.Contains("within 3 years", first.MergeRule);
        Assert.Contains("1 mention(s) with no year", deals[1].MergeRule);
        Assert.Equal(["later", "undated"], deals[1].Timeline!.Select(mention => mention.Doc));
    }

    [Fact]
    public void Deals_filtered_by_a_mention_keep_all_their_mentions()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        Store(store,
            OneSentence("order", "Iran ordered Kilo submarines from Russia.", "1988",
                Claim("SUN", "IRN", "Kilo submarines", "Kilo", WeaponCategory.Ships, Stage.Agreement, year: 1988)),
            OneSentence("delivery", "The submarines arrived in Iran.", "1990",
                Claim("SUN", "IRN", "submarines", "Kilo", WeaponCategory.Ships, Stage.Delivery, year: 1990)));

        var deal = Assert.Single(store.Deals(new ClaimFilter { Stage = Stage.Delivery, Text = "arrived" }));

        Assert.Equal(2, deal.Timeline!.Count);
        Assert.Empty(store.Deals(new ClaimFilter { Stage = Stage.Cancellation }));
    }

    [Fact]
    public void Claims_export_as_csv_with_the_contract_columns_and_as_json_that_reads_back()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var ingester = DocumentIngester.ForPipeline(store, Pipeline);
        foreach (var document in SeedArticles)
            ingester.Ingest(document);
        var claims = store.Claims(ClaimFilter.All);

        var csv = Export(stream => RegisterExport.Claims(claims, ExportFormat.Csv, stream));
        var json = Export(stream => RegisterExport.Claims(claims, ExportFormat.Json, stream));

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,doc,published,url,title,supplier,recipient,item,system,category,kind,stage,certainty,quantity,value_usd,year,source,evidence,sentence_start,sentence_end,item_start,item_end", lines[0]);
        Assert.Contains("RUS,IRN,S-300PMU-2 air defense system,S-300,air-defence,sale,agreement,unlikely", csv);
        var read = JsonSerializer.Deserialize<List<StoredClaim>>(json, ClaimsJson.Options)!;
        // The JSON of a claim carries its document's id, name and date, not its URL and title (the document's).
        Assert.Equal(claims.Select(claim => claim with { EffectiveYear = null, Url = null, Title = null }), read);
    }

    [Fact]
    public async Task Deals_export_as_sipri_columns_then_ours_as_json_that_reads_back_and_as_parquet()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var ingester = new DocumentIngester(store, GoldExtraction);
        foreach (var document in SeedArticles)
            ingester.Ingest(document);
        var deals = store.Deals(ClaimFilter.All);

        var csv = Export(stream => RegisterExport.Deals(deals, ExportFormat.Csv, stream));
        var json = Export(stream => RegisterExport.Deals(deals, ExportFormat.Json, stream));
        using var parquet = new MemoryStream();
        RegisterExport.Deals(deals, ExportFormat.Parquet, parquet);

        Assert.StartsWith("supplier,recipient,designation,description,number_ordered,order_year,delivery_years,number_delivered,status,comments,"
            + "deal_id,stage,certainty,first_year,last_year,value_usd,mentions,sources,evidence,merge_rule\r\n", csv);
        var read = JsonSerializer.Deserialize<List<Deal>>(json, ClaimsJson.Options)!;
        Assert.Equal(deals.Select(deal => deal.Id), read.Select(deal => deal.Id));
        Assert.Equal(deals.SelectMany(deal => deal.Timeline!), read.SelectMany(deal => deal.Timeline!));
        Assert.Equal(deals.SelectMany(deal => deal.ValuesUsd), read.SelectMany(deal => deal.ValuesUsd));
        parquet.Position = 0;
        var rows = await ParquetSerializer.DeserializeAsync<DealRow>(parquet);
        Assert.Equal(deals.Select(DealRow.Of), rows.Data);
    }

    [Fact]
    public async Task Four_workers_ingesting_the_same_articles_store_each_once()
    {
        using var register = CreateRegister();
        var articles = SeedArticles.Concat(DevArticles).ToList();
        var distinct = articles.Select(document => ContentHash.Of(document.Text)).Distinct().Count();

        var outcomes = Enumerable.Range(0, 4)
            .Select(worker => Task.Run(() =>
            {
                // Each worker its own store, as separate processes would have: no shared connection or pool.
                using var store = register.Open();
                var ingester = DocumentIngester.ForPipeline(store, Pipeline);
                // Every worker walks the whole set, starting at a different place, so that they collide.
                return articles.Skip(worker * articles.Count / 4).Concat(articles.Take(worker * articles.Count / 4)).Select(document => ingester.Ingest(document)).ToList();
            }))
            .ToArray();
        var results = await Task.WhenAll(outcomes);

        using var check = register.Open();
        Assert.Equal(distinct, check.Count(RegisterTable.Documents));
        Assert.Equal(distinct, results.SelectMany(outcome => outcome).Count(outcome => outcome.Stored));
        var expectedClaims = articles.DistinctBy(document => ContentHash.Of(document.Text)).Sum(document => Pipeline.Extract(document).Claims.Count);
        Assert.Equal(expectedClaims, check.Count(RegisterTable.Claims));
    }

    private static string[] Docs(RegisterStore store, ClaimFilter filter) => store.Claims(filter).Select(claim => claim.Doc).ToArray();

    private static string Export(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
