namespace ArmsWatch.Extraction;

/// <summary>The words that attribute a statement: speech verbs ("said", "according") and the titles before a person's
/// name ("Deputy Prime Minister"), read from <c>data/extraction</c>.</summary>
public sealed class AttributionLexicon(IReadOnlySet<string> speechVerbs, IReadOnlySet<string> personTitles)
{
    public IReadOnlySet<string> SpeechVerbs { get; } = speechVerbs;

    public IReadOnlySet<string> PersonTitles { get; } = personTitles;

    public static AttributionLexicon Load(string directory) => new(
        DataFile.ReadSet(Path.Combine(directory, "speech-verbs.txt")),
        DataFile.ReadSet(Path.Combine(directory, "person-titles.txt")));
}
