using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>The contract's polarity, kept as rules over the evidence: the trained stage and certainty decisions may
/// never say a transfer is stopped or denied when no word of the sentence says so, nor miss a negation or a stop that
/// governs the transfer's cue (*Polarity* and the cue table of ../shared/spec/claims.md).</summary>
public static class PolarityRules
{
    /// <summary>The rules by name, in the order they apply; each can be left out to measure it.</summary>
    public static readonly string[] Names = ["stop-governs-transfer", "stop-is-cue", "alternative-is-no-stop", "negation-on-cue", "hedge-in-scope", "headline-infinitive-is-planned", "may-buy-is-request", "talks-govern-transfer", "light-verb-noun", "offer-governs-transfer", "wanting-to-buy-is-request", "included-in-agreement", "contract-to-deliver", "stop-in-another-clause", "no-stop-without-cue", "no-denial-without-negation"];

    /// <summary>The stage and certainty after the rules; when a rule takes a decision's answer away, the decision's best
    /// remaining answer (<paramref name="bestStageNotStop"/>, <paramref name="bestCertaintyNotNegative"/>) replaces it.</summary>
    public static (Stage Stage, Certainty Certainty) Apply(
        AnalyzedDocument document, CandidateView view, Stage stage, Certainty certainty, Func<Stage> bestStageNotStop,
        Func<Certainty> bestCertaintyNotNegative, IReadOnlySet<string> disabled)
    {
        var candidate = view.Candidate;
        var sentenceSpans = document.SpansIn(candidate.Sentence);
        bool Enabled(string rule) => !disabled.Contains(rule);

        // "Germany suspended the delivery of tanks": a stop that governs the transfer's cue decides the stage.
        if (Enabled("stop-governs-transfer") && StopGoverns(view.Tree, candidate, sentenceSpans))
            stage = Stage.Cancellation;
        // "Germany suspended the Leopard tanks for Turkey", "Regarding the Su-35, we have abandoned it": a stop whose
        // argument the item is (not a refusal, which the negation rule reads).
        else if (Enabled("stop-is-cue") && StopTakesItem(view.Tree, candidate)
                 && !sentenceSpans.Any(s => s.Kind == SpanKind.NegationCue && s.First <= candidate.Cue!.Last && candidate.Cue.First <= s.Last))
            stage = Stage.Cancellation;

        // "abandoned plans to purchase jets from Moscow in favour of US and French warplanes": the alternative chosen is
        // wanted, not stopped, however the parser hangs it (it often takes "US" alone as the object of "favour").
        if (Enabled("alternative-is-no-stop") && stage == Stage.Cancellation && IsChosenAlternative(view.Tree, candidate.Item, sentenceSpans))
            stage = Stage.Request;

        // "we're not going to sell you the F-35s", "Russia is unlikely to supply": a negation on the cue or on the
        // words governing it decides the certainty (on a cancellation it makes the stop denied, a positive claim).
        // With no cue in the sentence, the item stands for its transfer: "grounded for lack of spare parts", "sailed
        // without its missiles".
        var negation = sentenceSpans.FirstOrDefault(s => s.Kind == SpanKind.NegationCue
            && (candidate.Cue is null ? OnItem(view.Tree, s, candidate.ItemHead) : Negates(view.Tree, s, candidate, sentenceSpans)));
        if (Enabled("negation-on-cue") && negation is not null)
        {
            certainty = negation.CueCertainty == Certainty.Unlikely ? Certainty.Unlikely : Certainty.Denied;
            // "refused to deliver": the refusal is the negation of the delivery, not a stop of it (the cue table).
            if (stage == Stage.Cancellation && candidate.Cue is not null && !IsStop(candidate.Cue)
                && sentenceSpans.Any(s => IsStop(s) && s.First <= negation.Last && negation.First <= s.Last))
                stage = bestStageNotStop();
        }

        // "may buy", "is to receive", "close to a deal": a hedge or a plan whose scope holds the cue of the claim's stage,
        // where the decision said fact (the cue table; a hedge wins over a plan). Only that cue's: in "signed agreements
        // whereby Paris will supply jets" the agreement is a fact and the supply planned.
        if (Enabled("hedge-in-scope") && certainty == Certainty.Fact && CueOfStage(view.Tree, candidate, stage) is { } ofStage)
        {
            var hedges = sentenceSpans.Where(s => s.Kind == SpanKind.CertaintyCue && s.CueCertainty is Certainty.Possible or Certainty.Planned
                                                  && Negates(view.Tree, s, ofStage, sentenceSpans)).ToList();
            if (hedges.Count > 0)
                certainty = hedges.Any(h => h.CueCertainty == Certainty.Possible) ? Certainty.Possible : Certainty.Planned;
        }

        // "Korea to export KT-1 trainers to Peru", "US to lift Vietnam arms embargo": a headline's bare to-infinitive tells
        // what is to happen (news writing's future), when the transfer's chain reaches it.
        if (Enabled("headline-infinitive-is-planned") && certainty == Certainty.Fact && InfinitiveRoot(view.Tree) is var root and >= 0
            && candidate.Chain.Any(cue => cue.Covers(root)))
            certainty = Certainty.Planned;

        // "Brazil may buy Gripen jets", "Tehran could buy Russian weapons": a purchase only possible is wanted, not agreed
        // (the cue table's "may buy" row): a possibility modal on the buyer's verb.
        if (Enabled("may-buy-is-request") && stage == Stage.Agreement && CueOfStage(view.Tree, candidate, stage) is { Cue.Name: "buy" or "order" } bought
            && view.Tree.ChildrenOf(bought.CueHead).Any(c => view.Tree.RelationOf(c) == "aux"
                && sentenceSpans.Any(s => s.Kind == SpanKind.CertaintyCue && s.Name == "may" && s.Covers(c))))
            (stage, certainty) = (Stage.Request, Certainty.Possible);

        // "Saudi Arabia discussed buying J-31 fighters", "Russia is in talks to sell jets": talks that govern the transfer's
        // cue closely are the step the sentence tells (the cue table's negotiation), unless a request governs the talks
        // in turn ("are interested in negotiating purchases": the talks are wanted, not held).
        if (Enabled("talks-govern-transfer") && stage is not (Stage.Cancellation or Stage.Negotiation)
            && Governs(view.Tree, candidate, cue => cue.CueStage == Stage.Negotiation)
            && !candidate.Chain.SkipWhile(cue => cue.CueStage != Stage.Negotiation).Any(cue => cue.CueStage == Stage.Request))
            stage = Stage.Negotiation;

        // "held talks with Russia on the supply of Su-57 fighters", "expressed interest in two Scorpene submarines": the
        // parser hangs the phrase on the light verb, whose object noun (talks, interest, a request, an offer) is the
        // predicate and tells the step.
        if (Enabled("light-verb-noun") && stage is not (Stage.Cancellation or Stage.Negotiation or Stage.Request or Stage.Offer)
            && LightVerbNoun(view.Tree, candidate, sentenceSpans) is { CueStage: { } told })
            stage = told;

        // "Moscow will offer to upgrade Iran's jets", "Russia is ready to supply S-400s", "the export of the arms was
        // approved", "lifted its ban on arms sales", "the proposed sale": an offer, an approval or a lifted ban (not
        // negated) that governs the supplier's transfer cue closely, or qualifies it, is the step the sentence tells (the
        // cue table's offer row). Not a promise, which may be of a delivery already ordered (the contract's *A promise
        // under a signed contract*), nor a purchase ("Congress approved the purchase" is the recipient's agreement).
        bool IsOffer(Span cue) => cue.CueStage == Stage.Offer && cue.Name != "promise" && !NegatedOn(view.Tree, cue, sentenceSpans);
        if (Enabled("offer-governs-transfer") && stage is not (Stage.Cancellation or Stage.Offer)
            && candidate.Cue is { Name: not ("buy" or "order") }
            && (Governs(view.Tree, candidate, IsOffer) || view.Tree.ChildrenOf(candidate.CueHead).Any(c => view.Tree.RelationOf(c) == "amod"
                && sentenceSpans.Any(s => IsOffer(s) && s.Covers(c)))))
            stage = Stage.Offer;

        // "Iran is interested in procuring missiles", "Peru is considering buying jets", "Iraq plans to buy tanks": a wish,
        // a choice or a plan that governs a purchase closely is the request the cue table names, whatever the purchase's
        // own cue says (not a stop of it, and not a wish of the supplier's: "Russia wants to sell" is no request).
        if (Enabled("wanting-to-buy-is-request") && stage is not (Stage.Cancellation or Stage.Request)
            && candidate.Cue is { Name: "buy" or "order" } && Governs(view.Tree, candidate, cue => cue.CueStage == Stage.Request))
            stage = Stage.Request;

        // "The $1.25 billion deal includes the jets, ammunition and pilot training", "the order also covers the delivery of
        // one Saab 340": what a contract, an order or a purchase includes is agreed with it, whatever the item's own cue
        // ("delivery", "training") tells.
        if (Enabled("included-in-agreement") && stage is not (Stage.Cancellation or Stage.Agreement)
            && Container(view.Tree, candidate.ItemHead, sentenceSpans) is { Name: "contract" or "order" or "buy" })
            stage = Stage.Agreement;

        // "won a contract to deliver NSM missiles", "the deal to supply additional FA-50 aircraft", "a contract for the
        // delivery of 12 helicopters": a delivery that completes a contract's noun is what the contract agrees (not
        // "deliveries under the contract", where the delivery governs the contract).
        if (Enabled("contract-to-deliver") && stage == Stage.Delivery && candidate.Cue is { CueStage: Stage.Delivery }
            && view.Tree.RelationOf(candidate.CueHead) is "acl" or "nmod" && view.Tree.HeadOf(candidate.CueHead) is var holder and >= 0
            && sentenceSpans.Any(s => s.Kind == SpanKind.StageCue && s.Name == "contract" && s.Covers(holder)))
            stage = Stage.Agreement;

        // "Egypt ordered Rafale jets, which France had offered after the US suspended the sale of F-16s", "banned exports of
        // the engines, which are part of the Mi-24 helicopter", "refused further deliveries, and Russia instead supplied
        // 16 Su-30s": a stop told in an adverbial clause of its own, outside the relative clause that names the item, or
        // in another of two conjoined clauses, does not stop the item.
        if (Enabled("stop-in-another-clause") && stage == Stage.Cancellation && candidate.ItemHead >= 0
            && sentenceSpans.Any(IsStop) && !sentenceSpans.Any(stop => IsStop(stop) && Reaches(view.Tree, stop, candidate.ItemHead)))
            stage = bestStageNotStop();
        // A stop needs a word that stops; a denial needs a word that denies.
        if (Enabled("no-stop-without-cue") && stage == Stage.Cancellation && !sentenceSpans.Any(IsStop))
            stage = bestStageNotStop();
        if (Enabled("no-denial-without-negation") && certainty is Certainty.Denied or Certainty.Unlikely
            && !sentenceSpans.Any(s => s.Kind == SpanKind.NegationCue))
            certainty = bestCertaintyNotNegative();
        return (stage, certainty);
    }

    /// <summary>The stage cue of the contract, order or package that includes the item: the subject of an inclusion verb
    /// above it ("the deal includes the jets"), or the noun an inclusion preposition hangs the item on ("a package
    /// including two frigates"); at most four steps up, not across a relative clause; null when none.</summary>
    private static Span? Container(SentenceTree tree, int item, IReadOnlyList<Span> sentenceSpans)
    {
        if (item < 0)
            return null;
        Span? CueOn(int token) => token < 0 ? null
            : sentenceSpans.FirstOrDefault(s => s.Kind == SpanKind.StageCue && (s.Covers(token)
                || tree.ChildrenOf(token).Any(c => tree.RelationOf(c) == "compound" && s.Covers(c))));
        if (tree.ChildrenOf(item).Any(c => tree.RelationOf(c) == "case" && InclusionWords.Contains(tree.Tokens[c].Lemma)))
            return CueOn(tree.HeadOf(item));
        var token = item;
        for (var steps = 0; steps < 4; steps++)
        {
            if (tree.Tokens[token].DepRel is "acl:relcl" or "parataxis")
                return null;
            token = tree.HeadOf(token);
            if (token < 0)
                return null;
            if (tree.Tokens[token].Upos == Upos.Verb && InclusionWords.Contains(tree.Tokens[token].Lemma))
                return CueOn(tree.ChildrenOf(token).FirstOrDefault(c => tree.RelationOf(c) == "nsubj", -1));
        }
        return null;
    }

    /// <summary>Whether a negation hangs on the cue's head ("does not permit providing arms": no offer).</summary>
    private static bool NegatedOn(SentenceTree tree, Span cue, IReadOnlyList<Span> sentenceSpans) =>
        tree.HeadOfSpan(cue.First, cue.Last) is var head and >= 0
        && tree.ChildrenOf(head).Any(c => sentenceSpans.Any(s => s.Kind == SpanKind.NegationCue && s.Covers(c)));

    /// <summary>Whether the item hangs on the negation ("lack of parts", "parts are lacking") or the negation is its
    /// preposition ("without its missiles").</summary>
    private static bool OnItem(SentenceTree tree, Span negation, int item) =>
        negation.Covers(tree.HeadOf(item)) || tree.ChildrenOf(item).Any(c => tree.RelationOf(c) == "case" && negation.Covers(c));

    /// <summary>Whether a negation's scope holds the cue: it is on the cue, on the cue's subject or object ("no tanks were
    /// sold"), on a verb whose complement the cue is ("not going to sell", "refused to deliver", "denied that it sold"),
    /// or on the cue whose object the cue is ("did not approve the sale"), never across a relative clause, an adverbial
    /// clause or a noun ("This is not the first time Vietnam is ordering aircraft").</summary>
    public static bool Negates(SentenceTree tree, Span negation, ClaimCandidate candidate, IReadOnlyList<Span> sentenceSpans)
    {
        // The words the negation sits on: its own ("refused to"), and the head of a negating modifier ("not" → "going").
        var scope = new HashSet<int>();
        for (var i = negation.First; i <= negation.Last; i++)
        {
            scope.Add(i);
            // "signed a letter of intent for 26 jets", "a statement of intent had been signed": a hedge that is the
            // argument of a verb is said of what the verb tells.
            if (negation.Kind == SpanKind.CertaintyCue && tree.Tokens[i].DepRel is "obj" or "nsubj:pass" && tree.HeadOf(i) is var holder and >= 0
                && !negation.Covers(holder))
                scope.Add(holder);
            // "did not sell", "nor has it delivered": a negating modifier or coordinator negates the word it hangs on.
            if (tree.RelationOf(i) is "advmod" or "det" or "aux" or "cop" or "neg" or "mark" or "cc" && tree.HeadOf(i) is var governor and >= 0)
            {
                scope.Add(governor);
                if (VerbOfNegatedArgument(tree, i) is var verb and >= 0)
                    scope.Add(verb);
            }
        }
        var token = candidate.CueHead;
        for (var steps = 0; steps <= 3 && token >= 0; steps++)
        {
            if (scope.Contains(token))
                return true;
            // "did not approve the sale of jets": a negation on the cue whose object the cue is (that cue only).
            if (IsObjectOfCue(tree, token, candidate, sentenceSpans))
                return scope.Contains(tree.HeadOf(token));
            // "excludes the sale of tanks", "denied the purchase": the object of a verb that is itself the negation (a
            // refusal that also stops, "rejected the request", is the stop rule's).
            if (tree.RelationOf(token) == "obj" && negation.Covers(tree.HeadOf(token)) && tree.Tokens[tree.HeadOf(token)].Upos == Upos.Verb
                && !sentenceSpans.Any(s => IsStop(s) && s.First <= negation.Last && negation.First <= s.Last))
                return true;
            // "denies supplying artillery shells": a gerund the parser hung on the noun after it as a modifier is the
            // complement of the verb whose object that noun is.
            if (IsGerundReadAsModifier(tree, token))
            {
                token = tree.HeadOf(token);
                continue;
            }
            // A gerund left unlabelled ("dep") under a verb is its complement, as "xcomp" would say: "denies sending tanks".
            // "delivery of the first planes would begin in July", "the shipments are expected in June": an event noun is
            // told by the verb of happening it is the subject of (data/extraction/event-verbs.txt).
            if (!(tree.RelationOf(token) is "xcomp" or "ccomp" || IsInfinitive(tree, token)
                  || tree.RelationOf(token) == "dep" && tree.Tokens[token].Xpos == "VBG"
                  || tree.RelationOf(token) is "nsubj" or "nsubj:pass" && tree.Tokens[token].Upos == Upos.Noun
                     && tree.HeadOf(token) is var verb and >= 0 && EventVerbs.Value.Contains(tree.Tokens[verb].Lemma?.ToLowerInvariant() ?? "")))
                return false;
            token = tree.HeadOf(token);
        }
        return false;
    }

    /// <summary>"denies supplying artillery shells" parsed with "supplying" as a modifier of "shells": a gerund hung on a
    /// later noun that is a verb's object.</summary>
    private static bool IsGerundReadAsModifier(SentenceTree tree, int token) =>
        tree.Tokens[token].Xpos == "VBG" && tree.RelationOf(token) == "amod" && tree.HeadOf(token) is var noun && noun > token
        && tree.Tokens[noun].DepRel == "obj";

    /// <summary>The candidate with the nearest cue of its chain that tells <paramref name="stage"/> as its cue; null when
    /// no cue of the chain does.</summary>
    private static ClaimCandidate? CueOfStage(SentenceTree tree, ClaimCandidate candidate, Stage stage) =>
        candidate.Chain.FirstOrDefault(cue => cue.CueStage == stage) is { } cue
            ? candidate with { Cue = cue, CueHead = tree.HeadOfSpan(cue.First, cue.Last) }
            : null;

    /// <summary>"delivered no tanks", "no more of the jets would be sold" ("no" on "more", the subject): a negative word
    /// modifying a verb's subject or object, directly or through one more modifier, negates the verb; -1 otherwise.</summary>
    private static int VerbOfNegatedArgument(SentenceTree tree, int negation)
    {
        var token = negation;
        for (var steps = 0; steps < 2 && tree.RelationOf(token) is "det" or "advmod" or "amod"; steps++)
        {
            token = tree.HeadOf(token);
            if (token < 0)
                return -1;
            if (tree.RelationOf(token) is "nsubj" or "obj")
                return tree.HeadOf(token);
        }
        return -1;
    }

    /// <summary>Whether a stop cue governs the candidate's own cue closely: at most two steps up the tree, not across a
    /// relative clause or a coordination ("suspended the delivery of tanks", "barred the country from buying jets";
    /// not "vetoed the re-export of ammunition used in tanks that Germany is sending").</summary>
    private static bool StopGoverns(SentenceTree tree, ClaimCandidate candidate, IReadOnlyList<Span> sentenceSpans)
    {
        // "refused to deliver" is a delivery denied, not a stop: a stop word that is also a negation of this very
        // transfer is left to the negation rule ("denied licences for Spain to transfer jets" stops the transfer).
        bool IsNegation(Span cue) => sentenceSpans.Any(s => s.Kind == SpanKind.NegationCue && s.First <= cue.Last && cue.First <= s.Last
                                                            && Negates(tree, s, candidate, sentenceSpans));
        if (StopBesideItsObject(tree, candidate.CueHead, sentenceSpans, IsNegation) || StopIsItsPredicate(tree, candidate.CueHead, sentenceSpans)
            || StopBeforeItsComplement(tree, candidate.CueHead, sentenceSpans, IsNegation)
            || StopBeforeItsComplement(tree, candidate.ItemHead, sentenceSpans, IsNegation))
            return true;
        return Governs(tree, candidate, cue => IsStop(cue) && !IsNegation(cue));
    }

    /// <summary>Whether a cue of the candidate's chain that <paramref name="counts"/> governs the candidate's own cue
    /// closely: at most two steps up the tree, not across a relative clause or a coordination.</summary>
    private static bool Governs(SentenceTree tree, ClaimCandidate candidate, Func<Span, bool> counts)
    {
        if (candidate.Chain.Count < 2)
            return false;
        var token = candidate.CueHead;
        for (var steps = 0; steps < 2 && token >= 0; steps++)
        {
            if (tree.Tokens[token].DepRel is "acl:relcl" or "parataxis" or "conj" or "list")
                return false;
            token = tree.HeadOf(token);
            if (token >= 0 && candidate.Chain.Skip(1).Any(cue => counts(cue) && cue.Covers(token)))
                return true;
        }
        return false;
    }

    /// <summary>Whether a stop can be told of the item: the item is not in a relative clause the stop is outside of, the
    /// stop is not in an adverbial clause the item is outside of (a clause that only tells the circumstance), and neither
    /// is in a conjoined clause with a subject of its own that the other is outside of.</summary>
    private static bool Reaches(SentenceTree tree, Span stop, int item)
    {
        var stopHead = tree.HeadOfSpan(stop.First, stop.Last);
        if (tree.PathBetween(item, stopHead) is not { } path)
            return true;
        return !Crosses(tree, item, path.Up, token => tree.Tokens[token].DepRel == "acl:relcl" || tree.IsConjoinedClause(token))
               && !Crosses(tree, stopHead, path.Down, token => tree.Tokens[token].DepRel == "advcl" || tree.IsConjoinedClause(token));
    }

    /// <summary>Whether one of the first <paramref name="steps"/> steps up from <paramref name="token"/> leaves a
    /// dependent that is a <paramref name="boundary"/>.</summary>
    private static bool Crosses(SentenceTree tree, int token, int steps, Func<int, bool> boundary)
    {
        for (var step = 0; step < steps && token >= 0; step++, token = tree.HeadOf(token))
            if (boundary(token))
                return true;
        return false;
    }

    /// <summary>"India put the purchase of jets on hold": a prepositional stop idiom (its span holds its preposition)
    /// told of the verb whose object or passive subject the cue is; not a stop that is only the circumstance ("continued
    /// the deliveries despite the ban").</summary>
    private static bool StopBesideItsObject(SentenceTree tree, int cueHead, IReadOnlyList<Span> sentenceSpans, Func<Span, bool> isNegation)
    {
        if (cueHead < 0 || tree.Tokens[cueHead].DepRel is not ("obj" or "nsubj:pass") || tree.HeadOf(cueHead) is not (var verb and >= 0))
            return false;
        return sentenceSpans.Any(stop => IsStop(stop) && !isNegation(stop) && tree.HeadOfSpan(stop.First, stop.Last) is var head and >= 0
            && tree.HeadOf(head) == verb && tree.RelationOf(head) == "obl"
            && tree.ChildrenOf(head).Any(c => tree.RelationOf(c) == "case" && stop.Covers(c)));
    }

    /// <summary>"cited the EU ban on the export of military equipment", "imposed an embargo on arms sales": a stop noun
    /// and the phrase right after it that says what it stops, which the parser hangs on the verb beside the noun (the
    /// cue or the item an oblique "on", "of" or "against" of the verb whose object the stop is, its preposition the stop's
    /// next word).</summary>
    private static bool StopBeforeItsComplement(SentenceTree tree, int token, IReadOnlyList<Span> sentenceSpans, Func<Span, bool> isNegation)
    {
        if (token < 0 || tree.RelationOf(token) != "obl" || tree.HeadOf(token) is not (var verb and >= 0))
            return false;
        var marker = tree.ChildrenOf(token).FirstOrDefault(c => tree.RelationOf(c) == "case", -1);
        if (marker < 0 || tree.LowerLemmaOf(marker) is not ("on" or "of" or "against"))
            return false;
        return sentenceSpans.Any(stop => IsStop(stop) && !isNegation(stop) && stop.Last + 1 == marker
            && tree.HeadOfSpan(stop.First, stop.Last) is var head and >= 0 && tree.HeadOf(head) == verb && tree.RelationOf(head) == "obj");
    }

    /// <summary>The stage cue that is the object noun of the light verb the candidate's cue (or, without a cue on its path,
    /// its item) is an oblique of: "held [talks] ... on the supply of", "expressed [interest] in"; only a request,
    /// negotiation or offer, not negated; null when there is none.</summary>
    private static Span? LightVerbNoun(SentenceTree tree, ClaimCandidate candidate, IReadOnlyList<Span> sentenceSpans)
    {
        var token = candidate.CueOnPath ? candidate.CueHead : candidate.ItemHead;
        if (token < 0 || tree.RelationOf(token) != "obl" || tree.HeadOf(token) is not (var verb and >= 0) || tree.Tokens[verb].Upos != Upos.Verb)
            return null;
        return sentenceSpans.FirstOrDefault(cue => cue.Kind == SpanKind.StageCue && cue.CueStage is Stage.Request or Stage.Negotiation or Stage.Offer
            && tree.ChildrenOf(verb).Any(c => tree.RelationOf(c) == "obj" && cue.Covers(c)) && !NegatedOn(tree, cue, sentenceSpans));
    }

    /// <summary>"Sales of cluster munitions remain suspended", "the deal stays frozen": a stop that is the predicate of a
    /// verb whose subject the cue is.</summary>
    private static bool StopIsItsPredicate(SentenceTree tree, int cueHead, IReadOnlyList<Span> sentenceSpans) =>
        cueHead >= 0 && tree.RelationOf(cueHead) == "nsubj" && tree.HeadOf(cueHead) is var verb and >= 0
        && tree.ChildrenOf(verb).Any(c => tree.RelationOf(c) == "xcomp" && sentenceSpans.Any(stop => IsStop(stop) && stop.Covers(c)));

    /// <summary>Whether the candidate's own cue is a stop and the item one of its arguments: its object, its passive
    /// subject, or a phrase with a preposition ("regarding the Su-35"); a bare noun the parser hung on it is not.</summary>
    private static bool StopTakesItem(SentenceTree tree, ClaimCandidate candidate) =>
        candidate is { Cue: { } cue, CueOnPath: true } && IsStop(cue) && candidate.ItemHead >= 0 && cue.Covers(tree.HeadOf(candidate.ItemHead))
        && (tree.Tokens[candidate.ItemHead].DepRel is "obj" or "nsubj:pass"
            || tree.RelationOf(candidate.ItemHead) is "obl" or "nmod" && tree.CaseMarkerOf(candidate.ItemHead) is not null);

    /// <summary>Whether the token is the object (or the passive subject) of another cue of the candidate's chain ("approve the
    /// sale", "the deal was not signed") or of a verb of intent ("does not plan any purchases"); a stop's object
    /// ("rejected Poland's request") is the stop rule's.</summary>
    private static bool IsObjectOfCue(SentenceTree tree, int token, ClaimCandidate candidate, IReadOnlyList<Span> sentenceSpans) =>
        (tree.RelationOf(token) == "obj" || tree.Tokens[token].DepRel == "nsubj:pass") && tree.HeadOf(token) is var governor and >= 0
        && (candidate.Chain.Any(cue => cue.Covers(governor) && !IsStop(cue))
            || sentenceSpans.Any(cue => cue.Kind == SpanKind.CertaintyCue && cue.Name == IntentCue && cue.Covers(governor)));

    // The certainty pattern of verbs of intent and expectation ("plan", "intend", "expect"): their object is what is intended.
    private const string IntentCue = "expect";

    /// <summary>"unlikely to agree to sell": a to-infinitive the parser attached as an adverbial clause is still the
    /// complement of the word before it; "no plans to sell", "no intention of exporting": a to-infinitive or an
    /// of-gerund that completes a noun is the noun's.</summary>
    private static bool IsInfinitive(SentenceTree tree, int token) => tree.RelationOf(token) switch
    {
        "advcl" => tree.ChildrenOf(token).Any(c => tree.RelationOf(c) == "mark" && tree.Tokens[c].Text == "to"),
        "acl" => tree.ChildrenOf(token).Any(c => tree.RelationOf(c) == "mark" && tree.Tokens[c].Text is "to" or "of"),
        _ => false,
    };

    /// <summary>Whether the item's phrase follows an "in favour of" cue with only its own modifiers between.</summary>
    private static bool IsChosenAlternative(SentenceTree tree, Span item, IReadOnlyList<Span> sentenceSpans) =>
        sentenceSpans.Any(cue => cue.Kind == SpanKind.StageCue && cue.Name == FavourCue && cue.Last < item.First
            && Enumerable.Range(cue.Last + 1, item.First - cue.Last - 1).All(k => tree.Tokens[k].Upos is Upos.Det or Upos.Adj or Upos.Propn
                or Upos.Num or Upos.Cconj or Upos.Noun || tree.Tokens[k].Text is "," or "-"));

    // The stage pattern of "in favour of" (data/patterns/stage-cues.patterns).
    private const string FavourCue = "in-favour-of";

    /// <summary>The root of a sentence that is a bare to-infinitive with no auxiliary ("Korea to export KT-1 trainers"),
    /// else -1.</summary>
    private static int InfinitiveRoot(SentenceTree tree)
    {
        for (var i = 0; i < tree.Tokens.Length; i++)
            if (tree.HeadOf(i) < 0)
                return tree.Tokens[i].Upos == Upos.Verb
                       && tree.ChildrenOf(i).Any(c => tree.RelationOf(c) == "mark" && tree.Tokens[c].Text.Equals("to", StringComparison.OrdinalIgnoreCase))
                       && !tree.ChildrenOf(i).Any(c => tree.RelationOf(c) is "aux" or "aux:pass") ? i : -1;
        return -1;
    }

    private static readonly Lazy<HashSet<string>> EventVerbs =
        new(() => DataFile.ReadSet(Path.Combine(ShippedFiles.DataDirectory, "extraction", "event-verbs.txt")));

    private static bool IsStop(Span span) => span.CueStage == Stage.Cancellation;
}
