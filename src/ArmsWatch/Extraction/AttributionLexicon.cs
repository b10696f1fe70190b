using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>The words that attribute a statement: speech verbs ("said", "according") and the roles that name a speaker
/// already named ("the company said"), read from <c>data/extraction</c>.</summary>
public sealed class AttributionLexicon(IReadOnlySet<string> speechVerbs, IReadOnlyDictionary<string, SpeakerKind> speakerRoles)
{
    /// <summary>Whether a token attributes a statement: a verb whose lemma is a speech verb ("told", "tweets",
    /// "reiterated"), or "according" as written ("the report" and "claims" as nouns are not).</summary>
    public bool IsSpeechVerb(Token token) =>
        token.Text.Equals("according", StringComparison.OrdinalIgnoreCase)
        || token.Upos == Upos.Verb && speechVerbs.Contains(token.Lemma ?? token.Text);

    /// <summary>The kind of speaker a role word stands for ("company": the last organisation the article named).</summary>
    public IReadOnlyDictionary<string, SpeakerKind> SpeakerRoles { get; } = speakerRoles;

    /// <exception cref="InputException">A speaker role's kind is not one of <see cref="SpeakerKind"/>.</exception>
    public static AttributionLexicon Load(string directory) => new(
        DataFile.ReadSet(Path.Combine(directory, "speech-verbs.txt")),
        ReadSpeakerRoles(Path.Combine(directory, "speaker-roles.tsv")));

    private static Dictionary<string, SpeakerKind> ReadSpeakerRoles(string path) =>
        DataFile.ReadTable(path).ToDictionary(row => row[0], row => VocabularyText<SpeakerKind>.TryParse(row[1], out var kind)
            ? kind
            : throw new InputException(path, $"{row[0]}: '{row[1]}' is no speaker kind (expected one of {string.Join(", ", VocabularyText<SpeakerKind>.All)})"),
            StringComparer.Ordinal);
}
