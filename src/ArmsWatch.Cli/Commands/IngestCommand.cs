using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using ArmsWatch.Cli.Presentation;
using ArmsWatch.Reading;
using ArmsWatch.Register;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch ingest PATH... [--db TARGET]</c>: reads and extracts like <c>extract</c>, and stores it all in the register.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.txt, .html, .htm, .jsonl) or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = StoreOption.Create();
        var command = new Command("ingest", "Store articles, their sentences and claims in the register; a document already there (same text) is left as it is.");
        command.Arguments.Add(paths);
        command.Options.Add(db);
        command.SetAction((parse, cancel) => Task.FromResult(Run(parse.GetValue(paths)!, parse.GetValue(db), cancel)));
        return command;
    }

    private static int Run(string[] paths, string? target, CancellationToken cancel)
    {
        using var store = StoreOption.Open(target);
        if (store is null)
            return 2;
        var ingester = DocumentIngester.ForPipeline(store, ArmsWatchPipeline.LoadDefault());
        var report = new IngestReport();
        var clock = Stopwatch.StartNew();
        try
        {
            report.Run(progress => ingester.IngestAll(new DocumentReader().Read(paths), progress.Add, progress.Add, cancel));
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            Console.Error.WriteLine($"stopped: {report.Stored} document(s) stored before it are kept, run ingest again to go on");
            return 130;
        }
        catch (DbException e)
        {
            // Each document is its own transaction: the ones stored before the failure are complete and stay.
            Console.Error.WriteLine($"error: the register failed ({e.Message}); {report.Stored} document(s) stored before it are kept, run ingest again to go on");
            return 2;
        }
        Console.WriteLine($"{report.Summary(clock.Elapsed)} → {store.Dialect.Describe()}");
        return report.Errors == 0 ? 0 : 1;
    }
}
