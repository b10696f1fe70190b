namespace ArmsWatch.Patterns;

/// <summary>Where a pattern matched: tokens <see cref="First"/>..<see cref="Last"/> inclusive of one sentence.</summary>
public readonly record struct PatternMatch(TokenPattern Pattern, int First, int Last);
