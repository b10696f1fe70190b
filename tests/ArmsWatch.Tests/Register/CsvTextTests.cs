using System.Text.Json.Serialization;
using ArmsWatch.Register;

namespace ArmsWatch.Tests.Register;

/// <summary>CSV as RFC 4180 reads it: commas, quotes and line breaks inside a field are quoted, numbers are invariant.</summary>
public sealed class CsvTextTests
{
    private sealed record Row([property: JsonPropertyName("text")] string Text, [property: JsonPropertyName("value")] decimal? Value);

    [Fact]
    public void Fields_with_commas_quotes_or_line_breaks_are_quoted_and_quotes_doubled()
    {
        using var writer = new StringWriter();

        CsvText.Write([new Row("\"We will not sell\", he said,\nagain", 7_000_000_000m), new Row("plain", null)], writer);

        Assert.Equal("text,value\r\n\"\"\"We will not sell\"\", he said,\nagain\",7000000000\r\nplain,\r\n", writer.ToString());
    }
}
