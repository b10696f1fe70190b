using ArmsWatch.Documents;

namespace ArmsWatch.Patterns;

/// <summary>The cue stage: adds a span for every stage, certainty and negation cue the shipped pattern files find
/// (<c>data/patterns/*.patterns</c>), labelled with what the cue tells.</summary>
public sealed class CueStage(PatternMatcher stageCues, PatternMatcher certaintyCues)
{
    public const string StageCueFile = "stage-cues.patterns";
    public const string CertaintyCueFile = "certainty-cues.patterns";

    public PatternMatcher StageCues { get; } = stageCues;

    public PatternMatcher CertaintyCues { get; } = certaintyCues;

    /// <exception cref="InputException">A pattern file cannot be read, or a pattern's label is not a stage (optionally
    /// with a transfer kind, "delivery:training") or a certainty of the contract.</exception>
    public static CueStage Load(string patternsDirectory) => new(
        new PatternMatcher(Checked(Path.Combine(patternsDirectory, StageCueFile), IsStageLabel, "stage or stage:kind")),
        new PatternMatcher(Checked(Path.Combine(patternsDirectory, CertaintyCueFile), label => VocabularyText<Certainty>.TryParse(label, out _), "certainty")));

    private static List<TokenPattern> Checked(string path, Func<string, bool> isLabel, string expected)
    {
        var patterns = PatternFile.Load(path);
        if (patterns.FirstOrDefault(p => !isLabel(p.Label)) is { } wrong)
            throw new InputException(path, $"pattern {wrong.Name}: label '{wrong.Label}' is not a {expected} of the contract");
        return patterns;
    }

    private static bool IsStageLabel(string label) => label.Split(':') switch
    {
        [var stage] => VocabularyText<Stage>.TryParse(stage, out _),
        [var stage, var kind] => VocabularyText<Stage>.TryParse(stage, out _) && VocabularyText<TransferKind>.TryParse(kind, out _),
        _ => false,
    };

    /// <summary>The same stage without the named patterns, to measure what each is worth.</summary>
    public CueStage Without(IReadOnlySet<string> patternNames) => new(StageCues.Without(patternNames), CertaintyCues.Without(patternNames));

    public void Annotate(AnalyzedDocument document)
    {
        var spans = new List<Span>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var tokens = document.Sentences[s].Tokens;
            foreach (var match in Outermost(StageCues.Matches(tokens)))
                spans.Add(SpanOf(SpanKind.StageCue, s, tokens, match));
            foreach (var match in Outermost(CertaintyCues.Matches(tokens)))
                spans.Add(SpanOf(IsNegative(match.Pattern.Label) ? SpanKind.NegationCue : SpanKind.CertaintyCue, s, tokens, match));
        }
        document.AddSpans(spans);
    }

    /// <summary>A certainty cue that denies or doubts ("not", "unlikely"): the polarity rules read these as negations.</summary>
    private static bool IsNegative(string? label) =>
        label is not null && VocabularyText<Certainty>.TryParse(label, out var certainty) && certainty is Certainty.Denied or Certainty.Unlikely;

    private static Span SpanOf(SpanKind kind, int sentence, Token[] tokens, PatternMatch match) =>
        new(kind, sentence, match.First, match.Last, tokens[match.First].Start, tokens[match.Last].End)
        {
            Label = match.Pattern.Label,
            Name = match.Pattern.Name,
        };

    /// <summary>Drops a match inside a longer one of the same file ("delivery" inside "took delivery").</summary>
    private static IEnumerable<PatternMatch> Outermost(List<PatternMatch> matches) =>
        matches.Where(m => !matches.Any(o => !o.Equals(m) && o.First <= m.First && m.Last <= o.Last && o.Last - o.First > m.Last - m.First));
}
