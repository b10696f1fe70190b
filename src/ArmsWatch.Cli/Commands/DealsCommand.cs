using System.CommandLine;
using ArmsWatch.Cli.Presentation;
using ArmsWatch.Register;
using Spectre.Console;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch deals [filters]</c>: claims merged into deals, with their timelines, disputed figures and why they were merged.</summary>
public static class DealsCommand
{
    public static Command Create()
    {
        var db = StoreOption.Create();
        var filters = new FilterOptions();
        var format = ListingFormatOption.Create();
        var command = new Command("deals", "List deals (claims about the same transfer, merged across articles) with a mention that matches every filter given.");
        command.Options.Add(db);
        filters.AddTo(command);
        command.Options.Add(format);
        command.SetAction(parse => Run(parse.GetValue(db), filters.Read(parse), ListingFormatOption.Resolve(parse.GetValue(format))));
        return command;
    }

    private static int Run(string? target, ClaimFilter filter, ListingFormat format)
    {
        using var store = StoreOption.Open(target);
        if (store is null)
            return 2;
        var deals = store.Deals(filter);
        if (format == ListingFormat.Table)
        {
            AnsiConsole.Write(DealsTable.Of(deals));
            return 0;
        }
        using var output = Console.OpenStandardOutput();
        RegisterExport.Deals(deals, format == ListingFormat.Csv ? ExportFormat.Csv : ExportFormat.Json, output);
        return 0;
    }
}
