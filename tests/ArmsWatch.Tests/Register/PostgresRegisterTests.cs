using ArmsWatch.Documents;
using ArmsWatch.Reading;
using ArmsWatch.Register;
using static ArmsWatch.Tests.Register.RegisterTestData;

namespace ArmsWatch.Tests.Register;

/// <summary>The register contract on a real PostgreSQL server on loopback (see <c>.ci/postgres.sh</c>), and what only many workers on one server do.</summary>
public sealed class PostgresRegisterTests : RegisterStoreContract
{
    protected override ITestRegister CreateRegister() => new PostgresTestRegister();

    private static readonly (SourceDocument Document, DocumentExtraction Extraction) Article =
        OneSentence("held", "Russia delivered S-300 systems to Iran in 2016.", "2016",
            Claim("RUS", "IRN", "S-300 systems", "S-300", WeaponCategory.AirDefence, Stage.Delivery, year: 2016));

    [Fact]
    public async Task A_document_a_dead_worker_held_is_stored_by_the_worker_that_passed_it_by()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var dead = store.BeginDocument(ContentHash.Of(Article.Document.Text));
        Assert.Equal(DocumentTake.Taken, dead.Take);
        var (outcomes, errors, run) = IngestAllInBackground(store, TimeSpan.FromSeconds(30));

        await Task.Delay(500);
        // The worker dies: its transaction ends without a commit and its lock goes with it.
        dead.Dispose();
        await run;

        Assert.Empty(errors);
        Assert.Equal(DocumentTake.Taken, Assert.Single(outcomes).Take);
        Assert.Equal(1, store.Count(RegisterTable.Documents));
    }

    [Fact]
    public async Task A_document_another_worker_was_storing_is_reported_as_stored_by_it()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        var other = store.BeginDocument(ContentHash.Of(Article.Document.Text));
        var (outcomes, errors, run) = IngestAllInBackground(store, TimeSpan.FromSeconds(30));

        await Task.Delay(500);
        Assert.True(other.Store(Article.Document, Article.Extraction.Sentences, Article.Extraction.Claims));
        other.Commit();
        other.Dispose();
        await run;

        Assert.Empty(errors);
        Assert.Equal(DocumentTake.StoredByAnotherWorker, Assert.Single(outcomes).Take);
        Assert.Equal(1, store.Count(RegisterTable.Documents));
    }

    [Fact]
    public async Task A_document_held_for_too_long_is_an_error_not_a_silent_skip()
    {
        using var register = CreateRegister();
        using var store = register.Open();
        using var stuck = store.BeginDocument(ContentHash.Of(Article.Document.Text));
        var (outcomes, errors, run) = IngestAllInBackground(store, TimeSpan.FromSeconds(1));

        await run;

        Assert.Empty(outcomes);
        Assert.Contains("another worker has held it", Assert.Single(errors).Reason);
    }

    private static (List<IngestOutcome> Outcomes, List<InputException> Errors, Task Run) IngestAllInBackground(RegisterStore store, TimeSpan heldWait)
    {
        var ingester = new DocumentIngester(store, _ => Article.Extraction) { HeldWait = heldWait };
        var outcomes = new List<IngestOutcome>();
        var errors = new List<InputException>();
        var run = Task.Run(() => ingester.IngestAll([ReadOutcome.Read(Article.Document)], outcomes.Add, errors.Add));
        return (outcomes, errors, run);
    }
}
