using ArmsWatch.Documents;
using ArmsWatch.Knowledge;

namespace ArmsWatch.Extraction;

/// <summary>Turns an analysed document into the claims and totals of ../shared/spec/claims.md.</summary>
/// <remarks>
/// Per sentence: every equipment item that a stage cue governs in its clause becomes a claim; the cue gives the
/// stage, the words before it the certainty, prepositions and the subject the parties, the speech verb the source.
/// Parties the sentence leaves implicit are filled from the article's context once all sentences are read.
/// </remarks>
public sealed class ClaimExtractor(
    EntityRecognizer recognizer,
    CueLexicon cues,
    IReadOnlySet<string> nonItemHeads,
    IReadOnlySet<string> nonConventional,
    IReadOnlySet<string> civilMarkers)
{
    private const int NegationReach = 6;
    private const int PredicateReach = 4;
    private readonly SourceAttributor attributor = new(cues);

    public static ClaimExtractor Load(string extractionDirectory, EntityRecognizer recognizer) => new(
        recognizer,
        CueLexicon.Load(extractionDirectory),
        DataFile.ReadSet(Path.Combine(extractionDirectory, "non-item-heads.txt")),
        DataFile.ReadSet(Path.Combine(extractionDirectory, "non-conventional.txt")),
        DataFile.ReadSet(Path.Combine(extractionDirectory, "..", "knowledge", "civil-markers.txt")));

    public DocumentClaims Extract(AnalyzedDocument document)
    {
        var published = document.Source.Published;
        var entitiesBySentence = document.Sentences.Select(recognizer.FindEntities).ToList();
        var people = PersonNames.Collect(document.Sentences, entitiesBySentence, cues.PersonTitles);
        var drafts = new List<ClaimDraft>();
        var totals = new List<ExportTotal>();
        var facts = new List<SentenceFacts>();
        var weaponsBySentence = document.Sentences.Select(recognizer.FindWeapons).ToList();
        var civil = IsAboutCivilCraft(document.Sentences, weaponsBySentence);
        string? lastSpeaker = null;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var entities = entitiesBySentence[s];
            var evidence = sentence.Text.Replace('\n', ' ').Replace('\r', ' ');
            var money = MoneyMention.FindAll(sentence.Tokens);
            var sentenceTotals = TotalsReader.Read(sentence, entities, money, published, evidence);
            totals.AddRange(sentenceTotals);
            var source = attributor.SourceOf(sentence, entities, people, ref lastSpeaker);
            var weapons = weaponsBySentence[s];
            var fact = new SentenceFacts(sentence, entities, money, source, evidence, ContextMayFill: sentenceTotals.Count == 0,
                NamesEquipment: weapons.Count > 0, StatesValue: StatesValue(sentence.Tokens));
            facts.Add(fact);
            var headline = IsAllCapitalised(sentence.Tokens);
            var items = weapons
                .Where(w => IsConventionalItem(fact, w, headline))
                .Where(w => !(civil && w.IsGeneric && w.Category is WeaponCategory.Aircraft or WeaponCategory.Ships or WeaponCategory.Unspecified))
                .ToList();
            var sentenceDrafts = ClaimsOf(fact, items, published, previous: drafts.Count > 0 ? drafts[^1].Claim : null);
            AssignValue(sentenceDrafts, money);
            drafts.AddRange(sentenceDrafts);
        }

        // In an article about arms, a sentence without equipment words still tells of the transfer through the words that
        // stand for it ("the contract with Iran was suspended"): a second pass reads those, once the article is known to be about arms.
        if (drafts.Count > 0)
        {
            // A title that names no equipment ("House Committee Request") is a section heading, not a statement.
            foreach (var fact in facts.Where(f => !f.NamesEquipment && !IsAllCapitalised(f.Sentence.Tokens)))
            {
                var items = recognizer.FindTradeWords(fact.Sentence).Where(w => IsConventionalItem(fact, w, headline: false)).ToList();
                var sentenceDrafts = ClaimsOf(fact, items, published, previous: null);
                AssignValue(sentenceDrafts, fact.Money);
                drafts.AddRange(sentenceDrafts);
            }
        }

        var context = DocumentContext.From(drafts);
        // "Russia receives the final batch of Su-34 jets under a deal": a state taking its own industry's make, no seller
        // named, arms itself; so do the sentence's other items with no seller named ("the deal").
        var domesticSentences = drafts
            .Where(d => d.Claim.Supplier is null && d.Claim.Recipient is not null && d.Origin == d.Claim.Recipient)
            .Select(d => d.Claim.SentenceStart)
            .ToHashSet();
        var claims = drafts
            .Where(d => !(d.Claim.Supplier is null && domesticSentences.Contains(d.Claim.SentenceStart)))
            .Select(context.Fill)
            // A transfer needs someone to receive it; a state arming itself is not a transfer.
            .Where(c => c.Recipient is not null && c.Supplier != c.Recipient)
            .OrderBy(c => c.SentenceStart)
            .ThenBy(c => c.ItemStart)
            // "the details of the deal were not disclosed; analysts put the cost of the deal at": one deal, told of twice. Named
            // systems stay apart ("44 THAAD launchers, 16 THAAD fire control stations").
            .DistinctBy(c => (c.SentenceStart, c.Supplier, c.Recipient, c.Item.ToLowerInvariant(), c.Stage, c.System is null ? -1 : c.ItemStart))
            .ToList();
        claims = SystemStoodForByTradeWords(claims);
        return new DocumentClaims
        {
            Doc = document.Source.Id,
            Published = published?.ToString(),
            Url = document.Source.Url,
            Title = document.Source.Title,
            Claims = claims,
            Totals = totals,
        };
    }

    private List<ClaimDraft> ClaimsOf(SentenceFacts fact, List<WeaponMention> items, PublicationDate? published, Claim? previous)
    {
        var (sentence, entities, _, source, evidence, contextMayFill, _, _) = fact;
        var tokens = sentence.Tokens;
        var words = Array.ConvertAll(tokens, t => t.Text);
        var insideItem = new bool[tokens.Length];
        // "a deal for F-15 jets": a one-word item that is itself a cue ("deal") still governs the items after it.
        var namedItems = items.Where(w => !IsOneWordCue(tokens, w)).ToList();
        foreach (var weapon in namedItems)
            for (var k = weapon.First; k <= weapon.Last; k++)
                insideItem[k] = true;

        var drafts = new List<ClaimDraft>();
        var governed = new List<(WeaponMention Item, int Cue, ClaimDraft Draft)>();
        TransferKind? inheritedKind = null;
        var inheritedUntil = -1;
        for (var n = 0; n < items.Count; n++)
        {
            var item = items[n];
            // "the Kilo submarine deal": the deal is the named item's, not a second item.
            if (n > 0 && items[n - 1].Last + 1 == item.First && IsOneWordCue(tokens, item))
                continue;
            if (item.Kind == TransferKind.Parts)
            {
                // "spare parts for their Russian-made arms and systems, such as MiG-29 fighters": what follows is what the parts are for.
                inheritedKind = TransferKind.Parts;
                inheritedUntil = ClauseScope.EndAfter(tokens, item.Last);
            }
            var isPartsObject = item.Kind != TransferKind.Parts && inheritedKind is not null && item.First <= inheritedUntil
                                && IsObjectOfParts(tokens, item, insideItem);
            if (isPartsObject && item.IsGeneric)
                continue;

            var scopeStart = ClauseScope.StartBefore(tokens, item.First);
            var scopeEnd = ClauseScope.EndAfter(tokens, item.Last);
            var cueIndex = ChooseCue(tokens, insideItem, item, scopeStart, scopeEnd, out var nearestBefore);
            // "the contract with Iran", "delivered under a 2007 contract", "train Venezuelan pilots", "the deal is worth $1
            // billion": a trade or training word, or a deal whose value is given, is its own cue, unless a frame governs it.
            var ownCue = item.IsTradeWord || item.Kind == TransferKind.Training
                ? cues.StageCueFor(tokens[item.Head].Text) is not null
                : fact.StatesValue && IsOneWordCue(tokens, item);
            if (ownCue && (cueIndex < 0 || cues.StageCueFor(tokens[cueIndex].Text) is { Frame: false, FramesComplement: false }))
                cueIndex = item.Head;
            if (cueIndex < 0 || cueIndex > item.Last)
            {
                // "Or the Yakhont or Moskit missiles.": a sentence that opens with a conjunction continues the last claim.
                if (previous is not null && tokens[0].Text is "Or" or "Nor" or "And")
                {
                    drafts.Add(new ClaimDraft(ContinuedClaim(previous, sentence, item, evidence), item.Origin, contextMayFill));
                    continue;
                }
                if (cueIndex < 0)
                    continue;
            }
            var cue = cues.StageCueFor(tokens[cueIndex].Text)!;
            var stage = cue.Stage;
            // "lifted the delivery ban": ending a stop reopens the transfer, which the contract reads as an offer.
            if (stage == Stage.Cancellation && cues.ReversesCancellation(tokens, cueIndex, scopeEnd))
                stage = Stage.Offer;
            var transferWord = nearestBefore >= 0 ? nearestBefore : cueIndex;
            var parties = PartyRoles.Read(tokens, entities, item, namedItems, cueIndex, transferWord, cue,
                cues.StageCueFor(tokens[transferWord].Text)!, scopeStart, scopeEnd);
            // "Russia's arms exports", "arms deals with Iran would bring cash": a generic item named only inside a trade noun,
            // with no recipient, speaks of trade in general, not of a transfer.
            if (item.IsGeneric && cueIndex == item.Last + 1 && parties.Recipient is null && parties.Other is null && !cue.Frame
                && !CuePatterns.IsOneTransfer(tokens, item, cueIndex))
                continue;
            if (!contextMayFill && parties.Recipient is null && parties.Other is null)
                continue;
            var certainty = CertaintyOf(tokens, words, scopeStart, cueIndex, cue);
            if (stage == Stage.Cancellation && CuePatterns.IsUrgedStop(tokens, scopeStart, cueIndex))
            {
                // The transfer others want stopped is still pending: "pressure ... to halt the delivery of the first vessel".
                if (transferWord == cueIndex || cues.StageCueFor(tokens[transferWord].Text) is not { Stage: not Stage.Cancellation } pending)
                    continue;
                (stage, certainty) = (pending.Stage, pending.Stage == Stage.Delivery ? Certainty.Planned : Certainty.Fact);
            }
            var setsContext = true;
            if (tokens[cueIndex].Upos == Upos.Noun)
            {
                var predicate = Math.Max(cueIndex, item.Last) + 1;
                certainty = CertaintyRank.Strongest(certainty, CertaintyOfPredicate(tokens, words, predicate, scopeEnd));
                // "the exports of the ground system commenced last month": a trade that has begun is being delivered.
                if (stage is Stage.Agreement or Stage.Delivery
                    && CuePatterns.PredicateBegins(tokens, predicate, Math.Min(scopeEnd, predicate + PredicateReach)))
                    stage = Stage.Delivery;
            }
            if (cue.InService)
            {
                if (CuePatterns.InServiceOfAnother(tokens, cueIndex, item, parties, certainty) is not { } maker)
                    continue;
                parties = parties with { Supplier = maker };
                setsContext = false;   // equipment in service is a side remark: it does not say what the article is about
            }
            // "the conditions in which France can authorise the delivery -- have not been met": the clause names the terms of a
            // step, and the sentence's own verb says they do not hold: the transfer is on hold.
            if (CuePatterns.InTermsClause(tokens, cueIndex) && CuePatterns.NegatedVerbAfter(tokens, item.Last + 1))
                (stage, certainty) = (Stage.Cancellation, Certainty.Fact);
            // "Israel has refused Ukraine's request to purchase": a request rejected is a cancellation, not a denied request.
            if (stage == Stage.Request && CuePatterns.RejectionBefore(tokens, scopeStart, cueIndex) is { } rejection)
            {
                stage = Stage.Cancellation;
                certainty = CertaintyOf(tokens, words, scopeStart, rejection - 1, cue);
                // "Jerusalem refused the request": who turns a request down is the one asked to supply.
                if (PartyBefore(entities, scopeStart, rejection) is { } refuser && refuser != parties.Supplier)
                    parties = parties with { Supplier = refuser, Recipient = parties.Recipient == refuser ? null : parties.Recipient };
            }
            if (CuePatterns.IsPreferredAlternative(tokens, item))
            {
                (stage, certainty) = (Stage.Request, Certainty.Possible);
                setsContext = false;   // the alternative is the article's aside, not its subject
            }
            // "Tehran could buy": a buyer that may buy is asking, not agreeing (the contract's "may buy" → request).
            if (stage == Stage.Agreement && cue.Subject == SubjectRole.Recipient && certainty == Certainty.Possible)
                stage = Stage.Request;
            var kind = item.Kind ?? (isPartsObject ? inheritedKind : null) ?? KindAround(tokens, scopeStart, item) ?? TransferKind.Sale;

            var claim = new Claim
            {
                Supplier = parties.Supplier,
                Recipient = parties.Recipient,
                Item = Span(sentence, item.First, item.Last),
                System = item.System,
                Category = kind == TransferKind.Training ? WeaponCategory.Other : item.Category,
                Kind = kind,
                Stage = stage,
                Certainty = certainty,
                Quantity = QuantityBefore(tokens, item.First),
                Year = YearResolver.Resolve(tokens, scopeStart, scopeEnd, cueIndex, published),
                Source = source,
                Evidence = evidence,
                SentenceStart = sentence.Start,
                SentenceEnd = sentence.End,
                ItemStart = tokens[item.First].Start,
                ItemEnd = tokens[item.Last].End,
            };
            drafts.Add(new ClaimDraft(claim, item.Origin, contextMayFill, parties.Either, parties.Other, setsContext));
            governed.Add((item, cueIndex, drafts[^1]));
            // "US and French warplanes": each maker named before the item supplies its own.
            if (claim.Supplier is { } named && CoordinatedMakers(tokens, entities, item) is { Count: > 0 } makers && makers.Contains(named))
                foreach (var maker in makers.Where(m => m != named && m != claim.Recipient))
                    drafts.Add(new ClaimDraft(claim with { Supplier = maker }, item.Origin, contextMayFill, SetsContext: setsContext));
        }
        drafts.AddRange(LaterSteps(tokens, words, items, insideItem, governed));
        // "signed a deal to export tanks and howitzers", "a deal in May 2021 for the drones": the deal is told of through the
        // items it spells out; only a deal whose value is given stands as the package it prices.
        if (!fact.StatesValue)
        {
            var spelledOut = governed
                .Where(g => IsOneWordCue(tokens, g.Item) && governed.Any(other => CuePatterns.SpellsOutItem(tokens, g.Item, other.Item)))
                .Select(g => g.Draft)
                .ToHashSet();
            drafts.RemoveAll(spelledOut.Contains);
        }
        return drafts;
    }

    /// <summary>"Algeria ordered 34 MiG-29SMTs, but refused further deliveries", "signed a contract for S-300s but suspended
    /// it": a later stop of the same item, with a cue that governs no item of its own, is a claim of its own on that item
    /// (the contract's "one item, two stages").</summary>
    private IEnumerable<ClaimDraft> LaterSteps(Token[] tokens, string[] words, List<WeaponMention> items, bool[] insideItem,
        List<(WeaponMention Item, int Cue, ClaimDraft Draft)> governed)
    {
        var usedCues = governed.Select(g => g.Cue).ToHashSet();
        for (var c = 0; c < tokens.Length; c++)
        {
            if (insideItem[c] || usedCues.Contains(c) || tokens[c].Upos is not (Upos.Verb or Upos.Noun)
                || cues.StageCueFor(tokens[c].Text) is not { } cue || cue.InService || items.Any(w => w.First <= c && c <= w.Last))
                continue;
            var anchor = governed.LastOrDefault(g => g.Item.Last < c && g.Cue < c && !g.Item.IsGeneric);
            if (anchor.Draft is null || !IsOrphanCue(tokens, c, governed))
                continue;
            var clauseStart = ClauseScope.StartBefore(tokens, c);
            var stage = cue.Stage;
            var certainty = CertaintyOf(tokens, words, Math.Max(clauseStart, anchor.Item.Last + 1), c, cue);
            if (tokens[c].Upos == Upos.Noun)
            {
                // "refused further deliveries" stops the item; a bare noun ("following the Swiss veto") is background.
                if (CuePatterns.RejectionBefore(tokens, clauseStart, c) is null)
                    continue;
                (stage, certainty) = (Stage.Cancellation, Certainty.Fact);
            }
            // Only a stop is told often enough as its own step to be a claim; a later delivery or agreement of the same item is
            // mostly background ("delivered under a contract signed in 2006").
            if (stage != Stage.Cancellation || stage == anchor.Draft.Claim.Stage)
                continue;
            yield return anchor.Draft with { Claim = anchor.Draft.Claim with { Stage = stage, Certainty = certainty, Quantity = null, ValueUsd = null } };
            usedCues.Add(c);
        }
    }

    /// <summary>No item after the cue in its clause is governed by it or an earlier cue: "refused further deliveries ... and
    /// Russia supplied 16 Su-30s" (the Su-30s are the supplying's), unlike "signed a contract to supply tanks".</summary>
    private static bool IsOrphanCue(Token[] tokens, int cue, List<(WeaponMention Item, int Cue, ClaimDraft Draft)> governed)
    {
        var clauseEnd = ClauseScope.EndAfter(tokens, cue);
        var next = governed.FirstOrDefault(g => g.Item.First > cue && g.Item.First <= clauseEnd);
        return next.Draft is null || next.Cue > cue;
    }

    /// <summary>"The contract", "the deal": a trade word stands for the system the article names for the same two parties,
    /// when it names exactly one.</summary>
    private List<Claim> SystemStoodForByTradeWords(List<Claim> claims)
    {
        var systemsByPair = claims
            .Where(c => c.System is not null)
            .GroupBy(c => (c.Supplier, c.Recipient))
            .ToDictionary(g => g.Key, g => g.Select(c => (c.System, c.Category)).Distinct().ToList());
        return claims.Select(c =>
            c.System is null && c.Category == WeaponCategory.Unspecified && c.Kind == TransferKind.Sale
            && systemsByPair.TryGetValue((c.Supplier, c.Recipient), out var systems) && systems.Count == 1
            && recognizer.IsTradeWord(c.Item)
                ? c with { System = systems[0].System, Category = systems[0].Category }
                : c).ToList();
    }

    private static Claim ContinuedClaim(Claim previous, Sentence sentence, WeaponMention item, string evidence) => previous with
    {
        Item = Span(sentence, item.First, item.Last),
        System = item.System,
        Category = item.Category,
        Quantity = QuantityBefore(sentence.Tokens, item.First),
        ValueUsd = null,
        Evidence = evidence,
        SentenceStart = sentence.Start,
        SentenceEnd = sentence.End,
        ItemStart = sentence.Tokens[item.First].Start,
        ItemEnd = sentence.Tokens[item.Last].End,
    };

    /// <summary>The cue that governs an item: the first framing cue before it in its clause ("talks to sell" → talks),
    /// else the nearest cue before it, else the nearest after it ("weapons sales", "were delivered").</summary>
    /// <param name="nearestBefore">The nearest cue before the item in its clause (-1 when none): the transfer word.</param>
    private int ChooseCue(Token[] tokens, bool[] insideItem, WeaponMention item, int scopeStart, int scopeEnd, out int nearestBefore)
    {
        int firstFrame = -1, complementFrame = -1;
        nearestBefore = -1;
        for (var i = scopeStart; i < item.First; i++)
        {
            if (insideItem[i] || cues.StageCueFor(tokens[i].Text) is not { } cue)
                continue;
            var reachesItem = !CommaBetween(tokens, insideItem, i, item.First);
            // The first frame governs what follows ("talks to sell"), unless "and" coordinates a later one with it
            // ("to discuss arms sales and agree upon training").
            if (cue.Frame && reachesItem && (firstFrame < 0 || AndBetween(tokens, firstFrame, i)))
                firstFrame = i;
            // "signed a contract on the supply of": the agreement governs the transfer word that is its complement.
            if (cue.FramesComplement && reachesItem && complementFrame < 0)
                complementFrame = i;
            else if (!cue.FramesComplement && !cue.Frame && !IsComplementForm(tokens, i) && !CuePatterns.SpellsOutTerms(tokens, complementFrame, i))
                complementFrame = -1;   // a verb of its own: "signed a contract and delivered"
            nearestBefore = i;
        }
        if (firstFrame < 0 && complementFrame >= 0 && complementFrame < nearestBefore)
            firstFrame = complementFrame;
        // "an arms embargo", "a delivery ban": a stop named in the same compound binds the item before any earlier cue.
        if (item.Last + 1 <= scopeEnd && cues.StageCueFor(tokens[item.Last + 1].Text) is { Stage: Stage.Cancellation })
            return item.Last + 1;
        if (firstFrame >= 0)
            return firstFrame;
        // "the export of the arms was approved", "deliveries of the jets were suspended": a passive frame after the item decides.
        for (var i = item.Last + 2; i <= scopeEnd; i++)
            if (!insideItem[i] && CueLexicon.IsPassiveAuxiliary(tokens[i - 1].Text) && cues.StageCueFor(tokens[i].Text) is { Frame: true })
                return i;
        // "a weapon sales contract signed in 2007", "arms deliveries": the trade noun a generic item modifies is its transfer.
        if (item.IsGeneric && complementFrame < 0 && item.Last + 1 <= scopeEnd && cues.StageCueFor(tokens[item.Last + 1].Text) is not null)
            return item.Last + 1;
        if (nearestBefore >= 0)
            return nearestBefore;
        for (var i = item.Last + 1; i <= scopeEnd; i++)
            if (!insideItem[i] && cues.StageCueFor(tokens[i].Text) is not null)
                return i;
        return -1;
    }

    private static string? PartyBefore(IReadOnlyList<EntityMention> entities, int scopeStart, int index) => entities
        .Where(e => e.First >= scopeStart && e.Last < index)
        .Select(e => PartyRoles.PartyName(e.Entity))
        .LastOrDefault(party => party is not null);

    /// <summary>"The deal is worth $5.7 billion": a value written as worth, valued or a dollar figure. Not every money
    /// mention counts: "cancelling the deal would cost Thailand US$240 million" is a cost, not the deal's value.</summary>
    private static bool StatesValue(Token[] tokens) =>
        tokens.Any(t => t.Text is "worth" or "valued" || t.Text.StartsWith('$'));

    /// <summary>A generic one-word item that is itself a stage cue: "deal".</summary>
    private bool IsOneWordCue(Token[] tokens, WeaponMention item) =>
        item.First == item.Last && item.IsGeneric && cues.StageCueFor(tokens[item.First].Text) is not null;

    /// <summary>A transfer word as the complement of an earlier word: an infinitive ("to supply") or a noun ("the supply of").</summary>
    private static bool IsComplementForm(Token[] tokens, int index) =>
        index > 0 && (tokens[index - 1].Text is "to" or "the" or "a" or "an" or "of" or "on" or "for" || tokens[index].Upos == Upos.Noun);

    /// <summary>A comma between a frame and an item, other than one separating listed items, ends the frame's reach
    /// ("a ban on arms sales to Tehran, Moscow hopes to secure deals").</summary>
    private static bool CommaBetween(Token[] tokens, bool[] insideItem, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (tokens[i].Text != "," || insideItem[i - 1] || OpensExamples(tokens, i + 1))
                continue;
            // "in talks to supply Turkey, which Medvedev visited this week, with air defense systems": an aside closed
            // before the item leaves the frame's reach.
            if (tokens[i + 1].Text is "which" or "who" or "whom" or "whose" or "where" && Array.FindIndex(tokens, i + 1, to - i - 1, t => t.Text == ",") is > 0 and var close)
            {
                i = close;
                continue;
            }
            return true;
        }
        return false;
    }

    private static bool AndBetween(Token[] tokens, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
            if (tokens[i].Text == "and")
                return true;
        return false;
    }

    /// <summary>"…, including two frigates", "…, such as MiG-29 fighters": examples of what the frame already governs.</summary>
    private static bool OpensExamples(Token[] tokens, int index) =>
        index < tokens.Length && tokens[index].Text is "including" or "such" or "notably" or "especially" or "namely";

    /// <summary>Certainty from the words before the cue in its clause: negation close to the verb, hedges and plans anywhere.</summary>
    private Certainty CertaintyOf(Token[] tokens, string[] words, int scopeStart, int cueIndex, StageCue cue)
    {
        var certainty = cue.Certainty ?? Certainty.Fact;
        for (var i = scopeStart; i <= cueIndex; i++)
        {
            if (CertaintyWordAt(tokens, words, i) is not { } found || ClauseScope.InAside(tokens, i, cueIndex))
                continue;
            if (found == Certainty.Denied && cueIndex - i > NegationReach)
                continue;
            certainty = CertaintyRank.Strongest(certainty, found);
        }
        return certainty;
    }

    /// <summary>The certainty a transfer noun's own verb gives it: "the first shipments are expected in June", "deliveries are
    /// to start", "the delivery was not completed". Reads the words up to that verb, not past a comma ("a deal for 36 jets,
    /// reportedly worth $12 billion" hedges the value, not the deal).</summary>
    private Certainty CertaintyOfPredicate(Token[] tokens, string[] words, int from, int scopeEnd)
    {
        var certainty = Certainty.Fact;
        for (var i = from; i <= Math.Min(scopeEnd, from + PredicateReach) && tokens[i].Text != ","; i++)
        {
            if (CertaintyWordAt(tokens, words, i) is { } found)
                certainty = CertaintyRank.Strongest(certainty, found);
            // "the details of the deal were not disclosed": what is withheld is the telling, not the deal.
            if (tokens[i].Upos == Upos.Verb)
                return certainty == Certainty.Denied && CuePatterns.IsDisclosureVerb(tokens[i].Text) ? Certainty.Fact : certainty;
        }
        return certainty;
    }

    /// <summary>A certainty word that is not part of a name: "On May 16" is a date, not the modal "may".</summary>
    private Certainty? CertaintyWordAt(Token[] tokens, string[] words, int index)
    {
        if (tokens[index].Upos == Upos.Propn)
            return null;
        var found = cues.CertaintyAt(words, index);
        // "said delivery would begin in July": "would" in reported speech is the speaker's future, not a condition.
        if (found == Certainty.Possible && words[index] is "would" && SpeechVerbBefore(words, index))
            return Certainty.Planned;
        return found;
    }

    private bool SpeechVerbBefore(string[] words, int index)
    {
        for (var i = 0; i < index; i++)
            if (cues.SpeechVerbs.Contains(words[i]))
                return true;
        return false;
    }

    /// <summary>A kind word in the clause before the item ("offer to upgrade") or right after it ("tank production license").</summary>
    private TransferKind? KindAround(Token[] tokens, int scopeStart, WeaponMention item)
    {
        for (var i = Math.Min(tokens.Length - 1, item.Last + 2); i >= scopeStart; i--)
        {
            if (i >= item.First && i <= item.Last)
                continue;
            if (cues.StageCueFor(tokens[i].Text)?.Kind is { } kind && kind != TransferKind.Aid)
                return kind;
        }
        return null;
    }

    private bool IsConventionalItem(SentenceFacts fact, WeaponMention item, bool headline)
    {
        var tokens = fact.Sentence.Tokens;
        if (item.IsGeneric && item.First > 0 && char.IsUpper(tokens[item.Head].Text[0]) && !headline)
            return false;   // "Lockheed Martin Missiles", "the Armament Agency": a capitalised common noun inside a name
        if (item.First > 0 && tokens[item.First - 1].Text is "other" or "Other")
            return false;   // a catch-all closing a list
        if (item.First > 0 && tokens[item.First - 1].Text is "these" or "those" or "These" or "Those")
            return false;   // refers back to items already claimed: "sales of these missiles would infuriate Washington"
        if (item.IsGeneric && item.First == item.Head && WeaponLexicon.Normalise(tokens[item.Head].Text) is "deal" or "sale"
            && item.First > 0 && tokens[item.First - 1].Text.ToLowerInvariant() is "the" or "this" or "that" or "of"
            && !fact.StatesValue && !FramedJustBefore(tokens, item.First))
            return false;   // "the deal", "this sale": told of before or in the background, unless its value is given now or
                            // a new step is taken on it ("notified Congress of the sale", "suspended the deal")
        if (item.IsGeneric && item.First == item.Head && item.First > 0 && tokens[item.First - 1].Text == "to" && tokens[item.Head].Xpos == "VB")
            return false;   // "attempted to bomb": the weapon word as an infinitive (the tagger's plural nouns may read as verbs)
        if (CuePatterns.IsThreatOrReplaced(tokens, item))
            return false;
        if (item.First > 0 && nonConventional.Contains(tokens[item.First - 1].Text))
            return false;
        if (CuePatterns.IsRoleOfAnotherItem(tokens, item))
            return false;
        return item.Last + 1 >= tokens.Length || !nonItemHeads.Contains(tokens[item.Last + 1].Text);
    }

    private bool FramedJustBefore(Token[] tokens, int first)
    {
        for (var i = first - 1; i >= Math.Max(0, first - 4); i--)
            if (tokens[i].Upos == Upos.Verb && cues.StageCueFor(tokens[i].Text) is { Frame: true })
                return true;
        return false;
    }

    /// <summary>The states of "X and Y" (or "X, Y and Z") right before an item: "US and French warplanes".</summary>
    private static List<string> CoordinatedMakers(Token[] tokens, IReadOnlyList<EntityMention> entities, WeaponMention item)
    {
        var makers = new List<string>();
        var next = item.First;
        for (var k = entities.Count - 1; k >= 0; k--)
        {
            var mention = entities[k];
            if (mention.Last >= next)
                continue;
            var gap = next - mention.Last;
            var joined = makers.Count == 0 ? gap == 1 : gap == 2 && tokens[mention.Last + 1].Text is "and" or ",";
            if (!joined || PartyRoles.PartyName(mention.Entity) is not { } state)
                break;
            makers.Add(state);
            next = mention.First;
        }
        return makers.Count > 1 ? makers : [];
    }

    /// <summary>An article about airliners or merchant ships: civil words appear and no catalogued weapon system does.</summary>
    private bool IsAboutCivilCraft(IReadOnlyList<Sentence> sentences, List<List<WeaponMention>> weaponsBySentence)
    {
        if (weaponsBySentence.Any(weapons => weapons.Any(w => !w.IsGeneric)))
            return false;
        return sentences.Sum(sentence => sentence.Tokens.Count(t => civilMarkers.Contains(t.Text))) >= 2;
    }

    /// <summary>A headline in title case, where every word is capitalised and capitals say nothing about names.</summary>
    private static bool IsAllCapitalised(Token[] tokens) =>
        tokens.Count(t => char.IsLower(t.Text[0])) * 4 < tokens.Count(t => char.IsLetter(t.Text[0]));

    /// <summary>Whether the item is what parts are for: only list words and other items lie between "for" and it.</summary>
    private static bool IsObjectOfParts(Token[] tokens, WeaponMention item, bool[] insideItem)
    {
        for (var i = item.First - 1; i >= 0; i--)
        {
            if (tokens[i].Text == "for")
                return true;
            if (!insideItem[i] && tokens[i].Text is not ("their" or "its" or "the" or "and" or "or" or "," or "such" or "as"
                    or "including" or "-" or "made" or "built" or "designed" or "systems" or "equipment") && !char.IsUpper(tokens[i].Text[0]))
                return false;
        }
        return false;
    }

    private static int? QuantityBefore(Token[] tokens, int first)
    {
        // "six Russian-built Kilo-class submarines", "24 additional Dassault Rafale fighters": modifiers lie between.
        var i = first - 1;
        while (i >= 0 && first - i <= 5 && (tokens[i].Upos is Upos.Adj or Upos.Propn || tokens[i].Text is "-" or "built" or "made" or "more" or "used"))
            i--;
        if (i < 0 || NumberParser.Year(tokens[i].Text) is not null)
            return null;
        return NumberParser.Parse(tokens[i].Text) is { } n && n >= 1 && n == decimal.Truncate(n) && n < 1_000_000 ? (int)n : null;
    }

    /// <summary>A sentence's dollar amount goes on its package or generic item, or on its only claim (the contract's package rule).</summary>
    private static void AssignValue(List<ClaimDraft> drafts, List<MoneyMention> money)
    {
        if (money.Count == 0 || drafts.Count == 0)
            return;
        var index = drafts.FindIndex(d => d.Claim.System is null && d.Claim.Category == WeaponCategory.Unspecified && d.Claim.Kind == TransferKind.Sale);
        if (index < 0 && drafts.Count == 1)
            index = 0;
        if (index >= 0)
            drafts[index] = drafts[index] with { Claim = drafts[index].Claim with { ValueUsd = money[0].ValueUsd } };
    }

    private static string Span(Sentence sentence, int first, int last) =>
        sentence.Text[(sentence.Tokens[first].Start - sentence.Start)..(sentence.Tokens[last].End - sentence.Start)];
}
