using System.CommandLine;
using ArmsWatch.Register;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ArmsWatch.Cli.Presentation;

/// <summary>A command that lists what the register holds under the CLI's filters: a table on a terminal, JSON or CSV otherwise.</summary>
public static class ListingCommand
{
    public static Command Create<T>(
        string name,
        string description,
        Func<RegisterStore, ClaimFilter, IReadOnlyList<T>> query,
        Func<IReadOnlyList<T>, IRenderable> table,
        Action<IReadOnlyList<T>, ExportFormat, Stream> export)
    {
        var db = StoreOption.Create();
        var filters = new FilterOptions();
        var format = ListingFormatOption.Create();
        var command = new Command(name, description);
        command.Options.Add(db);
        filters.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            using var store = StoreOption.Open(parse.GetValue(db));
            if (store is null)
                return 2;
            var rows = query(store, filters.Read(parse));
            var chosen = ListingFormatOption.Resolve(parse.GetValue(format));
            if (chosen == ListingFormat.Table)
            {
                AnsiConsole.Write(table(rows));
                return 0;
            }
            using var output = Console.OpenStandardOutput();
            export(rows, chosen == ListingFormat.Csv ? ExportFormat.Csv : ExportFormat.Json, output);
            return 0;
        });
        return command;
    }
}
