namespace ArmsWatch.Extraction;

/// <summary>The words that attribute a statement: speech verbs ("said", "according"), the titles before a person's
/// name ("Deputy Prime Minister") and the roles that name a speaker already named ("the company said"), read from
/// <c>data/extraction</c>.</summary>
public sealed class AttributionLexicon(IReadOnlySet<string> speechVerbs, IReadOnlySet<string> personTitles, IReadOnlyDictionary<string, string> speakerRoles)
{
    public IReadOnlySet<string> SpeechVerbs { get; } = speechVerbs;

    public IReadOnlySet<string> PersonTitles { get; } = personTitles;

    /// <summary>A role word's kind of speaker: "organisation", "person" or "document" (the last source quoted).</summary>
    public IReadOnlyDictionary<string, string> SpeakerRoles { get; } = speakerRoles;

    public static AttributionLexicon Load(string directory) => new(
        DataFile.ReadSet(Path.Combine(directory, "speech-verbs.txt")),
        DataFile.ReadSet(Path.Combine(directory, "person-titles.txt")),
        DataFile.ReadTable(Path.Combine(directory, "speaker-roles.tsv")).ToDictionary(row => row[0], row => row[1], StringComparer.Ordinal));
}
