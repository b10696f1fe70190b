using System.CommandLine;
using ArmsWatch.Cli.Presentation;
using ArmsWatch.Register;
using Spectre.Console;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch claims [filters]</c>: the register's claims that match, as a table, JSON or CSV.</summary>
public static class ClaimsCommand
{
    public static Command Create()
    {
        var db = StoreOption.Create();
        var filters = new FilterOptions();
        var format = ListingFormatOption.Create();
        var command = new Command("claims", "List the claims in the register that match every filter given.");
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
        var claims = store.Claims(filter);
        if (format == ListingFormat.Table)
        {
            AnsiConsole.Write(ClaimsTable.Of(claims));
            return 0;
        }
        using var output = Console.OpenStandardOutput();
        RegisterExport.Claims(claims, format == ListingFormat.Csv ? ExportFormat.Csv : ExportFormat.Json, output);
        return 0;
    }
}
