using System.CommandLine;

namespace ArmsWatch.Cli.Presentation;

/// <summary>The <c>--format</c> option of the listing commands.</summary>
public static class ListingFormatOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--format") { Description = "table, json or csv; default: table on a terminal, json when the output is redirected.", HelpName = "format" };
        option.AcceptOnlyFromAmong("table", "json", "csv");
        return option;
    }

    public static ListingFormat Resolve(string? given, Terminal terminal) => given switch
    {
        "table" => ListingFormat.Table,
        "json" => ListingFormat.Json,
        "csv" => ListingFormat.Csv,
        _ => terminal.IsRedirected ? ListingFormat.Json : ListingFormat.Table,
    };
}
