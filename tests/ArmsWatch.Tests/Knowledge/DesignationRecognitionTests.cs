using ArmsWatch.Documents;
using ArmsWatch.Knowledge;
using ArmsWatch.Text;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Knowledge;

/// <summary>The catalogue's names found in text (issue #17): variants, spacing and hyphenation, longest match first,
/// and the traps where a designation's fragment is an ordinary word or a name.</summary>
public class DesignationRecognitionTests
{
    private static readonly Tokenizer Tokenizer = Tokenizer.LoadDefault();
    private static readonly string KnowledgeDirectory = Path.Combine(ShippedFiles.DataDirectory, "knowledge");
    private static readonly EntityRecognizer Recognizer = new(
        StateLexicon.Load(KnowledgeDirectory, Tokenizer), WeaponLexicon.Load(KnowledgeDirectory), TrainingFinder.Load(KnowledgeDirectory));
    private static readonly TextAnalyzer Text = new(Tokenizer, SentenceSplitter.LoadDefault());

    /// <summary>The systems (not generic equipment) a sentence names, with the text each covers.</summary>
    private static List<(string Text, WeaponMention Weapon)> Systems(string text)
    {
        var sentence = Text.Sentences(text).Single();
        return Recognizer.FindWeapons(sentence).Where(w => !w.IsGeneric).Select(w =>
            (sentence.Text[(sentence.Tokens[w.First].Start - sentence.Start)..(sentence.Tokens[w.Last].End - sentence.Start)], w)).ToList();
    }

    /// <summary>The same sentences tagged and parsed, as the pipeline reads them (context rules read parts of speech).</summary>
    private static List<Span> SystemSpans(string text) =>
        RegisterTestData.Pipeline.Analyze(new SourceDocument("test", text)).Spans.Where(s => s.Kind == SpanKind.Weapon && s.Family is not null).ToList();

    [Theory]
    [InlineData("India ordered Su-30MKI fighters.", "Su-30MKI fighters")]
    [InlineData("India ordered Su 30 MKI fighters.", "Su 30 MKI fighters")]
    [InlineData("India ordered SU-30 MKI fighters.", "SU-30 MKI fighters")]
    [InlineData("India ordered Su30MKI fighters.", "Su30MKI fighters")]
    [InlineData("India ordered Su-30 fighters.", "Su-30 fighters")]
    public void A_designation_is_one_name_whatever_its_spacing_hyphenation_and_case(string text, string item)
    {
        var (written, weapon) = Assert.Single(Systems(text));
        Assert.Equal(item, written);
        Assert.Equal(("Su-30", "RUS", "Sukhoi"), (weapon.System, weapon.Origin, weapon.Maker));
    }

    [Fact]
    public void A_number_after_a_name_that_needs_context_is_its_variant() =>
        Assert.Equal("Agosta", Assert.Single(SystemSpans("Pakistan bought the Agosta 70 from France.")).Family);

    [Theory]
    [InlineData("DL Chris Smith 29 tackles, 1 assist.")]
    [InlineData("Heritage: Armani Sheffield 19 points and 3 steals.")]
    [InlineData("Palm Bay: Noah Jackson 1 goal.")]
    public void A_number_after_the_last_word_of_a_longer_name_is_a_score_or_an_age(string text) =>
        Assert.Empty(SystemSpans(text));

    [Theory]
    [InlineData("Russia will ship 12 howitzers to India.")]
    [InlineData("The ship 12 miles offshore carried engines.")]
    public void A_description_sipri_qualifies_is_no_name(string text) =>
        // SIPRI's "ship engine AIP" is a description with a qualifier, not a designation whose name is "ship".
        Assert.Empty(SystemSpans(text));

    [Theory]
    [InlineData("the S-300PMU2 air defence system", "S-300", "S-300PMU2")]
    [InlineData("the S 300 PMU-2 systems", "S-300", null)]
    [InlineData("three Project 877EKM submarines", "Kilo", null)]
    [InlineData("24 EMB-314 aircraft", "A-29 Super Tucano", "EMB-314 Super Tucano")]
    [InlineData("the A-29 Super Tucano light attack aircraft", "A-29 Super Tucano", "EMB-314 Super Tucano")]
    [InlineData("four Mirage 2000-5 jets", "Mirage 2000", null)]
    [InlineData("the Leopard 2A6 tanks", "Leopard 2", null)]
    [InlineData("AIM-9X missiles", "AIM-9", "AIM-9X")]
    [InlineData("the AMX-10 RC armoured cars", "AMX-10", "AMX-10RC")]
    [InlineData("old T-54 tanks", "T-54", "T-54")]
    public void Variants_take_their_family_longest_name_first(string text, string family, string? designation)
    {
        var (_, weapon) = Assert.Single(Systems(text));
        Assert.Equal(family, weapon.System);
        if (designation is not null)
            Assert.Equal(designation, weapon.Designation);
    }

    [Fact]
    public void Block_70_is_a_variant_of_the_F16_not_the_verb_block()
    {
        var (written, weapon) = Assert.Single(Systems("Bulgaria ordered eight F-16 Block 70 jets."));
        Assert.Equal(("F-16 Block 70 jets", "F-16"), (written, weapon.System));
        Assert.Equal("Block 52 F-16s", Assert.Single(Systems("Greece flies Block 52 F-16s.")).Text);
        Assert.Empty(Systems("Congress may block the sale."));
    }

    [Fact]
    public void Type_214_is_a_designation_not_the_word_type()
    {
        var (written, weapon) = Assert.Single(Systems("Greece bought four Type 214 submarines."));
        Assert.Equal(("Type 214 submarines", "Type 214", "DEU"), (written, weapon.System, weapon.Origin));
    }

    [Fact]
    public void K2_is_a_tank_beside_tanks_but_not_a_mountain()
    {
        var spans = SystemSpans("Poland ordered 180 K2 tanks. Climbers died on K2 in the Himalayas.");
        var tank = Assert.Single(spans);
        Assert.Equal(("K2", WeaponCategory.ArmouredVehicles, "KOR", "Hyundai Rotem"), (tank.Family, tank.Category!.Value, tank.Origin, tank.Maker));
        Assert.Equal(0, tank.Sentence);
    }

    [Theory]
    [InlineData("The Mistral missiles were delivered.", WeaponCategory.AirDefence)]
    [InlineData("The Mistral ships were delivered.", WeaponCategory.Ships)]
    [InlineData("France sold Tiger helicopters.", WeaponCategory.Aircraft)]
    public void Systems_written_alike_are_told_apart_by_the_noun_after_them(string text, WeaponCategory category) =>
        Assert.Equal(category, Assert.Single(Systems(text)).Weapon.Category);

    [Theory]
    [InlineData("Hyundai Rotem signed the contract.")]
    [InlineData("Airbus space systems head Jean-Marc Nasr said so.")]
    [InlineData("It carried a 1-2 kilogram charge.")]
    [InlineData("The tiger and the hawk are animals.")]
    [InlineData("Boeing Defense chief Stan Deal said.")]
    public void Firms_people_and_words_are_no_systems(string text) => Assert.Empty(Systems(text));

    [Fact]
    public void A_ships_name_that_is_a_persons_needs_its_class_or_a_navy_prefix()
    {
        Assert.Empty(Systems("Nasser said the talks went well."));
        Assert.Equal("Sovremenny", Assert.Single(Systems("two Sovremennyy-class destroyers")).Weapon.System);
    }

    [Fact]
    public void A_joint_programme_has_no_single_origin_but_all_its_partners()
    {
        var (_, weapon) = Assert.Single(Systems("Qatar ordered 24 Eurofighter Typhoon jets."));
        Assert.Null(weapon.Origin);
        Assert.Equal(["GBR", "DEU", "ITA", "ESP"], weapon.Origins);
        var brahmos = Assert.Single(Systems("the BrahMos missiles")).Weapon;
        Assert.Equal("IND", brahmos.Origin);
        Assert.Equal(["IND", "RUS"], brahmos.Origins);
        Assert.Equal("ISR", Assert.Single(Systems("the Iron Dome system")).Weapon.Origin);
    }

    [Fact]
    public void The_catalogue_holds_thousands_of_designations_each_with_family_category_and_origin_or_partners()
    {
        var lexicon = WeaponLexicon.Load(KnowledgeDirectory);
        Assert.True(lexicon.Systems.Count >= 3500, $"{lexicon.Systems.Count} designations");
        Assert.All(lexicon.Systems, system => Assert.True(system.Family.Length > 0 && (system.Origin is not null || system.Origins.Length > 1),
            system.Designation));
    }
}
