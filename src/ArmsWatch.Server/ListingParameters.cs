using System.ComponentModel;
using ArmsWatch.Register;
using Microsoft.AspNetCore.Mvc;
using ArmsWatch.Documents;

namespace ArmsWatch.Server;

/// <summary>The query parameters every listing takes: the CLI's filters (snake_case) and paging.</summary>
public sealed record ListingParameters
{
    public const int DefaultPageSize = 50;

    /// <summary>Larger pages are cut to this: one request must not make the server read the whole register.</summary>
    public const int MaxPageSize = 500;

    /// <summary>
    /// Items skipped at most: a deep offset costs a scan of everything before it. Beyond it, a narrower filter (or
    /// <c>after</c> for claims) reaches the rest.
    /// </summary>
    public const int MaxOffset = 10_000;

    /// <summary>A filter value is a name or a few words: nothing longer is a query.</summary>
    public const int MaxValueLength = 200;

    [FromQuery(Name = "supplier"), Description("Supplier state: its code (RUS) or name (Russia, russia, United States, US); or a non-state actor's name.")]
    public string? Supplier { get; init; }

    [FromQuery(Name = "recipient"), Description("Recipient state: its code (IRN) or name (Iran).")]
    public string? Recipient { get; init; }

    [FromQuery(Name = "system"), Description("System family (S-300, MiG-29); any case.")]
    public string? System { get; init; }

    [FromQuery(Name = "category"), Description("Equipment category, as the claims contract spells it (air-defence).")]
    public string? Category { get; init; }

    [FromQuery(Name = "stage"), Description("request, offer, negotiation, agreement, delivery or cancellation.")]
    public string? Stage { get; init; }

    [FromQuery(Name = "certainty"), Description("fact, planned, possible, unlikely or denied.")]
    public string? Certainty { get; init; }

    [FromQuery(Name = "from_year"), Description("Earliest year (the claim's, else its article's publication year).")]
    public int? FromYear { get; init; }

    [FromQuery(Name = "to_year"), Description("Latest year (the claim's, else its article's publication year).")]
    public int? ToYear { get; init; }

    [FromQuery(Name = "text"), Description("Words that must all occur in the evidence sentence (any word form).")]
    public string? Text { get; init; }

    [FromQuery(Name = "after"), Description("Only claims with an id above this one (for /api/claims: the last id of the page before).")]
    public long? After { get; init; }

    [FromQuery(Name = "page"), Description("Page number, from 1.")]
    public int? Page { get; init; }

    [FromQuery(Name = "page_size"), Description("Items per page, 50 by default, at most 500.")]
    public int? PageSize { get; init; }

    /// <exception cref="FormatException">A vocabulary value is not the contract's, or a value is too long or holds control characters.</exception>
    public ClaimFilter Filter() => new()
    {
        Supplier = StateNames.Default.Resolve(Checked("supplier", Supplier)),
        Recipient = StateNames.Default.Resolve(Checked("recipient", Recipient)),
        System = Checked("system", System),
        Category = Empty(Category) ? null : VocabularyText<WeaponCategory>.Parse(Checked("category", Category)!),
        Stage = Empty(Stage) ? null : VocabularyText<Stage>.Parse(Checked("stage", Stage)!),
        Certainty = Empty(Certainty) ? null : VocabularyText<Certainty>.Parse(Checked("certainty", Certainty)!),
        FromYear = FromYear,
        ToYear = ToYear,
        Text = Checked("text", Text),
        AfterId = After,
    };

    /// <exception cref="FormatException">The page or its size is below 1, or the page starts beyond <see cref="MaxOffset"/>.</exception>
    public Paging Paging()
    {
        if (Page < 1 || PageSize < 1)
            throw new FormatException("page and page_size start at 1");
        var paging = new Paging(Page ?? 1, Math.Min(PageSize ?? DefaultPageSize, MaxPageSize));
        if ((long)(paging.Number - 1) * paging.Size > MaxOffset)
            throw new FormatException($"a page starts at most {MaxOffset:N0} items in: narrow the filters, or for claims ask for those after the last id seen (after=ID)");
        return paging;
    }

    // Values reach SQL only as parameters; these checks keep them to what a filter can mean (PostgreSQL refuses NUL in text outright).
    private static string? Checked(string name, string? value)
    {
        if (value is null)
            return null;
        if (value.Length > MaxValueLength)
            throw new FormatException($"{name} is {value.Length:N0} characters, over the {MaxValueLength} limit");
        if (value.Any(char.IsControl))
            throw new FormatException($"{name} holds control characters");
        return value;
    }

    private static bool Empty(string? value) => string.IsNullOrWhiteSpace(value);
}
