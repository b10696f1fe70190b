using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>Where a candidate party comes from: a mention in the sentence, an earlier sentence of the article, the
/// system's state of origin, or no party at all.</summary>
public enum PartySource { Mention, Context, Origin, None }

/// <summary>One answer the supplier or recipient decision can give: a state code or a group's name (null for none),
/// with what it rests on.</summary>
/// <param name="Mention">The span in the sentence, for <see cref="PartySource.Mention"/>.</param>
/// <param name="Rank">For context options, how many other states were named more recently (0 = the latest).</param>
public sealed record PartyOption(string? Value, PartySource Source, Span? Mention, int Rank);
