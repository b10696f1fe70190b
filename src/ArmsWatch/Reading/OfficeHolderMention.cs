namespace ArmsWatch.Reading;

/// <summary>A named official found in a text.</summary>
/// <param name="Tenures">The person's tenures, narrowed to the office the text gives them when it gives one that is known.</param>
/// <param name="IsFormer">Named as a past holder ("former", "then-", "predecessor"), so the mention says nothing about the text's date.</param>
public sealed record OfficeHolderMention(int Index, string Name, IReadOnlyList<OfficeHolder> Tenures, bool IsFormer);
