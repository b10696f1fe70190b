using ArmsWatch.Documents;

namespace ArmsWatch.Watching;

/// <summary>One item of a feed: the page it links to (absolute), and the title and date the feed gives for it.</summary>
public sealed record FeedEntry(Uri Link, string? Title, PublicationDate? Published);
