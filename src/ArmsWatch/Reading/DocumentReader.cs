using ArmsWatch.Documents;

namespace ArmsWatch.Reading;

/// <summary>
/// Reads files and folders of articles (.txt, .html/.htm, .jsonl) into <see cref="SourceDocument"/>s.
/// Bad input becomes a failed <see cref="ReadOutcome"/> and reading goes on with the rest.
/// </summary>
public sealed class DocumentReader(PublicationDateEstimator dates)
{
    /// <summary>Files above this size are refused: no article is this long, and reading one would hold it all in memory.</summary>
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>
    /// Texts longer than this are refused: a million characters is twenty times the longest news article, and the
    /// pipeline's time grows with the text, so one runaway page must not hold up a watch for minutes.
    /// </summary>
    public const int MaxTextCharacters = 1_000_000;

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt" };
    private static readonly HashSet<string> HtmlExtensions = new(StringComparer.OrdinalIgnoreCase) { ".html", ".htm" };
    private static readonly HashSet<string> JsonLinesExtensions = new(StringComparer.OrdinalIgnoreCase) { ".jsonl" };

    /// <summary>A reader that dates texts with the shipped office-holders table.</summary>
    public DocumentReader() : this(PublicationDateEstimator.Shipped()) { }

    /// <summary>Reads each path, a file or a folder (recursively, files in ordinal path order), lazily and in order.</summary>
    public IEnumerable<ReadOutcome> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var outcome in ReadFolder(path))
                    yield return outcome;
            }
            else if (File.Exists(path))
            {
                foreach (var outcome in ReadFile(path))
                    yield return outcome;
            }
            else
            {
                yield return Failed(path, "no such file or folder");
            }
        }
    }

    /// <summary>A document from plain text: furniture removed, published estimated from the text unless given.</summary>
    /// <exception cref="InputException">Nothing but furniture and whitespace is left.</exception>
    public SourceDocument FromText(string id, string text, string? title = null, string? url = null, PublicationDate? published = null, string? origin = null)
    {
        var main = PageFurniture.Strip(TextDecoder.NormaliseLineEndings(text.TrimStart('\uFEFF')));
        if (main.Trim().Length == 0)
            throw new InputException(origin ?? id, text.Trim().Length == 0 ? "is empty" : "holds only page furniture, no article text");
        if (main.Length > MaxTextCharacters)
            throw new InputException(origin ?? id, $"its text is {main.Length:N0} characters, over the {MaxTextCharacters:N0} limit");
        return new SourceDocument(id, main, title, url, published ?? dates.Estimate(main), origin);
    }

    /// <summary>A document from a web page: its main text, its title and metadata date unless given, else a date estimated from the text.</summary>
    /// <exception cref="InputException">The page has no article text.</exception>
    public SourceDocument FromHtml(string id, string html, string? url = null, string? title = null, PublicationDate? published = null, string? origin = null)
    {
        if (html.Trim().Length == 0)
            throw new InputException(origin ?? id, "is empty");
        var article = HtmlArticle.Parse(html, url);
        if (article.Text.Trim().Length == 0)
            throw new InputException(origin ?? id, "the page has no article text");
        return FromText(id, article.Text, title ?? article.Title, url, published ?? article.Published, origin);
    }

    private IEnumerable<ReadOutcome> ReadFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            // Hidden files (.DS_Store, .git/...) are the system's, not the user's: skip them quietly unless they are articles.
            if (!IsSupported(file) && IsHidden(Path.GetRelativePath(folder, file)))
                continue;
            foreach (var outcome in ReadFile(file))
                yield return outcome;
        }
    }

    private IEnumerable<ReadOutcome> ReadFile(string path)
    {
        if (!IsSupported(path))
            return [Failed(path, $"unsupported file type '{Path.GetExtension(path)}' (expected .txt, .html, .htm or .jsonl)")];
        string text;
        try
        {
            var size = new FileInfo(path).Length;
            if (size > MaxFileBytes)
                return [Failed(path, $"file is {size / (1024 * 1024)} MB, over the {MaxFileBytes / (1024 * 1024)} MB limit")];
            text = TextDecoder.Decode(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadOutcome.Failed(new InputException(path, $"cannot be read ({e.Message})", e))];
        }
        if (text.Trim().Length == 0)
            return [Failed(path, "is empty")];
        if (TextDecoder.LooksBinary(text))
            return [Failed(path, "looks like a binary file, not text")];
        var id = Path.GetFileNameWithoutExtension(path);
        if (JsonLinesExtensions.Contains(Path.GetExtension(path)))
            return ReadJsonLines(path, text);
        return [Attempt(path, () => HtmlExtensions.Contains(Path.GetExtension(path))
            ? FromHtml(id, text, origin: path)
            : FromText(id, text, origin: path))];
    }

    private IEnumerable<ReadOutcome> ReadJsonLines(string path, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim().Length == 0)
                continue;
            var origin = $"{path}:{i + 1}";
            var line = lines[i];
            yield return Attempt(origin, () =>
            {
                var record = JsonLinesRecord.Parse(line, origin);
                return string.IsNullOrWhiteSpace(record.Text)
                    ? FromHtml(record.Doc, record.Html!, record.Url, record.Title, record.Published, origin)
                    : FromText(record.Doc, record.Text, record.Title, record.Url, record.Published, origin);
            });
        }
    }

    // The one place input errors become outcomes; anything a parser throws on bad input is reported against the input too.
    private static ReadOutcome Attempt(string origin, Func<SourceDocument> read)
    {
        try
        {
            return ReadOutcome.Read(read());
        }
        catch (InputException e)
        {
            return ReadOutcome.Failed(e);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or ArgumentException)
        {
            return ReadOutcome.Failed(new InputException(origin, $"cannot be parsed ({e.Message})", e));
        }
    }

    private static bool IsSupported(string path)
    {
        var extension = Path.GetExtension(path);
        return TextExtensions.Contains(extension) || HtmlExtensions.Contains(extension) || JsonLinesExtensions.Contains(extension);
    }

    /// <summary>Whether a path relative to a folder is hidden (a part starts with '.'): the system's files, not the user's.</summary>
    public static bool IsHidden(string relativePath) =>
        relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'));

    private static ReadOutcome Failed(string path, string reason) => ReadOutcome.Failed(new InputException(path, reason));
}
