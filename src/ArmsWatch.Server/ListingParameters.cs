using System.ComponentModel;
using ArmsWatch.Extraction;
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

    /// <summary>Keeps the offset within an int whatever the page size.</summary>
    public const int MaxPage = 1_000_000;

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

    [FromQuery(Name = "page"), Description("Page number, from 1.")]
    public int? Page { get; init; }

    [FromQuery(Name = "page_size"), Description("Items per page, 50 by default, at most 500.")]
    public int? PageSize { get; init; }

    /// <exception cref="FormatException">A vocabulary value is not the contract's.</exception>
    public ClaimFilter Filter() => new()
    {
        Supplier = StateNames.Default.Resolve(Supplier),
        Recipient = StateNames.Default.Resolve(Recipient),
        System = System,
        Category = Empty(Category) ? null : VocabularyText<WeaponCategory>.Parse(Category!),
        Stage = Empty(Stage) ? null : VocabularyText<Stage>.Parse(Stage!),
        Certainty = Empty(Certainty) ? null : VocabularyText<Certainty>.Parse(Certainty!),
        FromYear = FromYear,
        ToYear = ToYear,
        Text = Text,
    };

    /// <exception cref="FormatException">The page or its size is below 1.</exception>
    public Paging Paging()
    {
        if (Page < 1 || PageSize < 1)
            throw new FormatException("page and page_size start at 1");
        if (Page > MaxPage)
            throw new FormatException($"page is at most {MaxPage}");
        return new Paging(Page ?? 1, Math.Min(PageSize ?? DefaultPageSize, MaxPageSize));
    }

    private static bool Empty(string? value) => string.IsNullOrWhiteSpace(value);
}
