using System.CommandLine;
using ArmsWatch.Cli.Presentation;
using ArmsWatch.Register;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch export --what claims|deals --format csv|json|parquet --out FILE|- [filters]</c>.</summary>
public static class ExportCommand
{
    /// <summary>The <c>--out</c> value that means standard output.</summary>
    public const string StandardOutput = "-";

    public static Command Create()
    {
        var db = StoreOption.Create();
        var what = new Option<string>("--what") { Description = "claims, or deals (deals' CSV follows the SIPRI trade-register columns, then ours).", Required = true, HelpName = "what" };
        what.AcceptOnlyFromAmong("claims", "deals");
        var format = new Option<string>("--format") { Description = "csv, json or parquet.", Required = true, HelpName = "format" };
        format.AcceptOnlyFromAmong("csv", "json", "parquet");
        var output = new Option<string>("--out") { Description = "The file to write, or - for standard output.", Required = true, HelpName = "file" };
        var filters = new FilterOptions();
        var command = new Command("export", "Write the register's claims or deals to a file or to standard output.");
        command.Options.Add(db);
        command.Options.Add(what);
        command.Options.Add(format);
        command.Options.Add(output);
        filters.AddTo(command);
        command.SetAction(parse => Run(Terminal.Of(parse), parse.GetValue(db), parse.GetValue(what)!,
            Enum.Parse<ExportFormat>(parse.GetValue(format)!, ignoreCase: true), parse.GetValue(output)!, filters.Read(parse)));
        return command;
    }

    private static int Run(Terminal terminal, string? target, string what, ExportFormat format, string output, ClaimFilter filter)
    {
        if (StoreTargetCheck.Problem(target, mustExist: true) is { } problem)
        {
            terminal.Error.WriteLine($"error: {problem}");
            return 2;
        }
        if (output == StandardOutput && format == ExportFormat.Parquet && !terminal.IsRedirected)
        {
            terminal.Error.WriteLine("error: Parquet is binary: redirect standard output to a file (> claims.parquet) or give --out FILE");
            return 2;
        }
        using var store = StoreOption.Open(target);
        if (store is null)
            return 2;
        if (output == StandardOutput)
        {
            var count = Write(store, what, format, filter, stream => CopyTo(terminal, stream, format));
            terminal.Error.WriteLine($"{count} {what} → standard output");
            return 0;
        }
        // Written beside the target and moved over it, so a failed export never leaves a truncated file behind.
        var path = Path.GetFullPath(output);
        var partial = path + ".partial";
        int written;
        using (var stream = File.Create(partial))
            written = Write(store, what, format, filter, buffer => buffer.CopyTo(stream));
        File.Move(partial, path, overwrite: true);
        terminal.Out.WriteLine($"{written} {what} → {path}");
        return 0;
    }

    /// <summary>Queries and serialises into memory, then hands the bytes on: nothing reaches the output if the query fails.</summary>
    private static int Write(RegisterStore store, string what, ExportFormat format, ClaimFilter filter, Action<MemoryStream> output)
    {
        using var buffer = new MemoryStream();
        var count = what == "deals"
            ? Serialize(store.Deals(filter), RegisterExport.Deals, format, buffer)
            : Serialize(store.Claims(filter), RegisterExport.Claims, format, buffer);
        buffer.Position = 0;
        output(buffer);
        return count;
    }

    /// <summary>The command line's JSON (nothing escaped that JSON does not require), or the register's CSV or Parquet;
    /// returns how many items were written.</summary>
    private static int Serialize<T>(IReadOnlyList<T> items, Action<IReadOnlyList<T>, ExportFormat, Stream> export, ExportFormat format, Stream buffer)
    {
        if (format == ExportFormat.Json)
            System.Text.Json.JsonSerializer.Serialize(buffer, items, OutputJson.Options);
        else
            export(items, format, buffer);
        return items.Count;
    }

    // Text goes through the invocation's writer (a test's, or the console's); Parquet's bytes straight to the process's standard output.
    private static void CopyTo(Terminal terminal, MemoryStream buffer, ExportFormat format)
    {
        if (format == ExportFormat.Parquet)
        {
            using var stdout = Console.OpenStandardOutput();
            buffer.CopyTo(stdout);
            return;
        }
        terminal.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        if (format == ExportFormat.Json)
            terminal.Out.WriteLine();
        terminal.Out.Flush();
    }
}
