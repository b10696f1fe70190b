using ArmsWatch.Documents;
using ArmsWatch.Register;
using Spectre.Console;

namespace ArmsWatch.Cli.Presentation;

/// <summary>
/// Shows ingest as it goes: a live progress line (documents, claims, errors) on a terminal, one plain line per
/// document when the output is redirected; then a summary. Bad input is one line on stderr per file either way.
/// </summary>
public sealed class IngestReport
{
    private readonly List<InputException> deferredErrors = [];
    private readonly bool live = !Console.IsOutputRedirected;
    private ProgressTask? progress;

    public int Stored { get; private set; }
    public int AlreadyStored { get; private set; }
    public int HeldElsewhere { get; private set; }

    /// <summary>Documents another worker was storing when this one came to them, stored by it since.</summary>
    public int StoredElsewhere { get; private set; }
    public int Claims { get; private set; }
    public int Errors { get; private set; }

    /// <summary>Runs the ingest loop inside the live display on a terminal, or plainly otherwise.</summary>
    public void Run(Action<IngestReport> ingest)
    {
        if (!live)
        {
            ingest(this);
            return;
        }
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .Start(context =>
            {
                progress = context.AddTask(Describe()).IsIndeterminate();
                ingest(this);
                progress.Description = Describe();
                progress.StopTask();
            });
        // Written after the live display ends, so the lines are not torn by its redraws.
        foreach (var error in deferredErrors)
            Console.Error.WriteLine($"error: {TerminalText.Escape(error.Message)}");
    }

    public void Add(IngestOutcome outcome)
    {
        switch (outcome.Take)
        {
            case DocumentTake.Taken:
                Stored++;
                Claims += outcome.Claims;
                break;
            case DocumentTake.AlreadyStored:
                AlreadyStored++;
                break;
            case DocumentTake.HeldByAnotherWorker:
                HeldElsewhere++;
                break;
            case DocumentTake.StoredByAnotherWorker:
                StoredElsewhere++;
                break;
        }
        if (live)
            progress!.Description = Describe();
        else
            Console.WriteLine(Line(outcome));
    }

    public void Add(InputException error)
    {
        Errors++;
        if (live)
        {
            deferredErrors.Add(error);
            progress!.Description = Describe();
        }
        else
        {
            Console.Error.WriteLine($"error: {TerminalText.Escape(error.Message)}");
        }
    }

    /// <summary>One plain line per document; its name escaped, so that a name cannot print a line of its own.</summary>
    public static string Line(IngestOutcome outcome)
    {
        var name = TerminalText.Escape(outcome.Document.Id);
        return outcome.Take switch
        {
            DocumentTake.Taken => $"stored {name} ({outcome.Claims} claims)",
            DocumentTake.AlreadyStored => $"already in the register: {name}",
            DocumentTake.StoredByAnotherWorker => $"stored by another worker: {name}",
            _ => $"being stored by another worker: {name}",
        };
    }

    /// <summary>The closing line: what was added, what was already there, and how fast.</summary>
    public string Summary(TimeSpan elapsed)
    {
        var documents = Stored + AlreadyStored + HeldElsewhere + StoredElsewhere;
        var rate = elapsed.TotalSeconds > 0 ? documents / elapsed.TotalSeconds : 0;
        var added = Stored == 0 ? "nothing added" : $"{Stored} stored ({Claims} claims)";
        var elsewhere = StoredElsewhere > 0 ? $"{StoredElsewhere} stored by another worker meanwhile; " : "";
        return $"{documents} document(s): {added}; {AlreadyStored} already in the register; {elsewhere}{HeldElsewhere} taken by another worker; "
            + $"{Errors} error(s); {elapsed.TotalSeconds:0.0} s, {rate:0.0} documents/s";
    }

    private string Describe() => $"documents [green]{Stored}[/] stored, {AlreadyStored} already in · claims [green]{Claims}[/] · errors [red]{Errors}[/]";
}
