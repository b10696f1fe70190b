namespace ArmsWatch.Documents;

/// <summary>The sub-kinds a span's <see cref="Span.Label"/> names, spelled in one place (a cue's label is the stage or
/// certainty it tells, spelled by <see cref="VocabularyText{T}"/>).</summary>
public static class SpanLabel
{
    /// <summary>A weapon span naming a catalogued system ("S-300PMU-2 air defense system").</summary>
    public const string System = "system";

    /// <summary>A weapon span naming equipment by a generic word ("fighter jets").</summary>
    public const string Generic = "generic";

    /// <summary>A weapon span that stands for the whole transfer ("the deal", "the package").</summary>
    public const string TradeWord = "trade-word";

    /// <summary>A weapon span that stands for equipment named elsewhere: a pronoun or a quantity without its noun ("the rest").</summary>
    public const string StandIn = "stand-in";

    /// <summary>A state span written as its people's adjective ("Russian").</summary>
    public const string Demonym = "demonym";

    /// <summary>A state span written as its capital or seat of government ("Moscow", "the Kremlin").</summary>
    public const string Metonym = "metonym";

    /// <summary>A person span of an official in the shipped office-holders table.</summary>
    public const string OfficeHolder = "office-holder";

    /// <summary>A date span whose year is reckoned from the article's date ("last year", "two years ago").</summary>
    public const string Relative = "relative";
}
