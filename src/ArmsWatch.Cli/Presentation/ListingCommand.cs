using System.CommandLine;
using ArmsWatch.Documents;
using ArmsWatch.Register;
using Spectre.Console.Rendering;

namespace ArmsWatch.Cli.Presentation;

/// <summary>A command that lists what the register holds under the CLI's filters: a table on a terminal, JSON or CSV otherwise.</summary>
public static class ListingCommand
{
    /// <param name="table">The rows as a terminal table: compact or wide, for a width in columns.</param>
    public static Command Create<T>(
        string name,
        string description,
        Func<RegisterStore, ClaimFilter, IReadOnlyList<T>> query,
        Func<IReadOnlyList<T>, bool, int, StateNames, IRenderable> table,
        Action<IReadOnlyList<T>, ExportFormat, Stream> export)
    {
        var db = StoreOption.Create();
        var filters = new FilterOptions();
        var format = ListingFormatOption.Create();
        var wide = new Option<bool>("--wide") { Description = "In the table, every field and the sentence or rule behind each row (wrapped to the terminal)." };
        var command = new Command(name, description);
        command.Options.Add(db);
        filters.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(wide);
        command.SetAction(parse =>
        {
            var terminal = Terminal.Of(parse);
            var target = parse.GetValue(db);
            // Listing never creates a register: a mistyped --db would otherwise list an empty one and look like "no results".
            if (StoreTargetCheck.Problem(target, mustExist: true) is { } problem)
            {
                terminal.Error.WriteLine($"error: {problem}");
                return 2;
            }
            using var store = StoreOption.Open(target);
            if (store is null)
                return 2;
            var rows = query(store, filters.Read(parse));
            var chosen = ListingFormatOption.Resolve(parse.GetValue(format), terminal);
            switch (chosen)
            {
                case ListingFormat.Table:
                    terminal.Ansi().Write(table(rows, parse.GetValue(wide), terminal.Width, StateNames.Default));
                    break;
                case ListingFormat.Json:
                    terminal.Out.WriteLine(OutputJson.Serialize(rows));
                    break;
                default:
                    using (var csv = new MemoryStream())
                    {
                        export(rows, ExportFormat.Csv, csv);
                        terminal.Out.Write(System.Text.Encoding.UTF8.GetString(csv.ToArray()));
                    }
                    break;
            }
            return 0;
        });
        return command;
    }
}
