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

    /// <summary>A JSON Lines file is read record by record, whatever its size; one record above this size is refused like a file.</summary>
    public const long MaxRecordBytes = MaxFileBytes;

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
            var kind = FileKinds.Of(path);
            var outcomes = kind switch
            {
                FileKind.Directory => ReadFolder(path),
                FileKind.Missing => [Failed(path, "no such file or folder")],
                _ => ReadFile(path, kind),
            };
            foreach (var outcome in outcomes)
                yield return outcome;
        }
    }

    /// <summary>A document from plain text: furniture removed, published dated from the URL or the text unless given.</summary>
    /// <exception cref="InputException">Nothing but furniture and whitespace is left.</exception>
    public SourceDocument FromText(string id, string text, string? title = null, string? url = null, PublicationDate? published = null, string? origin = null) =>
        Document(id, text, title, url, published, null, origin, null, null);

    /// <summary>A document from a web page: its main text, its title and metadata unless given, dated as <see cref="FromText"/> when the page carries no date.</summary>
    /// <exception cref="InputException">The page has no article text.</exception>
    public SourceDocument FromHtml(string id, string html, string? url = null, string? title = null, PublicationDate? published = null, string? origin = null)
    {
        if (html.Trim().Length == 0)
            throw new InputException(origin ?? id, "is empty");
        var article = HtmlArticle.Parse(html, url);
        if (article.Text.Trim().Length == 0)
            throw new InputException(origin ?? id, "the page has no article text");
        return Document(id, article.Text, title ?? article.Title, url, published, article.Published, origin, article.Author, article.Section);
    }

    private SourceDocument Document(string id, string text, string? title, string? url, PublicationDate? given, PublicationDate? metadata,
        string? origin, string? author, string? section)
    {
        var main = PageFurniture.Strip(TextDecoder.StripControlCharacters(TextDecoder.NormaliseLineEndings(text.TrimStart('\uFEFF'))));
        if (main.Trim().Length == 0)
            throw new InputException(origin ?? id, text.Trim().Length == 0 ? "is empty" : "holds only page furniture, no article text");
        if (main.Length > MaxTextCharacters)
            throw new InputException(origin ?? id, $"its text is {main.Length:N0} characters, over the {MaxTextCharacters:N0} limit");
        var (date, from) = Date(given, metadata, url, main, text);
        return new SourceDocument(id, main, title, url, date, origin, from, author, section);
    }

    /// <summary>
    /// The publication date from the strongest evidence there is: the input's own field, the page's metadata, the
    /// address (<c>/2017/01/02/</c>), a date the text writes as its own, and only then an estimate from the years and
    /// officials it names. A date from the address is made more precise by the text when they agree.
    /// </summary>
    private (PublicationDate? Date, DateSource? From) Date(PublicationDate? given, PublicationDate? metadata, string? url, string text, string asRead)
    {
        if (given is { } input)
            return (input, DateSource.Input);
        if (metadata is { } page)
            return (page, DateSource.Metadata);
        var estimate = dates.EstimateWithSource(text, asRead);
        if (UrlDate.Parse(url) is { } address)
        {
            var refined = estimate is { Date: var e } && e.Year == address.Year && address.Day is null
                          && (address.Month is null || address.Month == e.Month) && Precision(e) > Precision(address);
            return (refined ? estimate!.Value.Date : address, DateSource.Url);
        }
        return estimate is { } found ? (found.Date, found.Source) : (null, null);
    }

    private static int Precision(PublicationDate date) => date.Day is not null ? 3 : date.Month is not null ? 2 : 1;

    private IEnumerable<ReadOutcome> ReadFolder(string folder)
    {
        foreach (var entry in FolderWalker.Files(folder))
        {
            if (entry.Problem is { } problem)
            {
                yield return Failed(entry.Path, problem);
                continue;
            }
            // Hidden files (.DS_Store, .git/...) are the system's, not the user's: skip them quietly unless they are articles.
            if (!IsSupported(entry.Path) && IsHidden(Path.GetRelativePath(folder, entry.Path)))
                continue;
            foreach (var outcome in ReadFile(entry.Path, entry.Kind))
                yield return outcome;
        }
    }

    private IEnumerable<ReadOutcome> ReadFile(string path, FileKind kind)
    {
        if (!IsSupported(path))
            return [Failed(path, $"unsupported file type '{Path.GetExtension(path)}' (expected .txt, .html, .htm or .jsonl)")];
        if (kind == FileKind.Missing)
            return [Failed(path, "no such file or folder")];
        // A FIFO would wait for a writer for ever and a device never ends: only regular files hold articles.
        if (kind != FileKind.Regular)
            return [Failed(path, $"is not a regular file ({FileKinds.Describe(kind)}); only regular files are read")];
        if (JsonLinesExtensions.Contains(Path.GetExtension(path)))
            return ReadJsonLines(path);
        string text;
        try
        {
            if (ReadCapped(path, MaxFileBytes) is not { } bytes)
                return [Failed(path, $"file is over the {MaxFileBytes / (1024 * 1024)} MB limit")];
            text = TextDecoder.Decode(bytes);
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
        return [Attempt(path, () => HtmlExtensions.Contains(Path.GetExtension(path))
            ? FromHtml(id, text, origin: path)
            : FromText(id, text, origin: path))];
    }

    /// <summary>
    /// The file's bytes, or null when there are more than <paramref name="limit"/>. Bytes are counted as they are read:
    /// the size a file reports can be wrong (a /proc file says 0) or change while it is read.
    /// </summary>
    private static byte[]? ReadCapped(string path, long limit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        var reported = stream.CanSeek ? stream.Length : 0;
        using var bytes = new MemoryStream((int)Math.Clamp(reported + 1, 0, limit + 1));
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (bytes.Length + read > limit)
                return null;
            bytes.Write(chunk, 0, read);
        }
        return bytes.ToArray();
    }

    // Record by record, whatever the file's size: the cap is on each record, as it is on each file.
    private IEnumerable<ReadOutcome> ReadJsonLines(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [ReadOutcome.Failed(new InputException(path, $"cannot be read ({e.Message})", e))];
        }
        return ReadJsonLines(path, stream);
    }

    private IEnumerable<ReadOutcome> ReadJsonLines(string path, FileStream stream)
    {
        using (stream)
        {
            var head = new byte[4096];
            var headLength = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            stream.Position = 0;
            // UTF-16 JSON Lines (rare: JSON is UTF-8 by its standard) are read whole, within the file cap.
            var wide = head.AsSpan(0, headLength).StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.AsSpan(0, headLength).StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
                       || TextDecoder.Utf16WithoutBom(head.AsSpan(0, headLength)) is not null;
            var lines = wide ? WideLines(path) : JsonLinesFile.Lines(stream, MaxRecordBytes);
            var records = 0;
            foreach (var line in lines)
            {
                var origin = $"{path}:{line.Number}";
                if (line.Text is not { } text)
                {
                    records++;
                    yield return Failed(origin, $"record is over the {MaxRecordBytes / (1024 * 1024)} MB limit");
                    continue;
                }
                if (text.Trim().Length == 0)
                    continue;
                if (records++ == 0 && TextDecoder.LooksBinary(text))
                {
                    yield return Failed(path, "looks like a binary file, not text");
                    yield break;
                }
                yield return Attempt(origin, () =>
                {
                    var record = JsonLinesRecord.Parse(text, origin);
                    return string.IsNullOrWhiteSpace(record.Text)
                        ? FromHtml(record.Doc, record.Html!, record.Url, record.Title, record.Published, origin)
                        : FromText(record.Doc, record.Text, record.Title, record.Url, record.Published, origin);
                });
            }
            if (records == 0)
                yield return Failed(path, "is empty");
        }
    }

    private static IEnumerable<JsonLine> WideLines(string path)
    {
        if (ReadCapped(path, MaxFileBytes) is not { } bytes)
            return [new JsonLine(1, null)];
        return TextDecoder.Decode(bytes).Split('\n').Select((line, i) => new JsonLine(i + 1, line));
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
