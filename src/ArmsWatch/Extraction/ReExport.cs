using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>The contract's re-export rule: "the state that sends is the supplier; the consent or veto of the state of
/// origin is a claim of its own, with the state of origin as supplier". When a consent or veto cue governs the transfer
/// cue above an item ("The US has stopped Spain selling 12 military aircraft to Venezuela", "Putin clears sale of RD-93
/// engines by China to Pakistan"), and exactly two states other than the recipient take part in it (see
/// <see cref="TakesPart"/>), each supplies a claim of the decided stage and certainty: the decision chose one of them,
/// this adds the other.</summary>
public static class ReExport
{
    private static readonly Lazy<HashSet<string>> ConsentCues =
        new(() => DataFile.ReadSet(Path.Combine(ShippedFiles.DataDirectory, "extraction", "consent-cues.txt")));

    /// <summary>The decided claim, and one more with the other state of a consent or veto as its supplier.</summary>
    public static IEnumerable<DecidedCandidate> With(AnalyzedDocument document, DecidedCandidate decided)
    {
        yield return decided;
        if (decided.Stage is not (Stage.Offer or Stage.Cancellation) || decided.Supplier.Value is not { } supplier
            || decided.Recipient.Value is not { } recipient || ConsentOver(decided.View.Candidate.Chain) is not var (transfer, consent))
            yield break;
        var tree = decided.View.Tree;
        var spans = document.SpansIn(decided.View.Candidate.Sentence);
        // The recipient and the states listed with it ("to Jordan, the UAE and other countries") receive.
        var receiving = decided.Recipient.Mention is { } mention
            ? Coordination.ConjunctsOf(tree, spans, mention).Select(PartyOptions.ValueOf).Append(recipient).ToHashSet()
            : [recipient];
        var path = PathUp(tree, tree.HeadOfSpan(transfer.First, transfer.Last), tree.HeadOfSpan(consent.First, consent.Last));
        var states = spans
            .Where(span => PartyOptions.IsParty(span) && !receiving.Contains(PartyOptions.ValueOf(span))
                           && TakesPart(tree, tree.HeadOfSpan(span.First, span.Last), path))
            .GroupBy(PartyOptions.ValueOf)
            .ToList();
        if (states.Count != 2 || states.All(group => group.Key != supplier))
            yield break;
        var other = states.First(group => group.Key != supplier).First();
        yield return decided with { Supplier = new PartyOption(PartyOptions.ValueOf(other), PartySource.Mention, other, 0) };
    }

    /// <summary>The highest consent or veto cue of the item's chain, with the transfer cue (a sale, an export, a delivery)
    /// nearest the item below it; null when there is none.</summary>
    private static (Span Transfer, Span Consent)? ConsentOver(IReadOnlyList<Span> chain)
    {
        var transfer = Enumerable.Range(0, chain.Count).FirstOrDefault(i => chain[i].CueStage is Stage.Agreement or Stage.Delivery, -1);
        return transfer >= 0 && chain.Skip(transfer + 1).LastOrDefault(cue => cue.Name is { } name && ConsentCues.Value.Contains(name)) is { } consent
            ? (chain[transfer], consent)
            : null;
    }

    /// <summary>The tokens from the transfer cue up to the consent cue.</summary>
    private static List<int> PathUp(SentenceTree tree, int transfer, int consent)
    {
        var path = new List<int> { transfer };
        foreach (var ancestor in tree.AncestorsOf(transfer))
        {
            path.Add(ancestor);
            if (ancestor == consent)
                break;
        }
        return path;
    }

    /// <summary>Whether a party takes part in the consented transfer: within the transfer's phrase ("Turkish-made T129
    /// gunships", "by China", "from the Czech Republic"), or an argument of a word on the way up to the consent (its
    /// subject, "stopped Spain selling", "German request").</summary>
    private static bool TakesPart(SentenceTree tree, int token, List<int> path)
    {
        if (tree.Dominates(path[0], token))
            return true;
        for (var at = token; at >= 0; at = tree.HeadOf(at))
            if (path.Contains(tree.HeadOf(at)))
                return Arguments.Contains(tree.Tokens[at].DepRel ?? "") || tree.CaseMarkerOf(at) is "by" or "from";
        return false;
    }

    private static readonly HashSet<string> Arguments =
        ["nsubj", "nsubj:pass", "obj", "iobj", "amod", "nmod:poss", "compound", "obl:agent"];
}
