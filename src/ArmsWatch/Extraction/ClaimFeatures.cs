using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>Describes candidates and their party options as named features, the words the trained decisions weigh.</summary>
/// <remarks>Feature groups (each can be switched off to measure it): <c>lemma</c> (words and lemmas around the cue and
/// item), <c>tree</c> (relations, case markers, dependency paths), <c>pattern</c> (the cue spans and their labels) and
/// <c>context</c> (what the article said before). A feature's name starts with its group.</remarks>
public sealed class ClaimFeatures(IReadOnlySet<string> disabledGroups)
{
    public static readonly string[] Groups = ["lemma", "tree", "pattern", "context"];

    private const int MaxPath = 4;
    private const int LemmaWindow = 4;

    public static ClaimFeatures All { get; } = new(new HashSet<string>());

    /// <summary>The features of a candidate, shared by the claim, stage, certainty and kind decisions.</summary>
    public List<string> OfCandidate(AnalyzedDocument document, SentenceTree tree, ClaimCandidate candidate)
    {
        var features = new List<string> { "bias" };
        void Add(string group, string name) => AddFeature(features, group, name);

        var tokens = tree.Tokens;
        var item = candidate.Item;
        var cue = candidate.Cue;
        Add("pattern", "item=" + item.Label);
        Add("pattern", "cat=" + item.Category);
        if (item.TransferKind is { } itemKind)
            Add("pattern", "item-kind=" + itemKind);
        Add("lemma", "item-head=" + LemmaOf(tokens, candidate.ItemHead));
        if (item.First > 0)
            Add("lemma", "before-item=" + LemmaOf(tokens, item.First - 1));
        if (item.First > 1)
            Add("lemma", "before-item2=" + LemmaOf(tokens, item.First - 2) + "_" + LemmaOf(tokens, item.First - 1));
        Add("tree", "item-rel=" + tree.RelationOf(candidate.ItemHead));
        Add("tree", "item-case=" + (tree.CaseMarkerOf(candidate.ItemHead) ?? "-"));
        var governor = tree.HeadOf(candidate.ItemHead);
        Add("tree", "item-gov=" + (governor >= 0 ? LemmaOf(tokens, governor) : "ROOT"));

        if (cue is null)
            Add("pattern", "cue=none");
        else
        {
            Add("pattern", "cue=" + cue.Label);
            Add("pattern", "cue-name=" + cue.Name);
            Add("lemma", "cue-lemma=" + LemmaOf(tokens, candidate.CueHead));
            Add("pattern", candidate.CueOnPath ? "cue-on-path" : "cue-off-path");
            Add("pattern", "cue-is-item=" + (cue.First <= item.Last && item.First <= cue.Last));
            Add("pattern", "chain=" + string.Join(">", candidate.Chain.Take(3).Select(c => c.Label)));
            Add("pattern", "outer=" + (candidate.Chain.Count > 0 ? candidate.Chain[^1].Label : "-"));
            Add("pattern", "cue+item=" + cue.Label + "|" + item.Label);
            var path = tree.PathBetween(candidate.ItemHead, candidate.CueHead);
            Add("tree", "item-cue-path=" + PathName(path));
            Add("tree", "cue-rel=" + tree.RelationOf(candidate.CueHead));
            Add("lemma", "cue-tag=" + tokens[candidate.CueHead].Xpos);
            foreach (var child in tree.ChildrenOf(candidate.CueHead))
                if (tree.RelationOf(child) is "aux" or "cop" or "advmod" or "mark")
                    Add("tree", "cue-" + tree.RelationOf(child) + "=" + LemmaOf(tokens, child));
            var cueGovernor = tree.HeadOf(candidate.CueHead);
            if (cueGovernor >= 0)
                Add("tree", "cue-gov=" + tree.RelationOf(candidate.CueHead) + "|" + LemmaOf(tokens, cueGovernor));
            for (var i = Math.Max(0, cue.First - LemmaWindow); i <= Math.Min(tokens.Length - 1, cue.Last + LemmaWindow); i++)
                if (tokens[i].Upos is Upos.Noun or Upos.Verb or Upos.Adj or Upos.Adv or Upos.Aux or Upos.Part)
                    Add("lemma", "near-cue=" + LemmaOf(tokens, i));
        }

        foreach (var span in document.SpansIn(candidate.Sentence))
        {
            if (span.Kind is not (SpanKind.NegationCue or SpanKind.CertaintyCue))
                continue;
            var where = cue is null ? "sent" : Attachment(tree, span, candidate);
            Add("pattern", $"{where}:{span.Label}:{span.Name}");
            Add("pattern", $"{where}:{span.Label}");
        }

        var mentions = document.SpansIn(candidate.Sentence).Count(PartyOptions.IsParty);
        Add("pattern", "mentions=" + Math.Min(mentions, 3));
        Add("pattern", "items=" + Math.Min(document.SpansIn(candidate.Sentence, SpanKind.Weapon).Count(), 4));
        Add("context", "headline=" + IsHeadline(document, candidate.Sentence));
        Add("context", "sentence=" + Math.Min(candidate.Sentence, 3));
        return features;
    }

    /// <summary>The features of one party option for a candidate (the supplier and recipient decisions weigh them apart).</summary>
    public List<string> OfParty(AnalyzedDocument document, SentenceTree tree, ClaimCandidate candidate, PartyOption option, DocumentMemory memory)
    {
        var features = new List<string>();
        void Add(string group, string name) => AddFeature(features, group, name);

        var tokens = tree.Tokens;
        var cueLabel = candidate.Cue?.Label ?? "none";
        var source = option.Source.ToString();
        features.Add("src=" + source);
        Add("pattern", "src+cue=" + source + "|" + cueLabel);
        if (option.Value is { } value)
        {
            var isOrigin = candidate.Item.Origin == value;
            Add("pattern", "origin=" + isOrigin + "|" + source);
            Add("pattern", "origin+cue=" + isOrigin + "|" + cueLabel);
            Add("context", "sup-rank=" + Bucket(memory.SupplierRank(value)));
            Add("context", "rec-rank=" + Bucket(memory.RecipientRank(value)));
            Add("context", "doc-count=" + Math.Min(memory.CountOf(value), 4));
            Add("context", "in-headline=" + memory.HeadlineStates.Contains(value));
        }

        switch (option.Source)
        {
            case PartySource.Mention when option.Mention is { } mention:
                var head = tree.HeadOfSpan(mention.First, mention.Last);
                Add("pattern", "kind=" + mention.Kind + "|" + mention.Label);
                var relation = tree.RelationOf(head);
                var marker = tree.CaseMarkerOf(head) ?? "-";
                Add("tree", "rel=" + relation);
                Add("tree", "case=" + marker);
                Add("tree", "rel+case=" + relation + "|" + marker);
                Add("tree", "case+cue=" + marker + "|" + cueLabel);
                var governor = tree.HeadOf(head);
                Add("lemma", "gov=" + (governor >= 0 ? LemmaOf(tokens, governor) : "ROOT"));
                Add("lemma", "gov+case=" + (governor >= 0 ? LemmaOf(tokens, governor) : "ROOT") + "|" + marker);
                var insideItem = mention.First >= candidate.Item.First && mention.Last <= candidate.Item.Last;
                Add("pattern", "inside-item=" + insideItem);
                var itemPath = tree.PathBetween(head, candidate.ItemHead);
                Add("tree", "item-path=" + PathName(itemPath));
                if (candidate.Cue is { } cue)
                {
                    var cuePath = tree.PathBetween(head, candidate.CueHead);
                    var name = PathName(cuePath);
                    Add("tree", "cue-path=" + name);
                    Add("tree", "cue-path+cue=" + name + "|" + cueLabel);
                    Add("tree", "cue-path+lemma=" + name + "|" + LemmaOf(tokens, candidate.CueHead));
                    Add("lemma", "case+cue-lemma=" + marker + "|" + LemmaOf(tokens, candidate.CueHead));
                    var before = mention.Last < cue.First;
                    Add("lemma", "side=" + (before ? "before" : "after") + "|" + cueLabel);
                    Add("lemma", "distance=" + Bucket(before ? cue.First - mention.Last : mention.First - cue.Last));
                    Add("tree", "clauses=" + Math.Min(ClauseSteps(cuePath), 2));
                }
                Add("lemma", "item-side=" + (mention.Last < candidate.Item.First ? "before" : "after"));
                var role = GrammaticalRole(tree, head, candidate);
                Add("tree", "role=" + role);
                Add("tree", "role+cue=" + role + "|" + cueLabel);
                if (candidate.Cue is not null)
                    Add("tree", "role+cue-lemma=" + role + "|" + LemmaOf(tokens, candidate.CueHead));
                break;
            case PartySource.Context:
                Add("context", "rank=" + Math.Min(option.Rank, 4));
                Add("context", "rank+cue=" + Math.Min(option.Rank, 4) + "|" + cueLabel);
                Add("context", "sentence-mentions=" + Math.Min(document.SpansIn(candidate.Sentence).Count(PartyOptions.IsParty), 2));
                break;
            case PartySource.Origin:
            case PartySource.None:
                Add("pattern", "sentence-mentions=" + Math.Min(document.SpansIn(candidate.Sentence).Count(PartyOptions.IsParty), 2) + "|" + cueLabel);
                Add("pattern", "item=" + candidate.Item.Label);
                Add("pattern", "bodies=" + document.SpansIn(candidate.Sentence, SpanKind.Body).Any());
                break;
        }
        return features;
    }

    private void AddFeature(List<string> features, string group, string name)
    {
        if (!disabledGroups.Contains(group))
            features.Add(group + ":" + name);
    }

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
        var cueAndAbove = tree.AncestorsOf(candidate.CueHead, 2);
        cueAndAbove.Insert(0, candidate.CueHead);
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

    public static bool IsHeadline(AnalyzedDocument document, int sentence)
    {
        var text = document.Sentences[sentence].Text.TrimEnd();
        return sentence == 0 && text.Length > 0 && !".!?\"'”’".Contains(text[^1]);
    }

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

    private static int ClauseSteps(List<string>? path) =>
        path?.Count(step => step[1..] is "advcl" or "ccomp" or "parataxis" or "conj" or "acl" or "csubj" or "list") ?? 3;

    private static string PathName(List<string>? path) =>
        path is null ? "none" : path.Count > MaxPath ? "long" : path.Count == 0 ? "same" : string.Concat(path);

    private static string Bucket(int value) => value switch
    {
        < 0 => "never",
        0 => "0",
        1 => "1",
        <= 3 => "2-3",
        <= 6 => "4-6",
        _ => "7+",
    };

    public static string LemmaOf(Token[] tokens, int index) =>
        index < 0 ? "-" : (tokens[index].Lemma ?? tokens[index].Text).ToLowerInvariant();
}
