using ArmsWatch.Documents;

namespace ArmsWatch.Knowledge;

/// <summary>Finds training given to another state's people, which the contract counts as a transfer of its own, from
/// the dependency tree: the people trained as the object of "train" or of "training" ("train Venezuelan air force
/// pilots", "training of Iranian officers"), as the subject ("the pilots will be trained", "pilots are training"), or sent abroad
/// "for training" ("Greek pilots are to travel to France for training").</summary>
/// <remarks>The item runs from the training word to the people trained when they follow it, else is the word alone.</remarks>
public sealed class TrainingFinder(IReadOnlySet<string> trainees)
{
    public static TrainingFinder Load(string knowledgeDirectory) =>
        new(DataFile.ReadSet(Path.Combine(knowledgeDirectory, "trainees.txt")));

    public IEnumerable<WeaponMention> Find(Token[] tokens)
    {
        SentenceTree? tree = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!IsTrainingWord(tokens[i]))
                continue;
            tree ??= new SentenceTree(tokens);
            var trained = TraineesOf(tree, i);
            if (trained < 0 && !IsSubjectTrained(tree, i) && !IsSentForTraining(tree, i))
                continue;
            var last = Math.Max(i, trained);
            yield return new WeaponMention(i, last, i, WeaponCategory.Other, null, null, TransferKind.Training, IsPeopleTrained: true);
            i = last;
        }
    }

    /// <summary>"train", "trains", "trained", "training" (the noun's lemma is itself).</summary>
    private static bool IsTrainingWord(Token token) =>
        (token.Lemma ?? token.Text).Equals("train", StringComparison.OrdinalIgnoreCase)
        || token.Text.Equals("training", StringComparison.OrdinalIgnoreCase);

    /// <summary>The people the word trains: its object, or its "of"/"for" phrase ("training of Iraqi officers"); -1 if none.</summary>
    private int TraineesOf(SentenceTree tree, int word)
    {
        foreach (var child in tree.ChildrenOf(word))
            if (tree.RelationOf(child) is "obj" or "iobj" or "nmod" or "obl" && IsTrainee(tree, child)
                && tree.CaseMarkerOf(child) is null or "of" or "for")
                return child;
        return -1;
    }

    /// <summary>"The Ukrainian personnel will be trained in aircraft maintenance", "Kuwaiti pilots were training at the
    /// Italian Air Force's school": the people trained as the subject of a passive, or of the verb with no object.</summary>
    private bool IsSubjectTrained(SentenceTree tree, int word) =>
        tree.ChildrenOf(word).Any(child => IsTrainee(tree, child) && (tree.Tokens[child].DepRel == "nsubj:pass"
            || tree.RelationOf(child) == "nsubj" && tree.Tokens[word].Upos == Upos.Verb && !tree.ChildrenOf(word).Any(c => tree.RelationOf(c) == "obj")));

    /// <summary>"Around 400 Russian sailors are already in France for training": "for training" beside a predicate
    /// whose subject holds the people trained ("a group of Greek pilots and technicians").</summary>
    private bool IsSentForTraining(SentenceTree tree, int word)
    {
        if (tree.RelationOf(word) != "obl" || tree.CaseMarkerOf(word) != "for" || tree.HeadOf(word) is not (var predicate and >= 0))
            return false;
        foreach (var subject in tree.ChildrenOf(predicate))
            if (tree.RelationOf(subject) == "nsubj")
                for (var k = 0; k < tree.Tokens.Length; k++)
                    if (IsTrainee(tree, k) && tree.Dominates(subject, k))
                        return true;
        return false;
    }

    private bool IsTrainee(SentenceTree tree, int index) => trainees.Contains(tree.LowerLemmaOf(index));
}
