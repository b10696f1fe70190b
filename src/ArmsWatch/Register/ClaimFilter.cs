using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>Which claims to list: every criterion given must hold; null criteria select everything.</summary>
/// <remarks>
/// Years are the claim's year, or its document's publication year when the claim states none; a claim with neither is
/// left out when a year bound is given. <see cref="Text"/> is words that must all occur in the evidence (stemmed).
/// </remarks>
public sealed record ClaimFilter
{
    public string? Supplier { get; init; }
    public string? Recipient { get; init; }
    public string? System { get; init; }
    public WeaponCategory? Category { get; init; }
    public Stage? Stage { get; init; }
    public Certainty? Certainty { get; init; }
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public string? Text { get; init; }

    /// <summary>Only the claims of this stored document.</summary>
    public long? DocumentId { get; init; }

    /// <summary>Only claims stored after the claim with this id: what a reader polling for new claims asks for.</summary>
    public long? AfterId { get; init; }

    public static ClaimFilter All { get; } = new();

    /// <summary>Whether any criterion can tell apart claims of the same deal.</summary>
    public bool HasMentionCriteria => Stage is not null || Certainty is not null || FromYear is not null || ToYear is not null
        || !string.IsNullOrWhiteSpace(Text) || DocumentId is not null || AfterId is not null;
}
