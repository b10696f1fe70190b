using ArmsWatch.Cli.Presentation;
using ArmsWatch.Documents;
using ArmsWatch.Register;

namespace ArmsWatch.Tests.Register;

/// <summary>The ingest summary says what was added, and says so when nothing was. (The report prints each error to the
/// console, so these run apart from the tests that capture it.)</summary>
[Collection(ConsoleCollection.Name)]
public sealed class IngestReportTests
{
    private static readonly SourceDocument Article = new("seed-000", "Russia sold arms to Iran.");

    [Fact]
    public void A_rerun_says_nothing_was_added()
    {
        var report = new IngestReport();
        report.Run(progress => progress.Add(new IngestOutcome(Article, DocumentTake.AlreadyStored, 0)));

        Assert.StartsWith("1 document(s): nothing added; 1 already in the register; 0 taken by another worker; 0 error(s)", report.Summary(TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public void A_first_run_counts_documents_claims_and_bad_files()
    {
        var report = new IngestReport();
        report.Run(progress =>
        {
            progress.Add(new IngestOutcome(Article, DocumentTake.Taken, 14));
            progress.Add(new InputException("notes.bin", "unsupported file type '.bin'"));
        });

        Assert.StartsWith("1 document(s): 1 stored (14 claims); 0 already in the register; 0 taken by another worker; 1 error(s)", report.Summary(TimeSpan.FromSeconds(1)));
        Assert.Equal(1, report.Errors);
    }

    [Fact]
    public void A_name_with_a_newline_or_an_escape_sequence_prints_on_its_own_line_escaped()
    {
        var forged = new SourceDocument("a\nstored evil (9 claims)\u001b[2K", "Russia sold arms to Iran.");

        var line = IngestReport.Line(new IngestOutcome(forged, DocumentTake.Taken, 1));

        Assert.Equal("stored a\\nstored evil (9 claims)\\u001b[2K (1 claims)", line);
    }
}
