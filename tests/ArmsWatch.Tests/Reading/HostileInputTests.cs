using System.Diagnostics;
using System.Text;
using ArmsWatch.Reading;

namespace ArmsWatch.Tests.Reading;

/// <summary>
/// Inputs built to hang, exhaust or confuse the reader: symlink cycles, FIFOs and devices, files whose reported size
/// lies, markup nested without end, stray NUL bytes, UTF-16 without a byte-order mark, huge JSON Lines files and
/// addresses that are not web addresses. Each is read, or refused in one line, within seconds.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Article = "Russia delivered S-300 missile systems to Iran in 2016, officials said on Monday.";

    private static readonly DocumentReader Reader = new(new PublicationDateEstimator(OfficeHolders.LoadShipped()));

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    // Run on another thread so that a reader that hangs fails the test instead of stopping the run.
    private static T Within<T>(TimeSpan limit, Func<T> read)
    {
        var task = Task.Factory.StartNew(read, TaskCreationOptions.LongRunning);
        Assert.True(task.Wait(limit), $"reading took longer than {limit.TotalSeconds} s");
        return task.Result;
    }

    private static List<ReadOutcome> ReadWithin(TimeSpan limit, params string[] paths) => Within(limit, () => Reader.Read(paths).ToList());

    [Fact]
    public void Symlink_cycles_in_a_folder_are_walked_once()
    {
        _folder.Write("a.txt", Article);
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "a"), ".");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "b"), ".");

        var outcomes = ReadWithin(TimeSpan.FromSeconds(20), _folder.Path);

        Assert.Equal(["a"], outcomes.Select(o => o.Document?.Id ?? o.Error!.Message));
    }

    [Fact]
    public void A_folder_linked_twice_is_read_once()
    {
        _folder.Write("news/a.txt", Article);
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "also-news"), Path.Combine(_folder.Path, "news"));

        Assert.Single(ReadWithin(TimeSpan.FromSeconds(20), _folder.Path));
    }

    [Fact]
    public void A_fifo_named_like_an_article_is_refused_not_waited_on()
    {
        var fifo = Path.Combine(_folder.Path, "x.txt");
        MakeFifo(fifo);
        _folder.Write("y.txt", Article);

        var outcomes = ReadWithin(TimeSpan.FromSeconds(20), _folder.Path);

        var error = Assert.Single(outcomes, o => o.Error is not null).Error!;
        Assert.Equal(fifo, error.Input);
        Assert.Contains("not a regular file", error.Reason);
        Assert.Single(outcomes, o => o.Document is not null);
    }

    [Fact]
    public void A_symlink_to_a_device_is_refused()
    {
        var link = Path.Combine(_folder.Path, "random.txt");
        File.CreateSymbolicLink(link, "/dev/urandom");

        var error = Assert.Single(ReadWithin(TimeSpan.FromSeconds(20), link)).Error!;

        Assert.Contains("not a regular file", error.Reason);
    }

    [Fact]
    public void A_file_larger_than_its_reported_size_is_cut_off_at_the_limit_while_read()
    {
        // /proc files report a size of 0; this one holds gigabytes. Only counting bytes as they arrive stops it.
        var link = Path.Combine(_folder.Path, "pagemap.txt");
        File.CreateSymbolicLink(link, "/proc/self/pagemap");

        var error = Assert.Single(ReadWithin(TimeSpan.FromSeconds(30), link)).Error!;

        Assert.Contains("over the 20 MB limit", error.Reason);
    }

    [Fact]
    public void Fifo_and_cycles_in_a_named_path_list_do_not_stop_the_other_inputs()
    {
        var fifo = Path.Combine(_folder.Path, "pipe.html");
        MakeFifo(fifo);
        var outcomes = ReadWithin(TimeSpan.FromSeconds(20), fifo, _folder.Write("a.txt", Article));
        Assert.NotNull(outcomes[0].Error);
        Assert.NotNull(outcomes[1].Document);
    }

    [Fact]
    public void Fifty_thousand_nested_divs_are_read_in_well_under_two_seconds()
    {
        const int depth = 50_000;
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth)) + "<p>" + Article + "</p>"
                   + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";
        Assert.InRange(html.Length, 540_000, 560_000);
        Within(TimeSpan.FromMinutes(2), () => Reader.FromHtml("warm", "<html><body><p>" + Article + "</p></body></html>"));

        var clock = Stopwatch.StartNew();
        var document = Within(TimeSpan.FromMinutes(2), () => Reader.FromHtml("deep", html));
        clock.Stop();

        Assert.Contains("S-300 missile systems", document.Text);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed.TotalSeconds:F2} s");
    }

    [Fact]
    public void A_page_with_nul_bytes_in_its_markup_is_read_without_them()
    {
        var page = _folder.Write("nul.html", Encoding.UTF8.GetBytes($"<html><body><p>{Article}</p>\0<p>Deliveries\0 end in 2017.</p></body></html>"));

        var document = Assert.Single(Read(page)).Document!;

        Assert.DoesNotContain('\0', document.Text);
        Assert.Contains("Deliveries end in 2017.", document.Text);
    }

    [Fact]
    public void A_text_file_with_a_nul_byte_is_read_as_the_api_reads_it()
    {
        var path = _folder.Write("nul.txt", Encoding.UTF8.GetBytes(Article.Replace("Iran", "Iran\0")));
        Assert.Equal(Article, Assert.Single(Read(path)).Document!.Text);
    }

    [Fact]
    public void Control_characters_are_stripped_from_given_text()
    {
        Assert.Equal(Article, Reader.FromText("t", Article.Replace("S-300", "S-\u0001300\u001b")).Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_a_byte_order_mark_is_decoded_not_called_binary(bool bigEndian)
    {
        var bytes = (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetBytes(Article);
        var path = _folder.Write("wide.txt", bytes);

        Assert.Equal(Article, Assert.Single(Read(path)).Document!.Text);
    }

    [Fact]
    public void A_real_binary_file_is_still_refused()
    {
        var png = _folder.Write("image.txt", [0x89, .. "PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, .. "IHDR"u8, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5C, 0x72, 0xA8, 0x66]);
        Assert.Contains("binary", Assert.Single(Read(png)).Error!.Reason);
    }

    [Fact]
    public void A_json_lines_file_over_20_MB_is_read_record_by_record()
    {
        var path = Path.Combine(_folder.Path, "big.jsonl");
        var padding = new string('x', 2_000);
        var records = 0;
        using (var writer = new StreamWriter(path))
        {
            while (writer.BaseStream.Length <= DocumentReader.MaxFileBytes + 1_000_000)
            {
                writer.WriteLine($$"""{"doc": "d{{records}}", "text": "{{Article}} Ref {{padding}}."}""");
                writer.Flush();
                records++;
            }
        }

        var outcomes = Read(path);

        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.Equal(records, outcomes.Count);
    }

    [Fact]
    public void A_json_lines_record_over_the_cap_is_one_error_and_the_records_around_it_are_read()
    {
        var path = Path.Combine(_folder.Path, "huge-record.jsonl");
        using (var writer = new StreamWriter(path))
        {
            writer.WriteLine($$"""{"doc": "a", "text": "{{Article}}"}""");
            writer.Write("{\"doc\": \"b\", \"text\": \"");
            writer.Write(new string('y', (int)DocumentReader.MaxRecordBytes + 10));
            writer.WriteLine("\"}");
            writer.WriteLine($$"""{"doc": "c", "text": "{{Article}}"}""");
        }

        var outcomes = Read(path);

        Assert.Equal(["a", "c"], outcomes.Where(o => o.Document is not null).Select(o => o.Document!.Id));
        var error = Assert.Single(outcomes, o => o.Error is not null).Error!;
        Assert.Equal($"{path}:2", error.Input);
        Assert.Contains("limit", error.Reason);
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("file:///etc/passwd")]
    [InlineData("not a url")]
    public void A_json_lines_url_that_is_not_a_web_address_is_dropped(string url)
    {
        var path = _folder.Write("urls.jsonl", $$"""{"doc": "a", "url": {{System.Text.Json.JsonSerializer.Serialize(url)}}, "text": "{{Article}}"}""");

        var document = Assert.Single(Read(path)).Document!;

        Assert.Null(document.Url);
    }

    [Fact]
    public void A_json_lines_web_address_is_kept()
    {
        var path = _folder.Write("urls.jsonl", $$"""{"doc": "a", "url": "https://example.com/2016/05/s300", "text": "{{Article}}"}""");
        Assert.Equal("https://example.com/2016/05/s300", Assert.Single(Read(path)).Document!.Url);
    }

    private static List<ReadOutcome> Read(string path) => ReadWithin(TimeSpan.FromMinutes(1), path);

    internal static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    [Theory]
    [InlineData("list items", "<ul>", "<li>item ", "</ul>", 50_000)]
    [InlineData("nested tables", "", "<table><tr><td>", "", 20_000)]
    [InlineData("unclosed bold", "<p>", "<b>x ", "</p>", 50_000)]
    [InlineData("line breaks", "<div>", "A line of text about nothing.<br>", "</div>", 20_000)]
    public void Wide_or_deep_pages_of_every_shape_are_read_in_seconds(string shape, string open, string repeated, string close, int count)
    {
        var html = "<html><body>" + open + string.Concat(Enumerable.Repeat(repeated, count)) + close + "<p>" + Article + "</p></body></html>";
        Within(TimeSpan.FromMinutes(2), () => Reader.FromHtml("warm", "<html><body><p>" + Article + "</p></body></html>"));

        var clock = Stopwatch.StartNew();
        Within(TimeSpan.FromMinutes(2), () => HtmlArticle.Parse(html));

        // Measured 0.2-1.1 s on a shared machine; quadratic walks took 10-100 s on these shapes.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"{shape}: {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void A_script_past_the_nesting_cap_never_becomes_text()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 500)) + "<script>var leaked = '<p>';</script><p>" + Article + "</p></body></html>";
        var text = HtmlArticle.Parse(html).Text;
        Assert.DoesNotContain("leaked", text);
        Assert.Contains("S-300 missile systems", text);
    }
}
