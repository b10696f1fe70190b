using System.CommandLine;

namespace ArmsWatch.Cli.Presentation;

/// <summary>The feeds and folders to watch and how often: the options <c>watch</c> and <c>serve</c> share.</summary>
public sealed class WatchSourceOptions
{
    private readonly Option<string[]> feeds = new("--feed") { Description = "An RSS or Atom feed URL; repeat for more.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string[]> folders = new("--folder") { Description = "A folder whose new .txt, .html, .htm and .jsonl files are ingested; repeat for more.", AllowMultipleArgumentsPerToken = true };
    private readonly Option<TimeSpan> interval = new("--interval")
    {
        Description = "Time between polls (30s, 5m, 1h); folders are also rescanned when they change.",
        DefaultValueFactory = _ => TimeSpan.FromMinutes(5),
        CustomParser = Duration,
    };

    public void AddTo(Command command)
    {
        command.Options.Add(feeds);
        command.Options.Add(folders);
        command.Options.Add(interval);
    }

    public TimeSpan Interval(ParseResult parse) => parse.GetValue(interval);

    public string[] Folders(ParseResult parse) => parse.GetValue(folders) ?? [];

    /// <summary>The feed URLs as http(s) URIs, or null after one stderr line naming the first that is not.</summary>
    public List<Uri>? Feeds(ParseResult parse)
    {
        var uris = new List<Uri>();
        foreach (var url in parse.GetValue(feeds) ?? [])
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                Console.Error.WriteLine($"error: {url}: not an http(s) URL");
                return null;
            }
            uris.Add(uri);
        }
        return uris;
    }

    public static TimeSpan Duration(System.CommandLine.Parsing.ArgumentResult result)
    {
        try
        {
            return DurationText.Parse(result.Tokens.Single().Value);
        }
        catch (FormatException e)
        {
            result.AddError(e.Message);
            return default;
        }
    }
}
