namespace ArmsWatch.Reading;

/// <summary>A date or year the text mentions, to the precision written, and whether the text speaks of it as still to come.</summary>
/// <param name="Index">Character offset of the mention in the text.</param>
/// <param name="Year">Null for a month (and day) written without a year; for a range of years ("2024-25") its last.</param>
/// <param name="FromYear">The first year of a range of years, else null.</param>
public sealed record DateMention(int Index, int? Year, int? Month, int? Day, bool IsFuture, int? FromYear = null);
