using System.Globalization;
using System.Reflection;
using System.Text.Json.Serialization;

namespace ArmsWatch.Register;

/// <summary>RFC 4180 CSV of flat row records: the columns are the rows' properties, named by their JSON names.</summary>
public static class CsvText
{
    public static void Write<TRow>(IEnumerable<TRow> rows, TextWriter writer)
    {
        var columns = Columns<TRow>();
        writer.Write(string.Join(',', columns.Select(column => Field(column.Name))) + "\r\n");
        foreach (var row in rows)
            writer.Write(string.Join(',', columns.Select(column => Field(Format(column.Property.GetValue(row))))) + "\r\n");
    }

    /// <summary>The header line's column names, in order.</summary>
    public static IReadOnlyList<string> Header<TRow>() => Columns<TRow>().Select(column => column.Name).ToList();

    private static List<(string Name, PropertyInfo Property)> Columns<TRow>() =>
        typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.GetCustomAttribute<JsonPropertyNameAttribute>() is not null)
            .OrderBy(property => property.MetadataToken) // declaration order
            .Select(property => (property.GetCustomAttribute<JsonPropertyNameAttribute>()!.Name, property))
            .ToList();

    private static string Format(object? value) => value switch
    {
        null => "",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // Quoted only when needed; a leading = + - @ is left as text a spreadsheet shows, since figures here are never formulas.
    private static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? '"' + value.Replace("\"", "\"\"") + '"' : value;
}
