using ArmsWatch.Documents;
using ArmsWatch.Knowledge;

namespace ArmsWatch.Extraction;

/// <summary>Country-level export values: "Last year Russia's weapons sales neared $4 billion".</summary>
/// <remarks>Read from the tree: a money amount told of an export word (the amount is its object or oblique, the object of
/// the verb it is the subject of, or it modifies the amount: "$20 billion annually exported by"), whose exporter is a
/// state (the noun's possessor or compound, the verb's agent or subject, or the subject of the clause a subjectless verb
/// hangs on), when no state is named beside it as a recipient ("to India": that is a claim's value, not a total).</remarks>
public static class TotalsReader
{
    /// <summary>Lemmas of the words that speak of a state's exports as a whole ("sales", "exported", "revenues").</summary>
    private static readonly HashSet<string> ExportWords = new(StringComparer.OrdinalIgnoreCase) { "sale", "sell", "export", "revenue" };

    public static List<ExportTotal> Read(Sentence sentence, SentenceTree tree, IReadOnlyList<EntityMention> entities, IReadOnlyList<MoneyMention> money,
        PublicationDate? published, string evidence)
    {
        var totals = new List<ExportTotal>();
        foreach (var amount in money)
        {
            if (ExportWordOf(tree, tree.HeadOfSpan(amount.First, amount.Last)) is not { } word
                || ExporterOf(tree, entities, word) is not { } exporter || NamesRecipient(tree, entities, word, exporter))
                continue;
            totals.Add(new ExportTotal
            {
                Country = exporter,
                Year = IsOfADecade(tree, word) ? null : YearResolver.Resolve(tree, word, published),
                ValueUsd = amount.Amount,
                Evidence = evidence,
                SentenceStart = sentence.Start,
                SentenceEnd = sentence.End,
            });
        }
        return totals;
    }

    /// <summary>The export word the amount is told of, or null.</summary>
    private static int? ExportWordOf(SentenceTree tree, int amount)
    {
        // "$20 billion annually exported by the Soviet Union"
        foreach (var child in tree.ChildrenOf(amount))
        {
            if (tree.RelationOf(child) == "acl" && IsExportWord(tree, child))
                return child;
        }
        var governor = tree.HeadOf(amount);
        if (governor < 0)
            return null;
        // "exported arms worth $15 billion", "selling weapons for six billion dollars", "exports of $4 billion"
        if (IsExportWord(tree, governor))
            return governor;
        // "Russia's weapons sales neared $4 billion"
        foreach (var child in tree.ChildrenOf(governor))
        {
            if (tree.RelationOf(child) == "nsubj" && IsExportWord(tree, child))
                return child;
        }
        return null;
    }

    /// <summary>The state that exports: a noun's possessor or compound ("Russia's sales", "US arms exports"), a verb's agent
    /// or subject ("exported by the Soviet Union"), or, for a verb without a subject, its clause's subject ("Russia has
    /// seen a resurgence ..., selling weapons").</summary>
    private static string? ExporterOf(SentenceTree tree, IReadOnlyList<EntityMention> entities, int word)
    {
        var isNoun = tree.Tokens[word].Upos is Upos.Noun or Upos.Propn;
        string[] relations = isNoun ? ["nmod:poss", "compound"] : ["obl:agent", "nsubj"];
        // "Russia's weapons sales": the possessor may hang on the compound before the noun.
        var holders = isNoun ? tree.ChildrenOf(word).Where(c => tree.Tokens[c].DepRel == "compound").Prepend(word) : [word];
        foreach (var child in holders.SelectMany(tree.ChildrenOf))
        {
            if (relations.Contains(tree.Tokens[child].DepRel) && StateAt(entities, child) is { } state)
                return state;
        }
        if (tree.Tokens[word].Upos is Upos.Verb && tree.RelationOf(word) is "advcl" or "xcomp" && tree.HeadOf(word) is var governor and >= 0)
        {
            foreach (var child in tree.ChildrenOf(governor))
            {
                if (tree.Tokens[child].DepRel == "nsubj" && StateAt(entities, child) is { } state)
                    return state;
            }
        }
        return null;
    }

    /// <summary>Whether a state other than the exporter is named as where the exports go ("to India") in the export word's phrase.</summary>
    private static bool NamesRecipient(SentenceTree tree, IReadOnlyList<EntityMention> entities, int word, string exporter)
    {
        for (var i = 0; i < tree.Tokens.Length; i++)
        {
            if (i != word && tree.Dominates(word, i) && tree.CaseMarkerOf(i) is "to" && StateAt(entities, i) is { } state && state != exporter)
                return true;
        }
        return false;
    }

    /// <summary>"exported ... in the 1980s": a decade's total has no year.</summary>
    private static bool IsOfADecade(SentenceTree tree, int word) =>
        tree.ChildrenOf(word).Any(child => tree.Tokens[child].Text is { Length: 5 } decade && decade.EndsWith("0s", StringComparison.Ordinal) && char.IsDigit(decade[0]));

    private static bool IsExportWord(SentenceTree tree, int index) => ExportWords.Contains(tree.LowerLemmaOf(index));

    // A state named at the token: not a demonym ("Russian"), except the Soviet one, whose state is no longer there to name.
    private static string? StateAt(IReadOnlyList<EntityMention> entities, int token) => entities
        .FirstOrDefault(m => m.First <= token && token <= m.Last && m.Entity.State is not null && (m.Entity.Kind is not EntityKind.Demonym || m.Entity.State == "SUN"))
        ?.Entity.State;
}
