using System.CommandLine;
using ArmsWatch.Cli.Presentation;
using ArmsWatch.Register;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch export --what claims|deals --format csv|json|parquet --out FILE [filters]</c>.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var db = StoreOption.Create();
        var what = new Option<string>("--what") { Description = "claims, or deals (deals' CSV follows the SIPRI trade-register columns, then ours).", Required = true };
        what.AcceptOnlyFromAmong("claims", "deals");
        var format = new Option<string>("--format") { Description = "csv, json or parquet.", Required = true };
        format.AcceptOnlyFromAmong("csv", "json", "parquet");
        var output = new Option<FileInfo>("--out") { Description = "The file to write.", Required = true };
        var filters = new FilterOptions();
        var command = new Command("export", "Write the register's claims or deals to a file.");
        command.Options.Add(db);
        command.Options.Add(what);
        command.Options.Add(format);
        command.Options.Add(output);
        filters.AddTo(command);
        command.SetAction(parse => Run(parse.GetValue(db), parse.GetValue(what)!, Enum.Parse<ExportFormat>(parse.GetValue(format)!, ignoreCase: true),
            parse.GetValue(output)!, filters.Read(parse)));
        return command;
    }

    private static int Run(string? target, string what, ExportFormat format, FileInfo output, ClaimFilter filter)
    {
        using var store = StoreOption.Open(target);
        if (store is null)
            return 2;
        // Written beside the target and moved over it, so a failed export never leaves a truncated file behind.
        var partial = output.FullName + ".partial";
        int count;
        using (var stream = File.Create(partial))
        {
            if (what == "deals")
            {
                var deals = store.Deals(filter);
                RegisterExport.Deals(deals, format, stream);
                count = deals.Count;
            }
            else
            {
                var claims = store.Claims(filter);
                RegisterExport.Claims(claims, format, stream);
                count = claims.Count;
            }
        }
        File.Move(partial, output.FullName, overwrite: true);
        Console.WriteLine($"{count} {what} → {output.FullName}");
        return 0;
    }
}
