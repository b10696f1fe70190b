namespace ArmsWatch.Patterns;

/// <summary>How many tokens one element of a pattern takes: exactly one, zero or one, any number, one or more, or
/// one token that must not pass the test.</summary>
public enum Repeat { One, Optional, Any, OneOrMore, Not }

/// <summary>One element of a token pattern: a test, how often it repeats, and at most how many tokens a repeat takes.</summary>
public sealed record PatternElement(TokenTest Test, Repeat Repeat, int Max);

/// <summary>A named sequence of token tests (spaCy's Matcher pattern) with the label a match gives.</summary>
/// <param name="Name">Unique within its file: how tests, ablations and explanations refer to it.</param>
/// <param name="Label">What a match stands for ("delivery", "denied").</param>
/// <param name="Example">A sentence written for the pattern, with the words it must match in [brackets].</param>
public sealed record TokenPattern(string Name, string Label, IReadOnlyList<PatternElement> Elements, string Example);
