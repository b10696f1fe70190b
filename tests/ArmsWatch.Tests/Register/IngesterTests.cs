using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Reading;
using ArmsWatch.Register;
using static ArmsWatch.Tests.Register.RegisterTestData;

namespace ArmsWatch.Tests.Register;

/// <summary>The one way into the register: extract first, hold the write lock only to write, stop when cancelled.</summary>
public sealed class IngesterTests
{
    [Fact]
    public async Task A_writer_is_not_held_up_by_another_documents_extraction()
    {
        using var register = new SqliteTestRegister();
        using var store = register.Open();
        using var extracting = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var (slow, slowClaims) = OneSentence("slow", "Russia delivered S-300 systems to Iran.", "2016",
            Claim("RUS", "IRN", "S-300 systems", "S-300", WeaponCategory.AirDefence, Stage.Delivery));
        var (quick, quickClaims) = OneSentence("quick", "France sold Rafale jets to India.", "2016",
            Claim("FRA", "IND", "Rafale jets", "Rafale", WeaponCategory.Aircraft, Stage.Agreement));
        var ingester = new DocumentIngester(store, document =>
        {
            if (document.Id != "slow")
                return quickClaims;
            extracting.Set();
            release.Wait(TimeSpan.FromSeconds(30));
            return slowClaims;
        });

        var first = Task.Run(() => ingester.Ingest(slow));
        Assert.True(extracting.Wait(TimeSpan.FromSeconds(10)));
        // Were the write lock held through extraction, this would wait for the slow document (or fail as "locked").
        var second = await Task.Run(() => ingester.Ingest(quick)).WaitAsync(TimeSpan.FromSeconds(10));
        release.Set();

        Assert.True(second.Stored);
        Assert.True((await first).Stored);
        Assert.Equal(2, store.Count(RegisterTable.Documents));
    }

    [Fact]
    public void Cancelling_stops_the_pipeline_within_a_sentence_and_stores_nothing()
    {
        using var register = new SqliteTestRegister();
        using var store = register.Open();
        var sentence = "Russia delivered eight MiG-29 fighters and two batteries of S-300 missiles to Syria in 2021, the ministry said. ";
        var long_ = new SourceDocument("long", string.Concat(Enumerable.Repeat(sentence, 4_000)));
        var ingester = DocumentIngester.ForPipeline(store, Pipeline);
        using var cancel = new CancellationTokenSource();
        // A thread of its own cancels: a timer's callback waits for the thread pool, which a busy test run can starve
        // for seconds.
        var canceller = new Thread(() =>
        {
            Thread.Sleep(300);
            cancel.Cancel();
        });

        var clock = System.Diagnostics.Stopwatch.StartNew();
        canceller.Start();
        var stoppedAfter = TimeSpan.Zero;
        var error = Record.Exception(() =>
        {
            try
            {
                ingester.Ingest(long_, cancel.Token);
            }
            finally
            {
                stoppedAfter = clock.Elapsed;
            }
        });
        canceller.Join();

        Assert.IsAssignableFrom<OperationCanceledException>(error);
        // The whole text takes many seconds to parse; cancelled, it stops after the sentence in hand.
        Assert.True(stoppedAfter < TimeSpan.FromSeconds(3), $"took {stoppedAfter} after a 0.3 s cancellation");
        Assert.Equal(0, store.Count(RegisterTable.Documents));
    }

    [Fact]
    public void The_extraction_stage_stops_too_when_cancelled_after_the_analysis()
    {
        // A request that times out while the claims are being decided must not wait for the whole document's claims.
        var analyzed = RegisterTestData.Pipeline.Analyze(new SourceDocument("cancelled", "Russia delivered S-400 missiles to Turkey in 2019."));
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => RegisterTestData.Pipeline.Extract(analyzed, cancel.Token));
        Assert.NotEmpty(RegisterTestData.Pipeline.Extract(analyzed, CancellationToken.None).Claims);
    }

    [Fact]
    public void The_register_keeps_the_date_the_extraction_gave_its_claims()
    {
        using var register = new SqliteTestRegister();
        using var store = register.Open();
        // Extraction moved an estimated 2017 to 2019 (SIPRI's register records the deal told as done from 2019).
        var ingester = new DocumentIngester(store, document => new DocumentExtraction([], new DocumentClaims { Doc = document.Id, Published = new PublicationDate(2019) }));

        ingester.Ingest(new SourceDocument("a", "Algeria had ordered 14 MiG-29M/M2 jets.", Published: new PublicationDate(2017), PublishedFrom: DateSource.Estimate));

        Assert.Equal("2019", Assert.Single(store.Documents(ClaimFilter.All, 0, 10)).Published);
    }

    [Theory]
    [InlineData("forged\nstored admin-report (99 claims)", "control characters")]
    [InlineData("\u001b[2K\u001b[1Astored x (1 claims)", "control characters")]
    [InlineData("   ", "no name")]
    public void A_document_name_that_could_forge_an_output_line_is_refused(string doc, string reason)
    {
        using var register = new SqliteTestRegister();
        using var store = register.Open();
        var ingester = new DocumentIngester(store, document => new DocumentExtraction([], new DocumentClaims { Doc = document.Id }));

        var error = Assert.Throws<InputException>(() => ingester.Ingest(new SourceDocument(doc, "Russia sold arms to Iran.", Origin: "feed.jsonl:3")));

        Assert.Contains(reason, error.Reason);
        Assert.Equal("feed.jsonl:3", error.Input);
        Assert.Equal(0, store.Count(RegisterTable.Documents));
    }

    [Theory]
    [InlineData("doc", RegisterLimits.MaxDocLength, "name (doc)")]
    [InlineData("title", RegisterLimits.MaxTitleLength, "title")]
    [InlineData("url", RegisterLimits.MaxUrlLength, "URL")]
    public void A_field_over_its_cap_is_refused_with_the_cap_in_the_reason(string field, int cap, string named)
    {
        using var register = new SqliteTestRegister();
        using var store = register.Open();
        var ingester = new DocumentIngester(store, document => new DocumentExtraction([], new DocumentClaims { Doc = document.Id }));
        var over = new string('x', cap + 1);
        var document = field switch
        {
            "doc" => new SourceDocument(over, "Russia sold arms to Iran."),
            "title" => new SourceDocument("a", "Russia sold arms to Iran.", Title: over),
            _ => new SourceDocument("a", "Russia sold arms to Iran.", Url: "https://example.org/" + over),
        };

        var error = Assert.Throws<InputException>(() => ingester.Ingest(document));

        Assert.Contains(named, error.Reason);
        Assert.Contains($"{cap:N0}", error.Reason);
    }

    [Fact]
    public void A_title_is_stored_on_one_line()
    {
        var fitted = RegisterLimits.Fit(new SourceDocument("a", "text", Title: "  Two\nlines\u001b[31m  and a tab\t "));
        Assert.Equal("Two lines [31m and a tab", fitted.Title);
    }

    [Fact]
    public void A_run_on_sentence_is_stored_as_the_evidence_around_its_item_with_offsets_that_still_point_at_it()
    {
        var text = new string('x', 5_000) + " Russia sold S-300 systems to Iran " + new string('y', 5_000) + ".";
        var itemStart = text.IndexOf("S-300 systems", StringComparison.Ordinal);
        var claim = Claim("RUS", "IRN", "S-300 systems", "S-300", WeaponCategory.AirDefence, Stage.Agreement) with
        {
            Evidence = text,
            SentenceStart = 0,
            SentenceEnd = text.Length,
            ItemStart = itemStart,
            ItemEnd = itemStart + "S-300 systems".Length,
            Source = new string('s', 1_000),
        };

        var fitted = RegisterLimits.Fit(claim, text);

        Assert.Equal(RegisterLimits.MaxEvidenceLength, fitted.Evidence.Length);
        Assert.Equal(fitted.Evidence, text[fitted.SentenceStart..fitted.SentenceEnd]);
        Assert.Contains("Russia sold S-300 systems to Iran", fitted.Evidence);
        Assert.Equal("S-300 systems", text[fitted.ItemStart..fitted.ItemEnd]);
        Assert.Equal(RegisterLimits.MaxNameLength, fitted.Source!.Length);
    }

    [Fact]
    public void The_register_stores_the_clipped_claim()
    {
        using var register = new SqliteTestRegister();
        using var store = register.Open();
        var text = "Russia sold S-300 systems to Iran " + new string('y', 9_000) + ".";
        var claim = Claim("RUS", "IRN", "S-300 systems", "S-300", WeaponCategory.AirDefence, Stage.Agreement) with
        {
            Evidence = text,
            SentenceStart = 0,
            SentenceEnd = text.Length,
            ItemStart = 12,
            ItemEnd = 25,
        };
        var document = new SourceDocument("run-on", text, Published: new PublicationDate(2001));
        new DocumentIngester(store, _ => new DocumentExtraction([], new DocumentClaims { Doc = "run-on", Claims = [claim] })).Ingest(document);

        var stored = Assert.Single(store.Claims(ClaimFilter.All)).Claim;

        Assert.Equal(RegisterLimits.MaxEvidenceLength, stored.Evidence.Length);
        Assert.StartsWith("Russia sold S-300 systems", stored.Evidence);
    }

    [Fact]
    public void Ingest_all_reports_each_document_and_each_bad_input_and_goes_on()
    {
        using var register = new SqliteTestRegister();
        using var store = register.Open();
        var ingester = new DocumentIngester(store, document => new DocumentExtraction([], new DocumentClaims { Doc = document.Id }));
        var inputs = new[]
        {
            ReadOutcome.Read(new SourceDocument("a", "Russia sold arms to Iran.")),
            ReadOutcome.Failed(new InputException("b.bin", "unsupported file type '.bin'")),
            ReadOutcome.Read(new SourceDocument("bad\nname", "France sold jets to India.")),
            ReadOutcome.Read(new SourceDocument("a-again", "Russia sold arms to Iran.")),
        };
        var outcomes = new List<IngestOutcome>();
        var errors = new List<InputException>();

        ingester.IngestAll(inputs, outcomes.Add, errors.Add);

        Assert.Equal([DocumentTake.Taken, DocumentTake.AlreadyStored], outcomes.Select(outcome => outcome.Take));
        Assert.Equal(["b.bin", "bad\nname"], errors.Select(error => error.Input));
    }
}
