namespace ArmsWatch.Reading;

/// <summary>A date or year the text mentions, to the precision written, and whether the text speaks of it as still to come.</summary>
/// <param name="Index">Character offset of the mention in the text.</param>
/// <param name="Year">Null for a month (and day) written without a year.</param>
public sealed record DateMention(int Index, int? Year, int? Month, int? Day, bool IsFuture);
