using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Extraction;

/// <summary>The polarity rules and the other general facts kept as rules, on sentences written for them.</summary>
public class PolarityRulesTests
{
    private static IReadOnlyList<Claim> Claims(string text) => ExtractedClaims.Of(text);

    [Theory]
    [InlineData("Germany will not sell tanks to Saudi Arabia.")]
    [InlineData("We are not going to sell you the F-35 fighter jets, the official told Turkey.")]
    [InlineData("Germany refused to deliver Leopard tanks to Qatar.")]
    [InlineData("The minister said no Hawk jets would be sold to Indonesia.")]
    [InlineData("Germany will no longer supply Leopard tanks to Turkey.")]
    [InlineData("Last year Russia delivered no S-300 missiles to Iran.")]
    [InlineData("The Pentagon did not approve the sale of F-35 jets to Turkey.")]
    [InlineData("The minister said Peru does not plan any new purchases of fighter jets.")]
    [InlineData("Israel has no plans to sell Iron Dome systems to Ukraine.")]
    [InlineData("Germany has no intention to deliver Taurus missiles to Ukraine.")]
    [InlineData("The government excludes the sale of Leopard tanks to Saudi Arabia.")]
    [InlineData("The ministry denied the purchase of Su-35 fighters from Russia.")]
    [InlineData("Japan has no intention of exporting Patriot missiles to Ukraine.")]
    [InlineData("Sweden has decided against selling Gripen jets to Colombia.")]
    [InlineData("Brazil ruled out selling Leopard tanks to Ukraine.")]
    [InlineData("Iran denies buying drones from North Korea.")]
    [InlineData("Belarus again denies supplying artillery shells to Russia.")]   // the gerund parsed as the object's modifier
    [InlineData("Belarus denies sending tanks to Russia")]                        // the gerund left unlabelled ("dep")
    [InlineData("The deal for 12 Rafale jets with Indonesia was not signed.")]    // the cue the passive subject of a negated cue
    [InlineData("Russia has sent no troops, nor has it delivered S-300 missiles to Syria.")]     // a negating coordinator
    public void A_negation_on_the_cue_its_subject_or_object_or_the_verb_governing_it_reaches_the_transfer(string text) =>
        Assert.True(NegationReachesTheTransfer(text));

    [Theory]
    [InlineData("Germany will not sell tanks to Saudi Arabia.")]
    [InlineData("Germany refused to deliver Leopard tanks to Qatar.")]
    [InlineData("Last year Russia delivered no S-300 missiles to Iran.")]
    [InlineData("Canada will no longer export military goods to Israel.")]
    public void A_claim_whose_cue_a_negation_reaches_is_denied(string text) =>
        Assert.Contains(Claims(text), claim => claim.Certainty == Certainty.Denied && claim.IsNegative);

    /// <summary>Whether the rule finds a negation whose scope holds a transfer's cue, whatever the claim decision makes
    /// of the candidate.</summary>
    private static bool NegationReachesTheTransfer(string text)
    {
        var document = ExtractedClaims.Pipeline.Analyze(new SourceDocument("test", text));
        var trees = document.Trees;
        return CandidateFinder.Find(document).Any(candidate => candidate.Cue is not null && document.SpansIn(candidate.Sentence)
            .Any(span => span.Kind == SpanKind.NegationCue && PolarityRules.Negates(trees[candidate.Sentence], span, candidate, document.SpansIn(candidate.Sentence))));
    }

    [Fact]
    public void A_negation_on_a_verb_that_is_not_of_intent_does_not_reach_its_object() =>
        Assert.False(NegationReachesTheTransfer("The ministry did not disclose the value of the contract for the Rafale jets."));

    [Fact]
    public void A_negation_beside_a_plan_does_not_reach_it() =>
        Assert.False(NegationReachesTheTransfer("The plans to sell Iron Dome systems to Ukraine were not new."));

    [Fact]
    public void A_refusal_that_also_stops_stays_a_cancellation() =>
        Assert.Contains(Claims("Germany rejected the sale of Leopard tanks to Turkey."), claim => claim.Stage == Stage.Cancellation);

    [Theory]
    [InlineData("Brazil may buy Gripen jets from Sweden.", Certainty.Possible)]
    [InlineData("Armenia reportedly purchased rocket systems from India.", Certainty.Possible)]
    [InlineData("Indonesia is close to a deal for 42 Rafale jets from France.", Certainty.Possible)]
    [InlineData("Ukraine is to receive F-16 jets from Denmark.", Certainty.Planned)]
    [InlineData("Indonesia is considering buying Rafale jets from France.", Certainty.Possible)]
    [InlineData("Serbia signed a letter of intent for 12 Rafale jets from France.", Certainty.Planned)]
    public void A_hedge_or_a_plan_whose_scope_holds_the_stages_cue_decides_the_certainty(string text, Certainty certainty) =>
        Assert.Contains(Claims(text), claim => claim.Certainty == certainty);

    [Theory]
    [InlineData("Greece said delivery of the first six Rafale jets would begin in July.", Certainty.Planned)]
    [InlineData("The first shipments of the S-400 missiles are expected in June.", Certainty.Planned)]
    [InlineData("Delivery of the first six Rafale jets began in July.", Certainty.Fact)]
    public void A_hedge_on_the_verb_of_happening_is_said_of_its_event(string text, Certainty expected)
    {
        // The event noun ("delivery", "shipments") is the cue; "would begin", "are expected" tell when it happens.
        var (_, certainty) = RulesApplied(text, candidates => candidates.First());
        Assert.Equal(expected, certainty);
    }

    [Theory]
    [InlineData("Algeria held talks with Russia on the supply of Su-57 fighters.", "Su-57 fighters", Stage.Negotiation)]
    [InlineData("The Philippine Navy has expressed interest in two Scorpene submarines from France.", "Scorpene submarines", Stage.Request)]
    [InlineData("Russia delivered Su-57 fighters to Algeria after talks in Moscow.", "Su-57 fighters", Stage.Delivery)]
    public void The_noun_a_light_verb_takes_tells_the_step(string text, string item, Stage expected)
    {
        // The parser hangs the phrase on the light verb ("held", "expressed"); the decisions said a delivery.
        var (stage, _) = RulesApplied(text, Item(text, item));
        Assert.Equal(expected, stage);
    }

    [Fact]
    public void A_hedge_on_the_verb_whose_passive_subject_is_the_cue_is_said_of_it()
    {
        // "Deals ... will be signed": the cue ("deals") is what the hedged verb tells of; the decisions said fact.
        var (_, certainty) = RulesApplied("Deals for 12 Su-35 jets with Iran will be signed by the end of the year, Russia said.",
            candidates => candidates.First(c => c.Cue is not null), Stage.Agreement);
        Assert.Equal(Certainty.Planned, certainty);
    }

    [Theory]
    [InlineData("Indonesia abandoned plans to purchase jet fighters from Moscow in favor of US and French warplanes.", "warplanes", Stage.Request)]
    [InlineData("Indonesia abandoned plans to purchase jet fighters from Moscow in favor of US and French warplanes.", "jet fighters", Stage.Cancellation)]
    [InlineData("Peru dropped the MiG-29 deal in favour of 12 Gripen jets.", "Gripen jets", Stage.Request)]
    public void The_alternative_chosen_in_favour_of_is_wanted_not_stopped(string text, string item, Stage expected)
    {
        // The decisions said a cancellation, as the stop in the sentence suggests.
        var (stage, _) = RulesApplied(text, Item(text, item), Stage.Cancellation);
        Assert.Equal(expected, stage);
    }

    [Theory]
    [InlineData("Egypt ordered Rafale jets, which France had offered after the US suspended the sale of F-16s.", "Rafale jets", Stage.Agreement)]
    [InlineData("Egypt ordered Rafale jets, which France had offered after the US suspended the sale of F-16s.", "F-16s", Stage.Cancellation)]
    [InlineData("The first gunship was delayed after the US banned exports of the engines, which are part of the Mi-24 helicopter.", "Mi-24 helicopter", Stage.Agreement)]
    [InlineData("The first gunship was delayed after the US banned exports of the engines, which are part of the Mi-24 helicopter.", "engines", Stage.Cancellation)]
    [InlineData("Algeria refused further deliveries of MiG-29 jets, and Russia supplied 16 Su-30 jets to Algeria instead.", "Su-30 jets", Stage.Agreement)]
    [InlineData("Algeria refused further deliveries of MiG-29 jets, and Russia supplied 16 Su-30 jets to Algeria instead.", "MiG-29 jets", Stage.Cancellation)]
    public void A_stop_in_an_adverbial_or_conjoined_clause_of_its_own_or_outside_the_items_relative_clause_does_not_stop_it(string text, string item, Stage expected)
    {
        // The decisions said a cancellation, as the stop in the sentence suggests; their best other stage is an agreement.
        var (stage, _) = RulesApplied(text, Item(text, item), Stage.Cancellation, Stage.Agreement);
        Assert.Equal(expected, stage);
    }

    [Theory]
    [InlineData("Korea to export KT-1 trainers to Peru", Certainty.Planned)]
    [InlineData("Pakistan to supply 44 T-80UD tanks to Ukraine", Certainty.Planned)]
    [InlineData("Korea exports KT-1 trainers to Peru", Certainty.Fact)]
    [InlineData("Korea agreed to export KT-1 trainers to Peru.", Certainty.Fact)]   // the infinitive is not the root
    public void A_headline_s_bare_infinitive_is_planned(string text, Certainty expected)
    {
        var (_, certainty) = RulesApplied(text, candidates => candidates.First(c => c.Item.Family is not null || c.Item.Category == WeaponCategory.ArmouredVehicles));
        Assert.Equal(expected, certainty);
    }

    [Theory]
    [InlineData("A statement of intent had been signed for the 24 Typhoon aircraft.", Certainty.Planned)]
    [InlineData("Qatar signed a memorandum of understanding for 24 Typhoon aircraft.", Certainty.Planned)]
    [InlineData("A contract had been signed for the 24 Typhoon aircraft.", Certainty.Fact)]
    public void A_hedge_that_is_the_verb_s_argument_is_said_of_what_the_verb_tells(string text, Certainty expected)
    {
        // The decision said an agreement, a fact; a signed letter of intent makes it planned (the cue table).
        var (_, certainty) = RulesApplied(text, candidates => candidates.First(c => c.Item.Family is not null), Stage.Agreement);
        Assert.Equal(expected, certainty);
    }

    [Theory]
    [InlineData("Egypt and France signed agreements whereby Paris will supply Cairo with 24 Rafale jets.", Stage.Agreement)] // the supply is planned, the agreement signed
    [InlineData("The State Department approved a possible sale of F-16 jets to Turkey.", Stage.Offer)]                       // "possible" only qualifies the sale
    public void A_hedge_or_a_plan_on_another_word_leaves_a_fact(string text, Stage stage) =>
        Assert.Contains(Claims(text), claim => claim.Stage == stage && claim.Certainty == Certainty.Fact);

    [Theory]
    [InlineData("Brazil may buy Gripen jets from Sweden.", Stage.Request)]
    [InlineData("Tehran could purchase Su-35 jets from Russia next year.", Stage.Request)]
    [InlineData("Egypt may receive three Rafale jets from France this summer.", Stage.Delivery)] // a handover, only possible
    public void A_purchase_only_possible_is_wanted_not_agreed(string text, Stage stage) =>
        Assert.Contains(Claims(text), claim => claim.Stage == stage && claim.Certainty == Certainty.Possible);

    [Theory]
    [InlineData("Saudi Arabia discussed buying J-31 fighters with China.", Stage.Negotiation)]
    [InlineData("Talks on the sale of Rafale jets to Indonesia slowed.", Stage.Negotiation)]
    [InlineData("Iranian generals are interested in negotiating purchases of S-300 missiles from Russia.", Stage.Request)] // talks wanted, not held
    public void Talks_that_govern_the_transfer_are_a_negotiation_unless_they_are_only_wanted(string text, Stage stage) =>
        Assert.Contains(Claims(text), claim => claim.Stage == stage);

    [Theory]
    [InlineData("Moscow will probably offer to upgrade Iran's Su-25 attack planes.", Stage.Offer)]
    [InlineData("Russia is ready to supply S-400 missiles to Turkey.", Stage.Offer)]
    [InlineData("Russia promised to deliver the S-400 missiles to Turkey on time.", Stage.Delivery)] // a promise may be of an order
    [InlineData("Turkey offered to buy S-400 missiles from Russia.", Stage.Delivery)]                // the buyer's offer is no supplier's
    [InlineData("The State Department approved the export of F-16 jets to Turkey.", Stage.Offer)]
    [InlineData("Congress was told of the proposed sale of 20 F-16 jets to Chile.", Stage.Offer)]
    [InlineData("Its neutrality does not permit providing arms to Ukraine.", Stage.Delivery)]     // no approval: a denied delivery
    public void A_supplier_s_offer_or_approval_governing_the_transfer_is_an_offer(string text, Stage expected)
    {
        // Whatever stage the decision made of it (a delivery here), as the rules see it.
        var (stage, _) = RulesApplied(text, candidates => candidates.First());
        Assert.Equal(expected, stage);
    }

    [Theory]
    [InlineData("The $1.25 billion deal includes F-16 jets, ammunition and pilot training.", "training", Stage.Agreement)]
    [InlineData("The order also covers the delivery of one Saab 340 airliner.", "Saab 340", Stage.Agreement)]
    [InlineData("The contract, including four corvettes and two submarines, is worth $2 billion.", "corvettes", Stage.Agreement)]
    [InlineData("The first shipment includes 12 F-16 jets.", "F-16 jets", Stage.Delivery)] // a delivery's items are delivered
    public void What_a_contract_includes_is_agreed_with_it(string text, string item, Stage expected)
    {
        // Whatever stage the decision made of it (a delivery here), as the rules see it.
        var (stage, _) = RulesApplied(text, Item(text, item));
        Assert.Equal(expected, stage);
    }

    [Theory]
    [InlineData("Kongsberg has won a contract to deliver NSM missiles to the US Navy.", Stage.Agreement)]
    [InlineData("The contract for the delivery of 12 Mi-35 helicopters to Uzbekistan was signed in May.", Stage.Agreement)]
    [InlineData("Deliveries of the NSM missiles under the contract began in May.", Stage.Delivery)] // the delivery governs the contract
    public void A_delivery_that_completes_a_contract_is_agreed(string text, Stage expected)
    {
        var (stage, _) = RulesApplied(text, candidates => candidates.First(c => c.Item.Family is not null));
        Assert.Equal(expected, stage);
    }

    [Theory]
    [InlineData("Iran is interested in procuring anti-ship missiles from Russia.", Stage.Request)]
    [InlineData("Peru is considering buying Gripen jets from Sweden.", Stage.Request)]
    [InlineData("Iraq plans to buy 30 tanks from the United States.", Stage.Request)]
    [InlineData("Russia wants to sell S-400 missiles to Turkey.", Stage.Delivery)] // the supplier's wish is no request
    [InlineData("Iraq bought 30 tanks from the United States.", Stage.Delivery)]   // no wish: the decision's stage stands
    public void A_wish_or_plan_governing_a_purchase_is_a_request(string text, Stage expected)
    {
        // Whatever stage the decision made of it (a delivery here), as the rules see it.
        var (stage, _) = RulesApplied(text, candidates => candidates.First());
        Assert.Equal(expected, stage);
    }

    [Fact]
    public void A_negation_across_a_relative_clause_does_not_deny() =>
        Assert.False(NegationReachesTheTransfer("This is not the first time Vietnam is ordering L-39 aircraft from the Czech Republic."));

    [Theory]
    [InlineData("Sweden suspended the delivery of artillery to Turkey.")]
    [InlineData("Germany has ceased exporting weapons to Israel.")]
    [InlineData("Egypt stopped buying Russian fighter jets.")]
    [InlineData("Sales of cluster munitions to Saudi Arabia remain suspended.")]   // the stop is the predicate of the cue's verb
    public void A_stop_governing_the_transfer_is_a_cancellation(string text) =>
        Assert.Contains(Claims(text), claim => claim.Stage == Stage.Cancellation);

    [Theory]
    [InlineData("India put the purchase of 12 Su-30MKI fighters from Russia on hold.")]
    [InlineData("The sale of F-16 jets to Turkey was put on hold.")]
    [InlineData("The sale of Apache helicopters to Iraq has been put on ice.")]
    public void A_prepositional_stop_told_of_the_verb_whose_object_is_the_transfer_is_a_cancellation(string text) =>
        Assert.Contains(Claims(text), claim => claim.Stage == Stage.Cancellation);

    [Theory]
    [InlineData("Paris again cited the European Union (EU) ban on the sale of military equipment to Russia.")]
    [InlineData("The government extended its moratorium on weapons deliveries to Saudi Arabia.")]
    public void A_stop_noun_whose_complement_the_parser_hangs_on_the_verb_still_stops_it(string text)
    {
        var claims = Claims(text);
        Assert.NotEmpty(claims);
        Assert.All(claims, claim => Assert.Equal(Stage.Cancellation, claim.Stage));
    }

    [Theory]
    [InlineData("Talks on the sale of 36 Rafale jets to Brazil broke down.")]
    [InlineData("Argentina's purchase of JF-17 jets from China fell through.")]
    [InlineData("Brazil said the deal for six Scorpene submarines from France collapsed.")]
    public void Talks_or_a_deal_that_collapse_are_a_cancellation(string text) =>
        Assert.Contains(Claims(text), claim => claim.Stage == Stage.Cancellation);

    [Fact]
    public void A_stop_that_is_only_the_circumstance_is_no_cancellation() =>
        Assert.DoesNotContain(Claims("Russia continued the deliveries of S-400 missiles to Turkey despite the ban."), claim => claim.IsNegative);

    [Theory]
    [InlineData("Regarding the Su-35 jets, Indonesia has abandoned them.", Stage.Cancellation)]
    [InlineData("Germany suspended the Leopard tanks for Turkey.", Stage.Cancellation)]
    [InlineData("Germany delivered the Leopard tanks to Turkey.", Stage.Delivery)]
    public void A_stop_that_is_the_item_s_own_cue_is_a_cancellation(string text, Stage expected)
    {
        // Whatever stage the decision made of it (a delivery here), as the rules see it.
        var (stage, _) = RulesApplied(text, candidates => candidates.First(c => c.Item.Family is not null));
        Assert.Equal(expected, stage);
    }

    [Theory]
    [InlineData("The warplanes remain grounded for lack of spare parts.", Certainty.Denied)]
    [InlineData("The frigate sailed without its missiles.", Certainty.Denied)]
    [InlineData("The warplanes remain grounded, and spare parts are lacking.", Certainty.Denied)]
    [InlineData("The spare parts were not the problem.", Certainty.Fact)]
    public void With_no_cue_a_negation_the_item_hangs_on_denies_it(string text, Certainty expected)
    {
        // The sentence names no step of a transfer: the item stands for it.
        var (_, certainty) = RulesApplied(text, candidates =>
        {
            var candidate = Assert.Single(candidates, c => c.Item.Category != WeaponCategory.Aircraft && c.Item.Category != WeaponCategory.Ships);
            Assert.Null(candidate.Cue);
            return candidate;
        });
        Assert.Equal(expected, certainty);
    }

    /// <summary>The stage and certainty the rules give the chosen candidate of a text, the decisions having said
    /// <paramref name="decided"/> (a delivery), fact.</summary>
    /// <summary>Chooses the candidate whose item is <paramref name="item"/>'s words.</summary>
    private static Func<List<ClaimCandidate>, ClaimCandidate> Item(string text, string item) =>
        candidates => candidates.First(c => text[c.Item.Start..c.Item.End] == item);

    /// <param name="notStop">The decision's best stage other than a cancellation.</param>
    private static (Stage Stage, Certainty Certainty) RulesApplied(string text, Func<List<ClaimCandidate>, ClaimCandidate> choose,
        Stage decided = Stage.Delivery, Stage notStop = Stage.Delivery)
    {
        var document = ExtractedClaims.Pipeline.Analyze(new SourceDocument("test", text));
        var candidate = choose(CandidateFinder.Find(document));
        var features = ClaimFeatures.All;
        var view = new CandidateView(document, document.Trees[candidate.Sentence], candidate, new DocumentMemory(), features, features.NewList());
        return PolarityRules.Apply(document, view, decided, Certainty.Fact, () => notStop, () => Certainty.Fact, new HashSet<string>());
    }

    [Theory]
    [InlineData("Washington denied licences to export the jets to Venezuela.")]
    [InlineData("Germany refused permission to sell the tanks to Turkey.")]
    public void A_licence_denied_stops_the_transfer_it_would_allow(string text) =>
        Assert.Contains(Claims(text), claim => claim.Stage == Stage.Cancellation && claim.Certainty != Certainty.Denied);

    [Fact]
    public void No_claim_is_negative_without_a_word_that_stops_or_denies() =>
        Assert.All(Claims("Russia delivered S-400 missiles to Turkey in July. India ordered 36 Rafale jets from France."),
            claim => Assert.False(claim.IsNegative));

    [Fact]
    public void A_generic_word_of_the_system_s_category_carries_the_system_told_before()
    {
        var claims = Claims("India ordered 36 Rafale jets from France in 2016. France delivered the jets to India in 2020. France also delivered frigates and arms to India in 2021.");
        Assert.Equal("Rafale", Assert.Single(claims, c => c.Item == "jets").System);
        Assert.Null(Assert.Single(claims, c => c.Item == "frigates").System);
        Assert.Null(Assert.Single(claims, c => c.Item == "arms").System);
    }

    [Fact]
    public void A_verbless_fragment_continues_the_sentence_before_it()
    {
        var claims = Claims("Russia is unlikely to agree to sell the S-300 system to Iran. Or the Yakhont missiles, which have a long range.");
        var fragment = Assert.Single(claims, claim => claim.System == "Yakhont");
        Assert.Equal(Certainty.Unlikely, fragment.Certainty);
    }

    [Fact]
    public void Coordinated_recipients_each_get_a_claim()
    {
        var claims = Claims("South Korea has exported KT-1 trainers to Indonesia and Turkey.");
        Assert.Contains(claims, claim => claim.Recipient == "IDN");
        Assert.Contains(claims, claim => claim.Recipient == "TUR");
    }

    [Theory]
    [InlineData("Russia's assistance to Serbia will include 30 T-72 tanks, 30 BRDM-2 patrol vehicles and six MiG-29 fighter jets.")]
    [InlineData("China delivered VT-4 tanks, SH-15 howitzers and some armoured vehicles to Nigeria last year.")]
    public void Coordinated_items_each_get_a_claim_of_the_same_parties_and_stage(string text)
    {
        var claims = Claims(text);
        Assert.True(claims.Count >= 3, $"{claims.Count} claims");
        Assert.Single(claims.Select(claim => (claim.Supplier, claim.Recipient, claim.Stage, claim.Certainty)).Distinct());
    }

    [Fact]
    public void A_word_standing_for_the_equipment_beside_the_equipment_is_not_a_second_claim()
    {
        var claims = Claims("Egypt signed a $4 billion deal with France for 24 Rafale jets.");
        Assert.Contains(claims, claim => claim.System == "Rafale");
        Assert.DoesNotContain(claims, claim => claim.Item == "deal");
    }

    [Fact]
    public void Every_claim_carries_a_confidence_and_the_features_behind_it()
    {
        var claim = Assert.Single(Claims("France sold twelve Rafale jets to Egypt."));
        Assert.InRange(claim.Confidence!.Value, 0.0, 1.0);
        Assert.Contains(claim.Why!, reason => reason.StartsWith("claim: ", StringComparison.Ordinal));
        Assert.Contains(claim.Why!, reason => reason.StartsWith("recipient: ", StringComparison.Ordinal));
    }
}
