using ArmsWatch.Documents;
using ArmsWatch.Reading;

namespace ArmsWatch.Tests.Reading;

public sealed class DocumentReaderTests : IDisposable
{
    private const string Article = "Russia is in talks to sell air defense missiles to Iran, a senior official said in 2001.";

    private static readonly DocumentReader Reader = new(new PublicationDateEstimator(OfficeHolders.LoadShipped(), new DateTime(2026, 1, 1)));

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<ReadOutcome> Read(params string[] paths) => Reader.Read(paths).ToList();

    private static InputException SingleError(List<ReadOutcome> outcomes) =>
        Assert.Single(outcomes, o => o.Error is not null).Error!;

    [Fact]
    public void A_text_over_the_character_limit_is_refused_and_one_at_the_limit_is_read()
    {
        var atLimit = new string('x', DocumentReader.MaxTextCharacters);

        Assert.Equal(DocumentReader.MaxTextCharacters, Reader.FromText("a", atLimit).Text.Length);
        Assert.Contains("over the 1,000,000 limit", Assert.Throws<InputException>(() => Reader.FromText("b", atLimit + "y")).Reason);
    }

    [Fact]
    public void Text_file_id_is_its_name_without_extension()
    {
        var outcome = Assert.Single(Read(_folder.Write("d001.txt", Article)));
        Assert.Equal("d001", outcome.Document!.Id);
        Assert.Equal(Article, outcome.Document.Text);
    }

    [Fact]
    public void Seed_file_is_read_without_furniture_and_dated_2001()
    {
        var document = Assert.Single(Read(SharedFiles.Seed("seed-000.txt"))).Document!;
        Assert.StartsWith("Russia Firm on Weapons Sales to Iran", document.Text);
        Assert.Equal(2001, document.Published?.Year);
    }

    [Fact]
    public void Folder_is_read_recursively_in_ordinal_path_order()
    {
        _folder.Write("b.txt", Article);
        _folder.Write("a/z.txt", Article);
        _folder.Write("B.txt", Article);
        var ids = Read(_folder.Path).Select(o => o.Document!.Id);
        // Ordinal: "B.txt" < "a/z.txt" < "b.txt".
        Assert.Equal(["B", "z", "b"], ids);
    }

    [Fact]
    public void Hidden_unsupported_files_in_a_folder_are_skipped_silently()
    {
        _folder.Write(".DS_Store", [0, 1, 2]);
        _folder.Write("a.txt", Article);
        Assert.All(Read(_folder.Path), o => Assert.Null(o.Error));
    }

    [Fact]
    public void Missing_path_is_one_error_and_reading_continues()
    {
        var missing = Path.Combine(_folder.Path, "nothing.txt");
        var outcomes = Read(missing, _folder.Write("a.txt", Article));
        Assert.Equal(missing, SingleError(outcomes).Input);
        Assert.NotNull(outcomes[1].Document);
    }

    [Fact]
    public void Unsupported_extension_is_one_error_naming_the_file()
    {
        var pdf = _folder.Write("report.pdf", Article);
        var outcomes = Read(_folder.Path);
        Assert.Equal(pdf, SingleError(outcomes).Input);
        Assert.Contains("unsupported", SingleError(outcomes).Reason);
    }

    [Fact]
    public void Empty_file_is_one_error_naming_the_file()
    {
        var empty = _folder.Write("empty.txt", "  \n \n");
        var outcomes = Read(empty, _folder.Write("a.txt", Article));
        Assert.Equal(empty, SingleError(outcomes).Input);
        Assert.Contains("empty", SingleError(outcomes).Reason);
    }

    [Fact]
    public void File_of_only_furniture_is_one_error()
    {
        var banner = _folder.Write("banner.txt", "Get the latest updates as we post them — right on your browser\n\n. Last Updated: 07/27/2016\n");
        Assert.Equal(banner, SingleError(Read(banner)).Input);
    }

    [Fact]
    public void Binary_file_is_one_error_naming_the_file()
    {
        var binary = _folder.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x01]);
        var outcomes = Read(binary, _folder.Write("a.txt", Article));
        Assert.Equal(binary, SingleError(outcomes).Input);
        Assert.Contains("binary", SingleError(outcomes).Reason);
    }

    [Fact]
    public void Oversized_file_is_one_error_naming_the_file()
    {
        var big = Path.Combine(_folder.Path, "big.txt");
        using (var stream = File.Create(big))
            stream.SetLength(DocumentReader.MaxFileBytes + 1);
        var outcomes = Read(big, _folder.Write("a.txt", Article));
        Assert.Equal(big, SingleError(outcomes).Input);
        Assert.Contains("limit", SingleError(outcomes).Reason);
    }

    [Fact]
    public void Windows_1252_file_is_decoded()
    {
        var path = _folder.Write("legacy.txt", [0x93, .. "Caf"u8, 0xE9, 0x94, .. " said Iran will buy tanks."u8]);
        Assert.Equal("\u201CCaf\u00E9\u201D said Iran will buy tanks.", Assert.Single(Read(path)).Document!.Text);
    }

    [Fact]
    public void Json_lines_fields_become_the_document()
    {
        var path = _folder.Write("batch.jsonl",
            """{"doc": "d7", "url": "http://x.test/a", "title": "T-90 licence", "lang": "en", "published": "2017-02-16", "text": "Russia extended a T-90 licence."}""");
        var document = Assert.Single(Read(path)).Document!;
        Assert.Equal(("d7", "http://x.test/a", "T-90 licence", new PublicationDate(2017, 2, 16)), (document.Id, document.Url, document.Title, document.Published));
        Assert.Equal($"{path}:1", document.Origin);
    }

    [Fact]
    public void Json_lines_without_published_are_dated_from_the_text()
    {
        var path = _folder.Write("batch.jsonl", """{"doc": "d1", "published": null, "text": "Russia suspended the contract in 2010."}""");
        Assert.Equal(2010, Assert.Single(Read(path)).Document!.Published?.Year);
    }

    [Fact]
    public void Malformed_json_line_is_reported_with_its_line_number_and_the_rest_read()
    {
        var path = _folder.Write("batch.jsonl",
            """{"doc": "a", "text": "Iran bought tanks."}""" + "\n{not json\n" + """{"doc": "c", "text": "India bought jets."}""");
        var outcomes = Read(path);
        Assert.Equal($"{path}:2", SingleError(outcomes).Input);
        Assert.Equal(["a", "c"], outcomes.Where(o => o.Document is not null).Select(o => o.Document!.Id));
    }

    [Theory]
    [InlineData("""{"text": "Iran bought tanks."}""", "doc")]
    [InlineData("""{"doc": "a", "title": "no body"}""", "text")]
    public void Json_line_missing_a_required_field_is_reported(string line, string field)
    {
        var path = _folder.Write("batch.jsonl", line);
        Assert.Contains(field, SingleError(Read(path)).Reason);
    }

    [Fact]
    public void Json_line_with_html_instead_of_text_is_read_as_a_page()
    {
        var path = _folder.Write("batch.jsonl", """{"doc": "h", "html": "<html><body><nav>Home | World</nav><p>Egypt received Rafale jets from France.</p></body></html>"}""");
        Assert.Equal("Egypt received Rafale jets from France.", Assert.Single(Read(path)).Document!.Text);
    }
}
