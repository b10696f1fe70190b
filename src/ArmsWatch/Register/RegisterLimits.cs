using System.Text;
using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Reading;

namespace ArmsWatch.Register;

/// <summary>
/// The longest value the register stores in each field, so that nothing a stranger sends can make the register, or
/// every response that carries a field, grow without bound. What the sender chose (name, title, URL, text) is refused
/// over its cap with the reason; what the pipeline cut from the text (a claim's evidence and item) is clipped, its
/// offsets moved so that it still is the text between them.
/// </summary>
public static class RegisterLimits
{
    /// <summary>A document's name: a file name or a JSON Lines <c>doc</c>, never prose.</summary>
    public const int MaxDocLength = 200;

    public const int MaxTitleLength = 500;

    /// <summary>What browsers and sitemaps accept in practice.</summary>
    public const int MaxUrlLength = 2_000;

    /// <summary>The reader's cap, enforced here too for documents that did not come through the reader.</summary>
    public const int MaxTextLength = DocumentReader.MaxTextCharacters;

    /// <summary>Where a document was read from: provenance, cut rather than refused.</summary>
    public const int MaxOriginLength = 1_000;

    /// <summary>Ten times a long sentence: longer "sentences" are tables or runs without full stops.</summary>
    public const int MaxEvidenceLength = 2_000;

    public const int MaxItemLength = 200;

    /// <summary>Supplier, recipient, system and source: names.</summary>
    public const int MaxNameLength = 200;

    /// <summary>The document as the register stores it: the title's white space made single spaces, the origin cut.</summary>
    /// <exception cref="InputException">A field is over its cap, the name is empty or holds control characters, or the text holds NUL.</exception>
    public static SourceDocument Fit(SourceDocument document)
    {
        var input = document.Origin ?? document.Id;
        var doc = document.Id.Trim();
        if (doc.Length == 0)
            throw new InputException(input, "the document has no name (doc)");
        if (doc.Length > MaxDocLength)
            throw new InputException(input, $"the document's name (doc) is {doc.Length:N0} characters, over the {MaxDocLength} limit");
        if (doc.Any(IsUnprintable))
            throw new InputException(input, "the document's name (doc) holds control characters");
        var title = document.Title is null ? null : CollapseWhiteSpace(document.Title);
        if (title?.Length > MaxTitleLength)
            throw new InputException(input, $"the title is {title.Length:N0} characters, over the {MaxTitleLength} limit");
        var url = document.Url?.Trim();
        if (url?.Length > MaxUrlLength)
            throw new InputException(input, $"the URL is {url.Length:N0} characters, over the {MaxUrlLength:N0} limit");
        if (url is not null && url.Any(c => char.IsWhiteSpace(c) || IsUnprintable(c)))
            throw new InputException(input, "the URL holds white space or control characters");
        if (document.Text.Length > MaxTextLength)
            throw new InputException(input, $"its text is {document.Text.Length:N0} characters, over the {MaxTextLength:N0} limit");
        // PostgreSQL text cannot hold NUL, and no article has one: refused on both engines alike.
        if (document.Text.Contains('\0'))
            throw new InputException(input, "its text holds NUL characters (a binary file?)");
        var origin = document.Origin is { Length: > MaxOriginLength } path ? Cut(path, MaxOriginLength) : document.Origin;
        return document with { Id = doc, Title = string.IsNullOrEmpty(title) ? null : title, Url = string.IsNullOrEmpty(url) ? null : url, Origin = origin };
    }

    /// <summary>The claim as the register stores it: evidence and item clipped (offsets moved with them), names cut.</summary>
    /// <param name="text">The document's text, which the claim's offsets point into.</param>
    public static Claim Fit(Claim claim, string text)
    {
        var fitted = claim;
        if (claim.ItemEnd - claim.ItemStart > MaxItemLength && ValidSpan(claim.ItemStart, claim.ItemEnd, text))
        {
            // The head of an English noun phrase is at its end: keep the end.
            var start = SafeStart(text, claim.ItemEnd - MaxItemLength);
            fitted = fitted with { ItemStart = start, Item = text[start..claim.ItemEnd] };
        }
        else if (claim.Item.Length > MaxItemLength)
        {
            fitted = fitted with { Item = Cut(claim.Item, MaxItemLength) };
        }
        if (claim.SentenceEnd - claim.SentenceStart > MaxEvidenceLength && ValidSpan(claim.SentenceStart, claim.SentenceEnd, text))
        {
            // The window of the evidence centred on the item, inside the sentence.
            var centre = (fitted.ItemStart + fitted.ItemEnd) / 2;
            var start = Math.Clamp(centre - MaxEvidenceLength / 2, claim.SentenceStart, claim.SentenceEnd - MaxEvidenceLength);
            start = SafeStart(text, start);
            var end = SafeEnd(text, Math.Min(start + MaxEvidenceLength, claim.SentenceEnd));
            fitted = fitted with { SentenceStart = start, SentenceEnd = end, Evidence = text[start..end] };
        }
        else if (claim.Evidence is { Length: > MaxEvidenceLength } evidence)
        {
            fitted = fitted with { Evidence = Cut(evidence, MaxEvidenceLength) };
        }
        return fitted with
        {
            Supplier = CutName(fitted.Supplier),
            Recipient = CutName(fitted.Recipient),
            System = CutName(fitted.System),
            Source = CutName(fitted.Source),
        };
    }

    /// <summary>
    /// Characters that would let a name rewrite the terminal or the log it is printed to: C0 and C1 controls (newline,
    /// escape), Unicode line separators and the bidirectional overrides that reorder what follows them.
    /// </summary>
    public static bool IsUnprintable(char c) =>
        char.IsControl(c) || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    private static string CollapseWhiteSpace(string value)
    {
        var builder = new StringBuilder(Math.Min(value.Length, MaxTitleLength + 1));
        var space = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c) || IsUnprintable(c))
            {
                space = true;
                continue;
            }
            if (space && builder.Length > 0)
                builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static string? CutName(string? name) => name is { Length: > MaxNameLength } ? Cut(name, MaxNameLength) : name;

    // Never between the two halves of a surrogate pair: a lone half is not text, and PostgreSQL refuses it.
    private static string Cut(string value, int length) =>
        value[..(char.IsHighSurrogate(value[length - 1]) ? length - 1 : length)];

    private static int SafeStart(string text, int start) =>
        start > 0 && start < text.Length && char.IsLowSurrogate(text[start]) ? start + 1 : start;

    private static int SafeEnd(string text, int end) =>
        end > 0 && end < text.Length && char.IsLowSurrogate(text[end]) ? end - 1 : end;

    private static bool ValidSpan(int start, int end, string text) => start >= 0 && start <= end && end <= text.Length;
}
