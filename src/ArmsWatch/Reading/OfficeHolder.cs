namespace ArmsWatch.Reading;

/// <summary>One person's tenure in one office of one state.</summary>
/// <param name="Name">Full name as usually written in English news ("Vladimir Putin").</param>
/// <param name="Aliases">Other spellings and short forms ("Vladimir Vladimirovich Putin").</param>
/// <param name="State">ISO 3166-1 alpha-3 code (SUN for the Soviet Union).</param>
/// <param name="Role">The office in lower case: "president", "prime minister", "defence minister", ...</param>
/// <param name="Start">First month in office.</param>
/// <param name="End">Last month in office; null while still in office.</param>
public sealed record OfficeHolder(
    string Name,
    IReadOnlyList<string> Aliases,
    string State,
    string Role,
    YearMonth Start,
    YearMonth? End)
{
    /// <summary>The family name: the last word of the name ("Putin").</summary>
    public string Surname => Name[(Name.LastIndexOf(' ') + 1)..];

    /// <summary>Whether the office was held in that month; an open-ended tenure is taken to last until <paramref name="asOf"/>.</summary>
    public bool HeldOfficeIn(YearMonth month, YearMonth asOf) => Start <= month && month <= (End ?? asOf);
}
