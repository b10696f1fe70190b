namespace ArmsWatch.Documents;

/// <summary>
/// The title a document is shown by: the one its input gives (a JSON Lines field, the page's metadata, a feed item, the
/// API's "title"), else its text's first line when that line reads as a headline; never the file's slug.
/// </summary>
public static class DocumentTitle
{
    public const int MaxLength = 160;

    /// <summary>The given title, else the text's headline; null when there is neither.</summary>
    public static string? Of(SourceDocument document) => Clean(document.Title) ?? Headline(document.Text);

    /// <summary>
    /// The first line when it stands alone as a headline: a paragraph of its own (a blank line or the end after it), of
    /// 3 to 25 words and at most <see cref="MaxLength"/> characters, starting with a capital or a digit, not ending the
    /// way a sentence or a caption does, and no byline ("By ...").
    /// </summary>
    public static string? Headline(string text)
    {
        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, line => line.Trim().Length > 0);
        if (first < 0)
            return null;
        var line = lines[first].Trim();
        var alone = first + 1 == lines.Length || lines[first + 1].Trim().Length == 0;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return alone && words is >= 3 and <= 25 && line.Length <= MaxLength && (char.IsUpper(line[0]) || char.IsDigit(line[0]))
            && !line.EndsWith('.') && !line.EndsWith(',') && !line.EndsWith(':') && !line.EndsWith(';')
            && !line.StartsWith("By ", StringComparison.Ordinal)
            ? line
            : null;
    }

    private static string? Clean(string? title) => string.IsNullOrWhiteSpace(title) ? null : title.Trim();
}
