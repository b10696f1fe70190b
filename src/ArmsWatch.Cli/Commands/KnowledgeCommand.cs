using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ArmsWatch.Cli.Presentation;
using ArmsWatch.Documents;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch knowledge TEXT</c>: every span the knowledge stage finds in a text, with its attributes; with
/// <c>--tree</c>, each sentence's tokens, lemmas, tags and dependency tree as CoNLL-U, with the spans each token is in.</summary>
public static class KnowledgeCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var text = new Argument<string[]>("text")
        {
            Description = "The text to read (words may be given as several arguments; '-' reads standard input).",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "One JSON object per span instead of a table." };
        var tree = new Option<bool>("--tree") { Description = "Each sentence as CoNLL-U (lemma, tags, head, relation) with the spans each token is in." };
        var published = new Option<string?>("--published")
        {
            Description = "The date the text was written (YYYY, YYYY-MM or YYYY-MM-DD), which relative dates (\"last year\") are reckoned from.",
        };
        published.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } value && PublicationDate.Parse(value) is null)
                result.AddError($"--published: '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).");
        });
        var command = new Command("knowledge",
            "Print the states, organisations, outlets, bodies, groups, people, weapons, sums, quantities and dates the knowledge stage finds in a text.");
        command.Arguments.Add(text);
        command.Options.Add(json);
        command.Options.Add(tree);
        command.Options.Add(published);
        command.SetAction(parse => Run(parse.GetValue(text)!, parse.GetValue(json), parse.GetValue(tree), PublicationDate.Parse(parse.GetValue(published))));
        return command;
    }

    private static int Run(string[] words, bool json, bool tree, PublicationDate? published)
    {
        var input = words is ["-"] ? Console.In.ReadToEnd() : string.Join(' ', words);
        var pipeline = ArmsWatchPipeline.LoadDefault();
        if (tree)
            ConlluText.Write(pipeline.Analyze(new SourceDocument("knowledge", input, Published: published)), Console.Out);
        else
            Print(pipeline, input, json, Console.Out, published);
        return 0;
    }

    /// <summary>Writes a line for every span the pipeline's knowledge stage finds in <paramref name="text"/>, written
    /// on <paramref name="published"/> when given.</summary>
    public static void Print(ArmsWatchPipeline pipeline, string text, bool json, TextWriter output, PublicationDate? published = null)
    {
        var document = pipeline.Analyze(new SourceDocument("knowledge", text, Published: published));
        foreach (var span in document.Spans)
        {
            var written = text[span.Start..span.End];
            output.WriteLine(json ? JsonLine(span, written) : TableLine(span, written));
        }
    }

    private static string JsonLine(Span span, string written)
    {
        var fields = new Dictionary<string, object?>
        {
            ["kind"] = span.Kind,
            ["text"] = written,
            ["start"] = span.Start,
            ["end"] = span.End,
            ["name"] = span.Name,
            ["label"] = span.Label,
            ["family"] = span.Family,
            ["designation"] = span.Designation,
            ["category"] = span.Category,
            ["transfer_kind"] = span.TransferKind,
            ["maker"] = span.Maker,
            ["origin"] = span.Origin,
            ["origins"] = span.Origins,
            ["state"] = span.State,
            ["role"] = span.Role,
            ["amount"] = span.Amount,
            ["currency"] = span.Currency,
            ["value_usd"] = span.ValueUsd,
            ["count"] = span.Count,
            ["year"] = span.Year,
        };
        return JsonSerializer.Serialize(fields.Where(field => field.Value is not null).ToDictionary(), Json);
    }

    private static string TableLine(Span span, string written)
    {
        var line = new StringBuilder();
        line.Append(CultureInfo.InvariantCulture, $"{VocabularyText<SpanKind>.Name(span.Kind),-12} {span.Start,5}-{span.End,-5} {written}");
        void Add(string name, object? value)
        {
            if (value is not null)
                line.Append(CultureInfo.InvariantCulture, $"  {name}={value}");
        }
        Add("name", span.Name != written ? span.Name : null);
        Add("label", span.Label);
        Add("family", span.Family);
        Add("designation", span.Designation != span.Family ? span.Designation : null);
        Add("category", span.Category is { } category ? VocabularyText<WeaponCategory>.Name(category) : null);
        Add("kind", span.TransferKind is { } kind ? VocabularyText<TransferKind>.Name(kind) : null);
        Add("maker", span.Maker);
        Add("origin", span.Origin);
        Add("origins", span.Origins is { Length: > 1 } origins ? string.Join('|', origins) : null);
        Add("state", span.State);
        Add("role", span.Role);
        Add("amount", span.ValueUsd is null ? span.Amount?.ToString("0.##", CultureInfo.InvariantCulture) : null);
        Add("currency", span.ValueUsd is null ? span.Currency : null);
        Add("value_usd", span.ValueUsd?.ToString("0.##", CultureInfo.InvariantCulture));
        Add("count", span.Count);
        Add("year", span.Year);
        return line.ToString();
    }
}
