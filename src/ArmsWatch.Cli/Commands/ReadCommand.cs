using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Serialization;
using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Reading;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch read PATH... [--json]</c>: what the reading stage takes from each file or page, as the extractor is given it.</summary>
public static class ReadCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.txt, .html, .htm, .jsonl) or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "One JSON object per document: doc, title, published, published_from, text (and url, author, section)." };
        var asOf = new Option<DateTime?>("--as-of")
        {
            Description = "Date texts as read on this day (YYYY-MM-DD), for texts that speak of 'today'; by default the office-holders table's as-of month, never the clock.",
        };
        var command = new Command("read", "Print each document's title, publication date and where it came from, and main text, as the extractor is given them.");
        command.Arguments.Add(paths);
        command.Options.Add(json);
        command.Options.Add(asOf);
        command.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(json), parse.GetValue(asOf)));
        return command;
    }

    private static int Run(string[] paths, bool json, DateTime? asOf)
    {
        var failures = 0;
        var first = true;
        var reader = new DocumentReader(new PublicationDateEstimator(OfficeHolders.LoadShipped(), asOf));
        foreach (var outcome in reader.Read(paths))
        {
            if (outcome.Error is { } error)
            {
                failures += ExtractCommand.Report(error);
                continue;
            }
            var document = outcome.Document!;
            if (json)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(ReadDocument.Of(document), ClaimsJson.Options));
                continue;
            }
            if (!first)
                Console.Out.WriteLine();
            first = false;
            WriteText(document);
        }
        return failures == 0 ? 0 : 1;
    }

    private static void WriteText(SourceDocument document)
    {
        var output = Console.Out;
        output.WriteLine($"== {document.Id}" + (document.Origin is { } origin ? $" ({origin})" : ""));
        output.WriteLine($"title:     {document.Title ?? "(none)"}");
        output.WriteLine($"published: {(document.Published is { } date ? $"{date} (from {Name(document.PublishedFrom)})" : "(unknown)")}");
        if (document.Url is { } url)
            output.WriteLine($"url:       {url}");
        if (document.Author is { } author)
            output.WriteLine($"author:    {author}");
        if (document.Section is { } section)
            output.WriteLine($"section:   {section}");
        output.WriteLine();
        output.WriteLine(document.Text);
    }

    /// <summary>The name <c>published_from</c> gives each source.</summary>
    public static string? Name(DateSource? source) => source switch
    {
        DateSource.Input => "input",
        DateSource.Metadata => "metadata",
        DateSource.Url => "url",
        DateSource.TextDate => "text-date",
        DateSource.Estimate => "estimate",
        _ => null,
    };

    private sealed record ReadDocument(
        [property: JsonPropertyName("doc")] string Doc,
        [property: JsonPropertyName("title")] string? Title,
        [property: JsonPropertyName("published")] string? Published,
        [property: JsonPropertyName("published_from")] string? PublishedFrom,
        [property: JsonPropertyName("url")] string? Url,
        [property: JsonPropertyName("author")] string? Author,
        [property: JsonPropertyName("section")] string? Section,
        [property: JsonPropertyName("text")] string Text)
    {
        public static ReadDocument Of(SourceDocument d) =>
            new(d.Id, d.Title, d.Published?.ToString(), Name(d.PublishedFrom), d.Url, d.Author, d.Section, d.Text);
    }
}
