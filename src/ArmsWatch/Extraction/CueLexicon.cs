using ArmsWatch.Knowledge;
using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>Which party the grammatical subject of a stage cue is.</summary>
public enum SubjectRole { Supplier, Recipient, Either }

/// <summary>A word that says how far a transfer has gone, with what it implies.</summary>
/// <param name="Frame">Governs a following transfer verb and decides the stage ("in talks to sell" → negotiation).</param>
/// <param name="FramesComplement">Governs a transfer word only as its complement, an infinitive or a noun ("a contract to
/// supply", "signed an agreement on the supply of"), not a verb of its own clause ("signed a contract and delivered").</param>
/// <param name="ObjectReceives">The word's first object can be the receiving state ("offer Iran fighters"), unlike
/// "notified Congress".</param>
/// <param name="InService">Tells of equipment in the subject's service ("Ukraine used a Patriot system"): a delivery only
/// when another state makes the item.</param>
public sealed record StageCue(Stage Stage, SubjectRole Subject, bool Frame, TransferKind? Kind, Certainty? Certainty,
    bool FramesComplement = false, bool ObjectReceives = false, bool InService = false);

/// <summary>The cue words of the claims contract, loaded from data/extraction.</summary>
public sealed class CueLexicon
{
    private readonly Dictionary<string, StageCue> stageCues = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Certainty> certaintyWords = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string[] Words, Certainty Certainty)> certaintyPhrases = [];

    public IReadOnlySet<string> SpeechVerbs { get; private init; } = new HashSet<string>();

    /// <summary>Words that end a stop ("lifted the ban", "ended the embargo").</summary>
    public IReadOnlySet<string> CancellationReversals { get; private init; } = new HashSet<string>();

    public IReadOnlySet<string> PersonTitles { get; private init; } = new HashSet<string>();

    public static CueLexicon Load(string directory)
    {
        var lexicon = new CueLexicon
        {
            SpeechVerbs = DataFile.ReadSet(Path.Combine(directory, "speech-verbs.txt")),
            PersonTitles = DataFile.ReadSet(Path.Combine(directory, "person-titles.txt")),
            CancellationReversals = DataFile.ReadSet(Path.Combine(directory, "cancellation-reversals.txt")),
        };
        foreach (var row in DataFile.ReadTable(Path.Combine(directory, "stage-cues.tsv")))
        {
            var cue = new StageCue(
                Enum.Parse<Stage>(row[1], ignoreCase: true),
                Enum.Parse<SubjectRole>(row[2], ignoreCase: true),
                row[3] == "yes",
                row[4] == "-" ? null : WeaponLexicon.ParseKind(row[4]),
                row[5] == "-" ? null : Enum.Parse<Certainty>(row[5], ignoreCase: true),
                FramesComplement: row[3] == "complement",
                ObjectReceives: row[6] == "recipient",
                InService: row[3] == "service");
            foreach (var form in row[0].Split('|'))
                lexicon.stageCues.TryAdd(form, cue);
        }
        foreach (var row in DataFile.ReadTable(Path.Combine(directory, "certainty-cues.tsv")))
        {
            var certainty = Enum.Parse<Certainty>(row[1], ignoreCase: true);
            var words = row[0].Split(' ');
            if (words.Length == 1)
                lexicon.certaintyWords[words[0]] = certainty;
            else
                lexicon.certaintyPhrases.Add((words, certainty));
        }
        return lexicon;
    }

    public StageCue? StageCueFor(string word) => stageCues.GetValueOrDefault(word);

    /// <summary>Whether a reversal word governs the cancellation cue at <paramref name="cueIndex"/>: just before it ("lifted
    /// the ban") or, in the passive, later in its clause ("the ban on sales has been lifted").</summary>
    public bool ReversesCancellation(Documents.Token[] tokens, int cueIndex, int clauseEnd)
    {
        for (var i = Math.Max(0, cueIndex - 4); i <= clauseEnd && i < tokens.Length; i++)
            if (i != cueIndex && CancellationReversals.Contains(tokens[i].Text)
                && (i < cueIndex || (i > 0 && IsPassiveAuxiliary(tokens[i - 1].Text))))
                return true;
        return false;
    }

    /// <summary>A form of "be" before a participle: "the ban has been lifted", "the sale was approved".</summary>
    public static bool IsPassiveAuxiliary(string word) => word is "been" or "was" or "were" or "is" or "are" or "be";

    /// <summary>The certainty a word (or the phrase ending at it) expresses, if any.</summary>
    public Certainty? CertaintyAt(IReadOnlyList<string> words, int index)
    {
        foreach (var (phrase, certainty) in certaintyPhrases)
        {
            var start = index - phrase.Length + 1;
            if (start < 0)
                continue;
            var matched = true;
            for (var k = 0; k < phrase.Length && matched; k++)
                matched = string.Equals(words[start + k], phrase[k], StringComparison.OrdinalIgnoreCase);
            if (matched)
                return certainty;
        }
        return certaintyWords.TryGetValue(words[index], out var single) ? single : null;
    }
}
