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

    public static CueStage Load(string patternsDirectory) => new(
        new PatternMatcher(PatternFile.Load(Path.Combine(patternsDirectory, StageCueFile))),
        new PatternMatcher(PatternFile.Load(Path.Combine(patternsDirectory, CertaintyCueFile))));

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
                spans.Add(SpanOf(match.Pattern.Label is "denied" or "unlikely" ? SpanKind.NegationCue : SpanKind.CertaintyCue, s, tokens, match));
        }
        document.AddSpans(spans);
    }

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
