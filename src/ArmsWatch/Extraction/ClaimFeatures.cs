using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>Describes candidates and their party options as named features, the words the trained decisions weigh.</summary>
/// <remarks>Feature groups (each can be switched off to measure it): <c>lemma</c> (words and lemmas around the cue and
/// item), <c>tree</c> (relations, case markers, dependency paths), <c>pattern</c> (the cue spans and their labels) and
/// <c>context</c> (what the article said before) and <c>register</c> (what SIPRI's trade register knows of a party). A
/// feature's name starts with its group.</remarks>
public sealed class ClaimFeatures(IReadOnlySet<string> disabledGroups)
{
    public static readonly string[] Groups = ["lemma", "tree", "pattern", "context", "register"];

    private const int LemmaWindow = 4;

    public static ClaimFeatures All { get; } = new(new HashSet<string>());

    /// <summary>A list for the features of one candidate or option: their keys, and the names of those
    /// <paramref name="named"/> asks for (to explain a decision).</summary>
    public FeatureList NewList(Predicate<int>? named = null) => new(disabledGroups, named);

    /// <summary>Adds the features of a candidate, shared by the claim, stage, certainty and kind decisions.</summary>
    public static void OfCandidate(AnalyzedDocument document, SentenceTree tree, ClaimCandidate candidate, FeatureList features)
    {
        features.Add($"bias");

        var tokens = tree.Tokens;
        var item = candidate.Item;
        var cue = candidate.Cue;
        features.Add("pattern", $"item={item.Label}");
        features.Add("pattern", $"cat={item.Category}");
        if (item.TransferKind is { } itemKind)
            features.Add("pattern", $"item-kind={itemKind}");
        features.Add("lemma", $"item-head={LemmaOf(tree, candidate.ItemHead)}");
        if (item.First > 0)
            features.Add("lemma", $"before-item={LemmaOf(tree, item.First - 1)}");
        if (item.First > 1)
            features.Add("lemma", $"before-item2={LemmaOf(tree, item.First - 2)}_{LemmaOf(tree, item.First - 1)}");
        features.Add("tree", $"item-rel={tree.RelationOf(candidate.ItemHead)}");
        features.Add("tree", $"item-case={tree.CaseMarkerOf(candidate.ItemHead) ?? "-"}");
        var governor = tree.HeadOf(candidate.ItemHead);
        features.Add("tree", $"item-gov={(governor >= 0 ? LemmaOf(tree, governor) : "ROOT")}");
        // "The VT4 is a 52-ton main battle tank", "Lockheed Martin produces F-35 jets": the item's own clause, described
        // (a copula, the present tense) rather than told as a step.
        if (governor >= 0)
        {
            features.Add("tree", $"item-gov-cop={tree.ChildrenOf(governor).Any(c => tree.RelationOf(c) == "cop")}");
            features.Add("lemma", $"item-gov-tag={tokens[governor].Xpos}");
        }
        foreach (var child in tree.ChildrenOf(candidate.ItemHead))
            if (tree.RelationOf(child) == "det")
                features.Add("lemma", $"item-det={LemmaOf(tree, child)}");

        if (cue is null)
            features.Add("pattern", $"cue=none");
        else
        {
            features.Add("pattern", $"cue={cue.Label}");
            features.Add("pattern", $"cue-name={cue.Name}");
            features.Add("lemma", $"cue-lemma={LemmaOf(tree, candidate.CueHead)}");
            features.Add("pattern", $"{(candidate.CueOnPath ? "cue-on-path" : "cue-off-path")}");
            features.Add("pattern", $"cue-is-item={cue.First <= item.Last && item.First <= cue.Last}");
            features.Add("pattern", $"chain={string.Join(">", candidate.Chain.Take(3).Select(c => c.Label))}");
            features.Add("pattern", $"outer={(candidate.Chain.Count > 0 ? candidate.Chain[^1].Label : "-")}");
            features.Add("pattern", $"cue+item={cue.Label}|{item.Label}");
            features.Add("tree", $"item-cue-path={new PathName(tree.PathBetween(candidate.ItemHead, candidate.CueHead))}");
            features.Add("tree", $"cue-rel={tree.RelationOf(candidate.CueHead)}");
            features.Add("lemma", $"cue-tag={tokens[candidate.CueHead].Xpos}");
            foreach (var child in tree.ChildrenOf(candidate.CueHead))
                if (tree.RelationOf(child) is "aux" or "cop" or "advmod" or "mark")
                    features.Add("tree", $"cue-{tree.RelationOf(child)}={LemmaOf(tree, child)}");
            var cueGovernor = tree.HeadOf(candidate.CueHead);
            if (cueGovernor >= 0)
                features.Add("tree", $"cue-gov={tree.RelationOf(candidate.CueHead)}|{LemmaOf(tree, cueGovernor)}");
            for (var i = Math.Max(0, cue.First - LemmaWindow); i <= Math.Min(tokens.Length - 1, cue.Last + LemmaWindow); i++)
                if (tokens[i].Upos is Upos.Noun or Upos.Verb or Upos.Adj or Upos.Adv or Upos.Aux or Upos.Part)
                    features.Add("lemma", $"near-cue={LemmaOf(tree, i)}");
        }

        var spans = document.SpansIn(candidate.Sentence);
        foreach (var span in spans)
        {
            if (span.Kind is not (SpanKind.NegationCue or SpanKind.CertaintyCue))
                continue;
            var where = cue is null ? "sent" : Attachment(tree, span, candidate);
            features.Add("pattern", $"{where}:{span.Label}:{span.Name}");
            features.Add("pattern", $"{where}:{span.Label}");
        }

        features.Add("pattern", $"mentions={Math.Min(PartiesIn(spans), 3)}");
        features.Add("pattern", $"items={Math.Min(Count(spans, SpanKind.Weapon), 4)}");
        features.Add("context", $"headline={IsHeadline(document, candidate.Sentence)}");
        features.Add("context", $"sentence={Math.Min(candidate.Sentence, 3)}");
        // The kind an article tells its transfers as: "gifted", "donated", "military aid" anywhere in it.
        features.Add("context", $"article-aid={document.CueKinds.Contains(TransferKind.Aid)}");
    }

    /// <summary>Adds the features of one party option for a candidate (the supplier and recipient decisions weigh them
    /// apart).</summary>
    /// <param name="sentenceParties">The parties the candidate's sentence names (its mention options' values).</param>
    public static void OfParty(AnalyzedDocument document, SentenceTree tree, ClaimCandidate candidate, PartyOption option,
        IReadOnlyList<string> sentenceParties, DocumentMemory memory, FeatureList features)
    {
        var cueLabel = candidate.Cue?.Label ?? "none";
        var source = option.Source;
        features.Add($"src={source}");
        features.Add("pattern", $"src+cue={source}|{cueLabel}");
        if (option.Value is { } value)
        {
            var isOrigin = candidate.Item.Origin == value;
            features.Add("pattern", $"origin={isOrigin}|{source}");
            features.Add("pattern", $"origin+cue={isOrigin}|{cueLabel}");
            features.Add("context", $"sup-rank={Bucket(memory.SupplierRank(value))}");
            features.Add("context", $"rec-rank={Bucket(memory.RecipientRank(value))}");
            features.Add("context", $"doc-count={Math.Min(memory.CountOf(value), 4)}");
            features.Add("context", $"in-headline={memory.HeadlineStates.Contains(value)}");
            OfTrade(candidate, value, sentenceParties, features);
        }

        switch (option.Source)
        {
            case PartySource.Mention when option.Mention is { } mention:
                var head = tree.HeadOfSpan(mention.First, mention.Last);
                features.Add("pattern", $"kind={mention.Kind}|{mention.Label}");
                var relation = tree.RelationOf(head);
                var marker = tree.CaseMarkerOf(head) ?? "-";
                features.Add("tree", $"rel={relation}");
                features.Add("tree", $"case={marker}");
                features.Add("tree", $"rel+case={relation}|{marker}");
                features.Add("tree", $"case+cue={marker}|{cueLabel}");
                var governor = tree.HeadOf(head);
                var governorLemma = governor >= 0 ? LemmaOf(tree, governor) : "ROOT";
                features.Add("lemma", $"gov={governorLemma}");
                features.Add("lemma", $"gov+case={governorLemma}|{marker}");
                var insideItem = mention.First >= candidate.Item.First && mention.Last <= candidate.Item.Last;
                features.Add("pattern", $"inside-item={insideItem}");
                features.Add("tree", $"item-path={new PathName(tree.PathBetween(head, candidate.ItemHead))}");
                if (candidate.Cue is { } cue)
                {
                    var cuePath = tree.PathBetween(head, candidate.CueHead);
                    var name = new PathName(cuePath);
                    var cueLemma = LemmaOf(tree, candidate.CueHead);
                    features.Add("tree", $"cue-path={name}");
                    features.Add("tree", $"cue-path+cue={name}|{cueLabel}");
                    features.Add("tree", $"cue-path+lemma={name}|{cueLemma}");
                    features.Add("lemma", $"case+cue-lemma={marker}|{cueLemma}");
                    var before = mention.Last < cue.First;
                    features.Add("lemma", $"side={(before ? "before" : "after")}|{cueLabel}");
                    features.Add("lemma", $"distance={Bucket(before ? cue.First - mention.Last : mention.First - cue.Last)}");
                    features.Add("tree", $"clauses={Math.Min(ClauseSteps(cuePath), 2)}");
                }
                features.Add("lemma", $"item-side={(mention.Last < candidate.Item.First ? "before" : "after")}");
                var role = GrammaticalRole(tree, head, candidate);
                features.Add("tree", $"role={role}");
                features.Add("tree", $"role+cue={role}|{cueLabel}");
                if (candidate.Cue is not null)
                    features.Add("tree", $"role+cue-lemma={role}|{LemmaOf(tree, candidate.CueHead)}");
                break;
            case PartySource.Context:
                features.Add("context", $"rank={Math.Min(option.Rank, 4)}");
                features.Add("context", $"rank+cue={Math.Min(option.Rank, 4)}|{cueLabel}");
                features.Add("context", $"sentence-mentions={Math.Min(PartiesIn(document.SpansIn(candidate.Sentence)), 2)}");
                break;
            case PartySource.Origin:
            case PartySource.None:
                var spans = document.SpansIn(candidate.Sentence);
                features.Add("pattern", $"sentence-mentions={Math.Min(PartiesIn(spans), 2)}|{cueLabel}");
                features.Add("pattern", $"item={candidate.Item.Label}");
                features.Add("pattern", $"bodies={Count(spans, SpanKind.Body) > 0}");
                break;
        }
    }

    /// <summary>What SIPRI's register knows of the party: how much it has supplied and received (orders of magnitude), whether
    /// it has supplied or received the item's designation, and whether it has supplied to, or received from, another state
    /// the sentence names.</summary>
    private static void OfTrade(ClaimCandidate candidate, string value, IReadOnlyList<string> sentenceParties, FeatureList features)
    {
        if (!features.Accepts("register"))
            return;
        var register = TradeRegister.Shipped;
        features.Add("register", $"supplied={Magnitude(register.SuppliedBy(value))}");
        features.Add("register", $"received={Magnitude(register.ReceivedBy(value))}");
        if (candidate.Item.Designation is { } designation)
        {
            features.Add("register", $"supplied-item={register.HasSupplied(value, designation)}");
            features.Add("register", $"received-item={register.HasReceived(value, designation)}");
        }
        if (sentenceParties.Any(other => other != value))
        {
            features.Add("register", $"supplied-other={sentenceParties.Any(other => other != value && register.Traded(value, other))}");
            features.Add("register", $"received-other={sentenceParties.Any(other => other != value && register.Traded(other, value))}");
        }
    }

    // 0, 1-9, 10-99, 100-999, 1000 and more.
    private static int Magnitude(int count) => count == 0 ? 0 : (int)Math.Log10(count) + 1;

    /// <summary>The part a mention plays around the candidate, read from the tree: the subject of the cue or of the
    /// verb above it ("subject", "passive-subject"), a phrase with its preposition ("obl:to", "nmod:from"), a modifier of
    /// the item ("item-modifier": "Russian-made S-300s") or of the cue ("cue-modifier": "Iran's purchase", "UK defence
    /// deal"), or "other".</summary>
    public static string GrammaticalRole(SentenceTree tree, int head, ClaimCandidate candidate)
    {
        var governor = tree.HeadOf(head);
        var relation = tree.RelationOf(head);
        if (governor >= 0 && governor == candidate.ItemHead && relation is "amod" or "compound" or "nmod")
            return "item-modifier" + Marker(tree, head);
        if (candidate.CueHead < 0)
            return "no-cue";
        Span<int> cueAndAbove = stackalloc int[3];
        cueAndAbove = cueAndAbove[..tree.SelfAndAncestors(candidate.CueHead, cueAndAbove)];
        if (governor >= 0 && cueAndAbove.Contains(governor))
        {
            var level = governor == candidate.CueHead ? "" : "-above";
            var full = tree.Tokens[head].DepRel ?? "_";
            if (relation == "nsubj")
                return (full.EndsWith(":pass", StringComparison.Ordinal) ? "passive-subject" : "subject") + level;
            if (relation is "obl" or "nmod" or "obj" or "iobj")
                return relation + Marker(tree, head) + level;
            if (relation is "compound" or "amod")
                return "cue-modifier" + level;
            return relation + level;
        }
        if (governor >= 0 && tree.HeadOf(governor) == candidate.ItemHead)
            return "item-phrase" + Marker(tree, head);
        return "other";
    }

    private static string Marker(SentenceTree tree, int head) => tree.CaseMarkerOf(head) is { } marker ? ":" + marker : "";

    public static bool IsHeadline(AnalyzedDocument document, int sentence) =>
        sentence == 0 && document.Sentences[sentence].HasNoFinalStop;

    /// <summary>Where a certainty or negation cue sits relative to the candidate's stage cue: on the cue ("cue"), on a
    /// word governing it ("gov"), governed by it ("dep"), or elsewhere in the sentence ("sent").</summary>
    private static string Attachment(SentenceTree tree, Span span, ClaimCandidate candidate)
    {
        var head = tree.HeadOfSpan(span.First, span.Last);
        var cueHead = candidate.CueHead;
        if (candidate.Cue!.Covers(head) || tree.HeadOf(head) == cueHead)
            return "cue";
        var ancestors = tree.AncestorsOf(cueHead, 3);
        if (ancestors.Contains(head) || ancestors.Contains(tree.HeadOf(head)))
            return "gov";
        return tree.Dominates(cueHead, head) ? "dep" : "sent";
    }

    private static int ClauseSteps(TreePath? path)
    {
        if (path is not { } steps)
            return 3;
        var clauses = 0;
        for (var step = 0; step < steps.Length; step++)
            if (steps.RelationAt(step) is "advcl" or "ccomp" or "parataxis" or "conj" or "acl" or "csubj" or "list")
                clauses++;
        return clauses;
    }

    private static int PartiesIn(IReadOnlyList<Span> spans)
    {
        var parties = 0;
        foreach (var span in spans)
            if (PartyOptions.IsParty(span))
                parties++;
        return parties;
    }

    private static int Count(IReadOnlyList<Span> spans, SpanKind kind)
    {
        var count = 0;
        foreach (var span in spans)
            if (span.Kind == kind)
                count++;
        return count;
    }

    private static string Bucket(int value) => value switch
    {
        < 0 => "never",
        0 => "0",
        1 => "1",
        <= 3 => "2-3",
        <= 6 => "4-6",
        _ => "7+",
    };

    private static string LemmaOf(SentenceTree tree, int index) => index < 0 ? "-" : tree.LowerLemmaOf(index);
}
