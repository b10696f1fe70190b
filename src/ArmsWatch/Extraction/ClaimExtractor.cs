using ArmsWatch.Documents;
using ArmsWatch.Knowledge;

namespace ArmsWatch.Extraction;

/// <summary>Turns an analysed document (tokens, lemmas, trees, knowledge and cue spans) into the claims and totals of
/// ../shared/spec/claims.md: candidates from the spans and the tree, decisions from the trained models, the remaining
/// fields from the words around each claim.</summary>
public sealed class ClaimExtractor(ClaimModels models, ClaimFeatures features, AttributionLexicon cues, IReadOnlySet<string>? disabledRules = null)
    : IClaimExtractor
{
    /// <summary>The extraction's own rules by name, each can be left out to measure it (the decisions' rules are
    /// <see cref="PolarityRules.Names"/>).</summary>
    public static readonly string[] RuleNames = ["coordinated-items", "coordinated-parties", "quoted-speech", "headline-credit", "aid-between-the-pair", "re-export"];

    private readonly ClaimDecider decider = new(models, disabledRules);
    private readonly bool coordinatedItems = disabledRules?.Contains("coordinated-items") != true;
    private readonly bool coordinatedParties = disabledRules?.Contains("coordinated-parties") != true;
    private readonly bool quotedSpeech = disabledRules?.Contains("quoted-speech") != true;
    private readonly bool headlineCredit = disabledRules?.Contains("headline-credit") != true;
    private readonly bool aidBetweenThePair = disabledRules?.Contains("aid-between-the-pair") != true;
    private readonly bool reExport = disabledRules?.Contains("re-export") != true;
    private readonly SourceAttributor attributor = new(cues);

    public ClaimModels Models => models;

    public DocumentClaims Extract(AnalyzedDocument document, CancellationToken cancel = default)
    {
        var trees = document.Trees;
        var entities = Enumerable.Range(0, document.Sentences.Count).Select(s => EntityMentions.Of(document, s)).ToList();
        var published = document.Source.Published;
        var claims = new List<Claim>();
        var totals = new List<ExportTotal>();
        var speakers = new SpeakersSoFar();
        var ownSources = document.Sentences
            .Select((sentence, s) => attributor.SourceOf(sentence, trees[s], document.SpansIn(s), entities[s], document.Names, speakers)
                ?? (headlineCredit ? HeadlineCredit.Of(sentence, document.SpansIn(s), entities[s]) : null))
            .ToList();
        var sources = quotedSpeech ? QuotedSpeech.Speakers(document.Source.Text, document.Sentences, ownSources) : [.. ownSources];
        CandidateWalk.Run(document, features, (s, views, memory) =>
        {
            var sentence = document.Sentences[s];
            var evidence = sentence.Text.Replace('\n', ' ').Replace('\r', ' ');
            var source = sources[s];
            // The contract's values are in dollars: a sum in another currency prices nothing.
            var money = document.SpansIn(s, SpanKind.Money).Where(span => span.ValueUsd is not null)
                .Select(span => new MoneyMention(span.First, span.Last, span.ValueUsd!.Value, Span.Dollars)).ToList();
            var sentenceTotals = TotalsReader.Read(sentence, trees[s], entities[s], money, published, evidence);
            totals.AddRange(sentenceTotals);
            var judged = views.Select(decider.Judge).ToList();
            var reported = judged
                .Where(j => j.Probability >= models.Threshold && j.Parties.Recipient.Value is not null)
                .Select(j => decider.Decide(document, j))
                .ToList();
            var decided = (coordinatedItems ? WithCoordinatedItems(reported, judged) : reported)
                .SelectMany(d => coordinatedParties ? WithCoordinatedParties(document, d) : [d])
                .SelectMany(d => reExport ? ReExport.With(document, d) : [d])
                .ToList();
            decided.RemoveAll(d => IsStandIn(d) && decided.Any(other => !IsStandIn(other) && other.Stage == d.Stage
                && other.Supplier.Value == d.Supplier.Value && other.Recipient.Value == d.Recipient.Value));
            if (money.Count > 0 && PackageOf(document, judged, decided) is { } package)
                decided.Add(package);
            var values = ClaimAttributes.Values(money, decided);
            var made = new List<(Claim Claim, DecidedCandidate Decided)>();
            // A word standing for the equipment takes the system told of before, unless its own sentence names several
            // systems (then it is the package of them all).
            var severalSystems = SystemsNamed(decided) > 1;
            for (var i = 0; i < decided.Count; i++)
            {
                var claim = ClaimOf(document, decided[i], values[i], source, evidence, published,
                    severalSystems ? [] : claims.Concat(made.Select(m => m.Claim)), IsListedBeside(decided[i], decided));
                made.Add((Ellipsis.Continues(sentence, decided[i].View.Candidate, trees[s]) && claims.LastOrDefault() is { } previous
                    ? claim with { Stage = previous.Stage, Certainty = previous.Certainty }
                    : claim, decided[i]));
            }
            // The decisions are explained for the claims kept only.
            var kept = Distinct(made).Where(m => !claims.Any(told => IsToldAgain(told, m.Claim)))
                .Select(m => m.Claim with { Why = decider.Explain(m.Decided) }).ToList();
            claims.AddRange(kept);
            return kept.Select(c => (c.Supplier, c.Recipient));
        }, cancel);
        if (aidBetweenThePair)
            AidBetweenThePair.Apply(claims);
        return new DocumentClaims
        {
            Doc = document.Source.Id,
            Published = published,
            Url = document.Source.Url,
            Title = document.Source.Title,
            Claims = claims,
            Totals = totals,
        };
    }

    /// <summary>A sentence the article repeats (a title again as its first line, a caption twice) tells its claims once.</summary>
    private static bool IsToldAgain(Claim told, Claim claim) =>
        told.Evidence == claim.Evidence && told.Supplier == claim.Supplier && told.Recipient == claim.Recipient
        && told.Item == claim.Item && told.Stage == claim.Stage && told.Certainty == claim.Certainty;

    private Claim ClaimOf(AnalyzedDocument document, DecidedCandidate decided, decimal? value, string? source, string evidence,
        PublicationDate? published, IEnumerable<Claim> earlier, bool listedBesideAnother)
    {
        var candidate = decided.View.Candidate;
        var item = candidate.Item;
        var sentence = document.Sentences[candidate.Sentence];
        var (system, category) = (item.Family, item.Category ?? WeaponCategory.Unspecified);
        // A word that stands for the equipment ("the deal", "the rest") carries the system told of before between the same
        // parties; so does a generic word of the system's own category ("the jets" after "24 Rafale jets"), unless it is
        // listed beside another item ("30 Su-30 fighter jets and 30 helicopters": other equipment).
        var told = system is null
            ? earlier.LastOrDefault(c => c.System is not null && c.Supplier == decided.Supplier.Value && c.Recipient == decided.Recipient.Value)
            : null;
        if (told is not null
            && (item.StandsIn || item.Label == SpanLabel.Generic && !listedBesideAnother
                && category != WeaponCategory.Unspecified && category == told.Category))
            (system, category) = (told.System, told.Category);
        var cueIndex = candidate.CueHead >= 0 ? candidate.CueHead : candidate.ItemHead;
        return new Claim
        {
            Supplier = decided.Supplier.Value,
            Recipient = decided.Recipient.Value,
            Item = document.Source.Text[item.Start..item.End],
            System = system,
            Category = category,
            Kind = item.TransferKind ?? decided.Kind,
            Stage = decided.Stage,
            Certainty = decided.Certainty,
            Quantity = ClaimAttributes.QuantityOf(decided.View.Tree, candidate),
            ValueUsd = value,
            Year = YearResolver.Resolve(decided.View.Tree, cueIndex, candidate.ItemHead, published),
            Source = source,
            Evidence = evidence,
            SentenceStart = sentence.Start,
            SentenceEnd = sentence.End,
            ItemStart = item.Start,
            ItemEnd = item.End,
            Confidence = Math.Round(models.Calibration.Apply(decided.Probability), 3),
        };
    }

    /// <summary>The contract's package rule: a sum stated for several systems at once ("agreements whereby Paris will
    /// supply 24 Rafale jets and a FREMM frigate worth $5.9 billion") belongs to a claim whose item is the package, the
    /// word that stands for the whole transfer, with the parties of the systems' claims; the systems' claims carry no value.</summary>
    private DecidedCandidate? PackageOf(AnalyzedDocument document, List<JudgedCandidate> judged, List<DecidedCandidate> decided)
    {
        if (SystemsNamed(decided) < 2
            || decided.Any(d => d.View.Candidate.Item.Label == SpanLabel.TradeWord))
            return null;
        var first = decided.First(d => d.View.Candidate.Item.Family is not null);
        return judged.FirstOrDefault(j => j.View.Candidate.Item.Label == SpanLabel.TradeWord) is { } package
            ? decider.Decide(document, package) with { Supplier = first.Supplier, Recipient = first.Recipient, Stage = Stage.Agreement }
            : null;
    }

    // A determiner or possessive that points back to equipment already named ("the jets, ammunition, equipment").
    private static readonly HashSet<string> DefiniteWords = new(["the", "these", "those", "this", "that", "its", "their", "his", "her"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the claim's item is coordinated with the item of another claim of its sentence and not definite:
    /// a list names different things.</summary>
    private static bool IsListedBeside(DecidedCandidate decided, List<DecidedCandidate> all)
    {
        var view = decided.View;
        if (view.Tree.ChildrenOf(view.Candidate.ItemHead).Any(c => (view.Tree.RelationOf(c) == "det" || view.Tree.Tokens[c].DepRel == "nmod:poss")
                && DefiniteWords.Contains(view.Tree.Tokens[c].Text)))
            return false;
        var group = Coordination.GroupOf(view.Tree, view.Candidate.ItemHead);
        return all.Any(other => other.View.Candidate.ItemHead != view.Candidate.ItemHead && group.Contains(other.View.Candidate.ItemHead));
    }

    /// <summary>Whether a claim's item only stands for the equipment ("the deal", "the rest"): beside a claim of the same
    /// parties and stage that names the equipment, it is that claim told again (the contract's item is the span that
    /// names the equipment; a stand-in is the item only when the sentence names none).</summary>
    private static bool IsStandIn(DecidedCandidate decided) => decided.View.Candidate.Item.StandsIn;

    private static int SystemsNamed(List<DecidedCandidate> decided) =>
        decided.Select(d => d.View.Candidate.Item.Family).OfType<string>().Distinct().Count();

    /// <summary>Items coordinated with each other are told by one predicate ("will include 30 T-72 tanks and 30 BRDM-2
    /// vehicles"): each is a claim of the parties, stage and certainty of the most probable of them that is reported,
    /// whether or not it was reported itself.</summary>
    private static IEnumerable<DecidedCandidate> WithCoordinatedItems(List<DecidedCandidate> reported, List<JudgedCandidate> judged)
    {
        var itemHeads = judged.Select(j => j.View.Candidate.ItemHead).ToHashSet();
        foreach (var candidate in judged)
        {
            var view = candidate.View;
            var head = view.Candidate.ItemHead;
            var coordinated = Coordination.GroupOf(view.Tree, head);
            // An example is told as its general item is ("sell air defense systems such as Tor-M1 and Buk").
            var general = Coordination.GeneralItemOf(view.Tree, head, itemHeads);
            var lead = view.Candidate.Item.StandsIn ? null
                : (general >= 0 ? reported.Where(d => d.View.Candidate.ItemHead == general).MaxBy(d => d.Probability) : null)
                  ?? reported.Where(d => d.View == view || d.View.Candidate.ItemHead != head && coordinated.Contains(d.View.Candidate.ItemHead))
                      .MaxBy(d => d.Probability);
            if (lead is not null && lead.View != view)
                yield return lead with { View = view };
            else if (reported.Find(d => d.View == view) is { } own)
                yield return own;
        }
    }

    /// <summary>The decided claim, and one more for each party coordinated with its supplier or recipient. A list of
    /// states is one role: where it holds both parties, it names the item's users, its maker among them ("The KT-1 is in
    /// service with South Korea, Indonesia, Turkey and Peru"), and where the supplier chosen is the item's maker listed
    /// beside states that make none of it, not as their subject ("the fifth nation to order the Gripen, joining the Czech
    /// Republic, Hungary, South Africa and Sweden"), the others are its customers: in both, each listed state is a
    /// recipient of the maker, never a supplier.</summary>
    private static IEnumerable<DecidedCandidate> WithCoordinatedParties(AnalyzedDocument document, DecidedCandidate decided)
    {
        yield return decided;
        var tree = decided.View.Tree;
        var spans = document.SpansIn(decided.View.Candidate.Sentence);
        var suppliers = decided.Supplier.Mention is { } supplier ? Coordination.ConjunctsOf(tree, spans, supplier) : [];
        var recipients = decided.Recipient.Mention is { } recipient ? Coordination.ConjunctsOf(tree, spans, recipient) : [];
        if (decided.Recipient.Mention is { } listed && suppliers.Contains(listed))
            suppliers = [];
        else if (IsMakerListedWithCustomers(decided, suppliers))
            (recipients, suppliers) = ([.. recipients, .. suppliers], []);
        foreach (var conjunct in suppliers)
            if (PartyOptions.ValueOf(conjunct) is { } value && value != decided.Supplier.Value && value != decided.Recipient.Value)
                yield return decided with { Supplier = new PartyOption(value, PartySource.Mention, conjunct, 0) };
        foreach (var conjunct in recipients)
            if (PartyOptions.ValueOf(conjunct) is { } value && value != decided.Recipient.Value && value != decided.Supplier.Value)
                yield return decided with { Recipient = new PartyOption(value, PartySource.Mention, conjunct, 0) };
    }

    /// <summary>Whether the supplier chosen is the item's maker, named in a list that is an object or oblique (not the
    /// subject of a verb, not "from" a state, not adjectives of origin: "Soviet and Russian planes") whose other states make
    /// none of the item.</summary>
    private static bool IsMakerListedWithCustomers(DecidedCandidate decided, List<Span> conjuncts)
    {
        var item = decided.View.Candidate.Item;
        string[] makers = item.Origins ?? (item.Origin is { } origin ? [origin] : []);
        if (conjuncts.Count == 0 || decided.Supplier.Mention is not { Label: not SpanLabel.Demonym } mention || !makers.Contains(decided.Supplier.Value)
            || conjuncts.Any(c => makers.Contains(PartyOptions.ValueOf(c))))
            return false;
        var tree = decided.View.Tree;
        var group = Coordination.GroupOf(tree, tree.HeadOfSpan(mention.First, mention.Last));
        var first = group.Min();
        return tree.RelationOf(first) is "obj" or "iobj" or "obl" or "nmod" && tree.CaseMarkerOf(first) != "from";
    }

    /// <summary>Of one item told twice, the claim kept, with the number the other mention gives when its own gives none
    /// ("eight jets, Sukhoi Su-30 MKA fighters").</summary>
    private static (Claim Claim, DecidedCandidate Decided) KeptOf(IEnumerable<(Claim Claim, DecidedCandidate Decided)> told)
    {
        var kept = told.OrderByDescending(m => m.Decided.View.Candidate.Item.Family is not null).ThenByDescending(m => m.Claim.Confidence).First();
        var counted = told.Select(m => m.Claim.Quantity).FirstOrDefault(q => q is not null);
        return kept.Claim.Quantity is null && counted is not null ? (kept.Claim with { Quantity = counted }, kept.Decided) : kept;
    }

    /// <summary>One claim per item per stage in a sentence: the same system (or item words) told twice is one claim, the
    /// one whose item names the system ("Type 23 frigates", not "the frigates" that carry it), else the most confident.</summary>
    private static List<(Claim Claim, DecidedCandidate Decided)> Distinct(List<(Claim Claim, DecidedCandidate Decided)> claims) => claims
        .GroupBy(m => (m.Claim.Supplier, m.Claim.Recipient, Item: m.Claim.System ?? m.Claim.Item.ToLowerInvariant(), m.Claim.Stage))
        .Select(KeptOf)
        .OrderBy(m => m.Claim.ItemStart)
        .ToList();
}
