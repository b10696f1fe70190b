namespace ArmsWatch.Documents;

/// <summary>An article as the reading stage hands it on: its identity, metadata and main text.</summary>
/// <param name="Id">The document id: a file's name without extension, or the <c>doc</c> field of a JSON Lines record.</param>
/// <param name="Text">The main text, page furniture removed, line breaks inside paragraphs kept as read.</param>
/// <param name="Published">The date the text was written: given by the input, or estimated from the text.</param>
/// <param name="Origin">Where it was read from (a path, with a line number for JSON Lines), for error messages.</param>
/// <param name="PublishedFrom">Where <paramref name="Published"/> came from; null when there is no date.</param>
/// <param name="Author">The byline the page's metadata gives, when it gives one.</param>
/// <param name="Section">The site section the page's metadata files it under ("World", "Defence").</param>
public sealed record SourceDocument(
    string Id,
    string Text,
    string? Title = null,
    string? Url = null,
    PublicationDate? Published = null,
    string? Origin = null,
    DateSource? PublishedFrom = null,
    string? Author = null,
    string? Section = null);
