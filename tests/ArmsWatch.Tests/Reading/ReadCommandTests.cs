using System.Diagnostics;
using System.Text.Json;

namespace ArmsWatch.Tests.Reading;

/// <summary><c>armswatch read</c>: what the reader takes from each file or page, one JSON object per document with --json.</summary>
public sealed class ReadCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int ExitCode, string Output, string Errors) Read(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ArmsWatch.Cli.dll"), "read", .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errors.Result);
    }

    [Fact]
    public void Json_gives_doc_title_published_its_source_and_text_per_document()
    {
        var page = _folder.Write("page.html", """
            <html><head><title>Jets arrive</title><meta property="article:published_time" content="2024-09-12T15:20:00Z"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><p>The first four of 32 new fighter jets landed at the main air base on Thursday afternoon, after a two-day ferry flight.</p>
            <p>The air force expects the first squadron to be ready for operations in about eighteen months.</p></article></body></html>
            """);
        var lines = _folder.Write("batch.jsonl", """{"doc": "d1", "url": "https://example.org/2019/02/israel-lifts-ban/", "text": "Israel lifted its ban on drone exports to Azerbaijan."}""");

        var (exit, output, _) = Read(page, lines, "--json");

        Assert.Equal(0, exit);
        var documents = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(2, documents.Count);
        Assert.Equal(("page", "Jets arrive", "2024-09-12", "metadata"), Fields(documents[0]));
        Assert.StartsWith("The first four of 32 new fighter jets", documents[0].GetProperty("text").GetString());
        Assert.DoesNotContain("World", documents[0].GetProperty("text").GetString());
        Assert.Equal(("d1", null, "2019-02", "url"), Fields(documents[1]));
    }

    [Fact]
    public void Plain_output_shows_the_date_and_where_it_came_from()
    {
        var text = _folder.Write("a.txt", "Russia signed the contract in 2007 and suspended it in 2010.");
        var (exit, output, _) = Read(text);
        Assert.Equal(0, exit);
        Assert.Contains("published: 2010 (from estimate)", output);
        Assert.Contains("Russia signed the contract in 2007", output);
    }

    [Fact]
    public void A_bad_input_is_one_error_line_and_exit_code_1()
    {
        var (exit, output, errors) = Read(Path.Combine(_folder.Path, "missing.txt"), _folder.Write("a.txt", "Iran bought tanks in 2001."));
        Assert.Equal(1, exit);
        Assert.Contains("no such file or folder", errors);
        Assert.Contains("Iran bought tanks", output);
    }

    private static (string?, string?, string?, string?) Fields(JsonElement document) =>
        (document.GetProperty("doc").GetString(), document.GetProperty("title").GetString(),
         document.GetProperty("published").GetString(), document.GetProperty("published_from").GetString());
}
