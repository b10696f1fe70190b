using System.Text.Json;
using ArmsWatch.Documents;

namespace ArmsWatch.Patterns;

/// <summary>Reads a pattern file: one pattern a line, <c>name</c>, <c>label</c>, the pattern as JSON (spaCy's
/// Matcher syntax) and an example sentence, tab-separated; <c>#</c> starts a comment line.</summary>
/// <example><c>put-on-hold	cancellation	[{"LEMMA": "put"}, {"OP": "*", "MAX": 4}, {"LOWER": "on"}, {"LOWER": "hold"}]	The sale was [put on hold].</c></example>
public static class PatternFile
{
    /// <summary>The most tokens an <c>"OP": "*"</c> or <c>"+"</c> element takes unless its <c>MAX</c> says otherwise.</summary>
    public const int DefaultMax = 6;

    public static List<TokenPattern> Load(string path)
    {
        var patterns = new List<TokenPattern>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
                continue;
            var columns = line.Split('\t');
            if (columns.Length != 4)
                throw new InputException(path, $"line {lineNumber}: expected name, label, pattern and example, tab-separated");
            if (!names.Add(columns[0]))
                throw new InputException(path, $"line {lineNumber}: pattern name {columns[0]} is used twice");
            try
            {
                patterns.Add(new TokenPattern(columns[0], columns[1], ParseElements(columns[2]), columns[3]));
            }
            catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
            {
                throw new InputException(path, $"line {lineNumber} ({columns[0]}): {e.Message}", e);
            }
        }
        return patterns;
    }

    public static List<PatternElement> ParseElements(string json)
    {
        using var document = JsonDocument.Parse(json);
        var elements = new List<PatternElement>();
        foreach (var token in document.RootElement.EnumerateArray())
        {
            var test = new TokenTest();
            var repeat = Repeat.One;
            var max = DefaultMax;
            foreach (var attribute in token.EnumerateObject())
            {
                switch (attribute.Name)
                {
                    case "OP":
                        repeat = attribute.Value.GetString() switch
                        {
                            "?" => Repeat.Optional,
                            "*" => Repeat.Any,
                            "+" => Repeat.OneOrMore,
                            "!" => Repeat.Not,
                            var op => throw new FormatException($"unknown OP {op}"),
                        };
                        break;
                    case "MAX":
                        max = attribute.Value.GetInt32();
                        break;
                    default:
                        var (values, negated) = Values(attribute.Value);
                        test.Require(attribute.Name, values, negated);
                        break;
                }
            }
            elements.Add(new PatternElement(test, repeat, max));
        }
        if (elements.Count == 0 || elements.All(e => e.Repeat is Repeat.Optional or Repeat.Any))
            throw new FormatException("a pattern must need at least one token");
        return elements;
    }

    private static (List<string> Values, bool Negated) Values(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => ([value.GetString()!], false),
        JsonValueKind.Object when value.TryGetProperty("IN", out var among) => ([.. among.EnumerateArray().Select(v => v.GetString()!)], false),
        JsonValueKind.Object when value.TryGetProperty("NOT_IN", out var outside) => ([.. outside.EnumerateArray().Select(v => v.GetString()!)], true),
        _ => throw new FormatException($"expected a string or {{\"IN\": [...]}}, found {value.GetRawText()}"),
    };
}
