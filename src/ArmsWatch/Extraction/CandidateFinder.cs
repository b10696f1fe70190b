using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>Proposes candidates: every weapon span, paired with the stage cue the tree says governs it; and the words
/// that stand for equipment a sentence does not name ("It has been exported to six countries", "the rest will be built"),
/// when a stage cue governs them.</summary>
public static class CandidateFinder
{
    /// <summary>Lemmas that stand for items already named: pronouns, and quantities without their noun
    /// (<c>data/extraction/stand-ins.txt</c>).</summary>
    private static readonly Lazy<HashSet<string>> StandIns =
        new(() => DataFile.ReadSet(Path.Combine(ShippedFiles.DataDirectory, "extraction", "stand-ins.txt")));

    public static List<ClaimCandidate> Find(AnalyzedDocument document)
    {
        var trees = document.Trees;
        var candidates = new List<ClaimCandidate>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var tree = trees[s];
            var cues = document.SpansIn(s, SpanKind.StageCue).ToList();
            var items = JoinedWithTheirNoun(tree, document.SpansIn(s, SpanKind.Weapon).ToList());
            items.AddRange(StandInItems(tree, s, items, cues));
            foreach (var item in items)
            {
                var head = tree.HeadOfSpan(item.First, item.Last);
                var chain = ChainOf(tree, cues, item, head);
                if (chain.Count == 0)
                {
                    var nearest = cues.MinBy(c => Distance(c, item));
                    candidates.Add(new ClaimCandidate(s, item, head, nearest, nearest is null ? -1 : tree.HeadOfSpan(nearest.First, nearest.Last), false, chain));
                    continue;
                }
                candidates.Add(new ClaimCandidate(s, item, head, chain[0], tree.HeadOfSpan(chain[0].First, chain[0].Last), true, chain));
            }
        }
        return candidates;
    }

    /// <summary>"24 Rafale combat jets", "a FREMM multipurpose frigate": a system named before the generic noun it
    /// modifies, with only modifiers between, is one item with that noun (the tree says the system hangs on the noun).</summary>
    private static List<Span> JoinedWithTheirNoun(SentenceTree tree, List<Span> weapons)
    {
        var tokens = tree.Tokens;
        var joined = new List<Span>();
        for (var i = 0; i < weapons.Count; i++)
        {
            var system = weapons[i];
            if (system.Family is not null && i + 1 < weapons.Count && weapons[i + 1] is { Family: null, Label: SpanLabel.Generic } noun
                && noun.First > system.Last && noun.First - system.Last <= 3
                && Enumerable.Range(system.Last + 1, noun.First - system.Last - 1).All(k => tokens[k].Upos is Upos.Adj or Upos.Noun or Upos.Propn || tokens[k].Text == "-")
                && noun.Covers(tree.HeadOf(tree.HeadOfSpan(system.First, system.Last))))
            {
                joined.Add(system with { Last = noun.Last, End = noun.End, TransferKind = system.TransferKind ?? noun.TransferKind });
                i++;
                continue;
            }
            joined.Add(system);
        }
        return joined;
    }

    /// <summary>The stage cues covering the item or the tokens above its head, nearest first, within the item's clause
    /// and the clauses above it: a clause coordinated with its own subject is a statement of its own ("Algeria refused
    /// further deliveries and Russia instead supplied 16 Su-30s": the refusal is not the Su-30s').</summary>
    private static List<Span> ChainOf(SentenceTree tree, List<Span> cues, Span item, int head)
    {
        var chain = cues.Where(c => c.First <= item.Last && item.First <= c.Last).ToList();
        var below = head;
        foreach (var ancestor in tree.AncestorsOf(head))
        {
            if (tree.IsConjoinedClause(below))
                break;
            foreach (var cue in cues.Where(c => c.Covers(ancestor) && !chain.Contains(c)))
                chain.Add(cue);
            below = ancestor;
        }
        return chain;
    }

    /// <summary>A pronoun or a quantity without its noun that is the subject, object or oblique of a stage cue.</summary>
    private static IEnumerable<Span> StandInItems(SentenceTree tree, int sentence, List<Span> items, List<Span> cues)
    {
        var tokens = tree.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!StandIns.Value.Contains(tokens[i].Lemma ?? tokens[i].Text) || tokens[i].Upos is not (Upos.Pron or Upos.Num or Upos.Noun or Upos.Adj)
                || items.Any(item => item.Covers(i)) || tree.RelationOf(i) is not ("nsubj" or "obj" or "obl" or "nsubj:pass"))
                continue;
            var governor = tree.HeadOf(i);
            if (governor < 0 || !cues.Any(c => c.Covers(governor)))
                continue;
            var first = i;
            while (first > 0 && tree.HeadOf(first - 1) == i && tree.RelationOf(first - 1) is "amod" or "det" or "nummod")
                first--;
            yield return new Span(SpanKind.Weapon, sentence, first, i, tokens[first].Start, tokens[i].End)
            {
                Label = SpanLabel.StandIn,
                Category = WeaponCategory.Unspecified,
            };
        }
    }

    private static int Distance(Span a, Span b) => a.Last < b.First ? b.First - a.Last : b.Last < a.First ? a.First - b.Last : 0;
}
