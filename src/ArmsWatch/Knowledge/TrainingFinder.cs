using ArmsWatch.Documents;

namespace ArmsWatch.Knowledge;

/// <summary>Finds training given to another state's people, which the contract counts as a transfer of its own:
/// "training of Iranian officers", "train Venezuelan air force pilots".</summary>
/// <remarks>The item runs from the training word to the people trained; up to four words may qualify them.</remarks>
public sealed class TrainingFinder(IReadOnlySet<string> trainees)
{
    private const int MaxQualifiers = 4;
    private static readonly HashSet<string> TrainWords = new(StringComparer.OrdinalIgnoreCase) { "train", "trains", "trained", "training" };

    public static TrainingFinder Load(string knowledgeDirectory) =>
        new(DataFile.ReadSet(Path.Combine(knowledgeDirectory, "trainees.txt")));

    public IEnumerable<WeaponMention> Find(Token[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!TrainWords.Contains(tokens[i].Text))
                continue;   // runs on every token of every sentence: no lower-casing copies
            // "Greek pilots are to travel to France for training": the people trained came before, sent abroad.
            if (tokens[i].Text == "training" && i > 0 && tokens[i - 1].Text == "for" && TraineesBefore(tokens, i))
            {
                yield return new WeaponMention(i, i, i, WeaponCategory.Other, null, null, TransferKind.Training);
                continue;
            }
            var next = i + 1;
            if (tokens[i].Text.Equals("training", StringComparison.OrdinalIgnoreCase) && next < tokens.Length
                && tokens[next].Text is "of" or "for")
                next++;
            for (var k = next; k < tokens.Length && k <= next + MaxQualifiers; k++)
            {
                if (trainees.Contains(tokens[k].Text))
                {
                    yield return new WeaponMention(i, k, i, WeaponCategory.Other, null, null, TransferKind.Training);
                    i = k;
                    break;
                }
                if (tokens[k].Upos is not (Upos.Adj or Upos.Propn or Upos.Noun or Upos.Det or Upos.Num))
                    break;
            }
        }
    }

    private bool TraineesBefore(Token[] tokens, int index)
    {
        for (var k = Math.Max(0, index - 12); k < index; k++)
            if (trainees.Contains(tokens[k].Text))
                return true;
        return false;
    }
}
