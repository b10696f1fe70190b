using ArmsWatch.Documents;
using ArmsWatch.Knowledge;
using ArmsWatch.Text;

namespace ArmsWatch.Tests.Knowledge;

public class LexiconTests
{
    private static readonly Tokenizer Tokenizer = Tokenizer.LoadDefault();
    private static readonly string KnowledgeDirectory = Path.Combine(ShippedFiles.DataDirectory, "knowledge");
    private static readonly EntityRecognizer Recognizer = new(
        StateLexicon.Load(KnowledgeDirectory, Tokenizer), WeaponLexicon.Load(KnowledgeDirectory), TrainingFinder.Load(KnowledgeDirectory));
    private static readonly TextAnalyzer Text = new(Tokenizer, SentenceSplitter.LoadDefault());

    private static Sentence Sentence(string text) => Text.Sentences(text).Single();

    private static EntityMention Entity(string text) => Recognizer.FindEntities(Sentence(text)).Single();

    private static WeaponMention Weapon(string text) => Recognizer.FindWeapons(Sentence(text)).Single();

    [Theory]
    [InlineData("Russia said so.", "RUS", EntityKind.State)]
    [InlineData("The Kremlin insists.", "RUS", EntityKind.Metonym)]
    [InlineData("Tehran wants more.", "IRN", EntityKind.Metonym)]
    [InlineData("the United States said", "USA", EntityKind.State)]
    [InlineData("U.S. officials said", "USA", EntityKind.State)]
    [InlineData("Iranian generals said", "IRN", EntityKind.Demonym)]
    [InlineData("the Soviet Union exported", "SUN", EntityKind.State)]
    [InlineData("Rosoboronexport signed", "RUS", EntityKind.Organisation)]
    [InlineData("the White House said", "USA", EntityKind.Metonym)]
    public void Names_resolve_to_their_state(string text, string code, EntityKind kind)
    {
        var mention = Entity(text);
        Assert.Equal(code, mention.Entity.State);
        Assert.Equal(kind, mention.Entity.Kind);
    }

    [Fact]
    public void Outlets_are_known_but_stand_for_no_state() =>
        Assert.Equal(EntityKind.Outlet, Entity("according to Interfax").Entity.Kind);

    [Fact]
    public void A_state_name_inside_a_based_compound_is_not_the_state() =>
        Assert.Empty(Recognizer.FindEntities(Sentence("the Moscow-based Center for Analysis")));

    [Theory]
    [InlineData("the S-300PMU-2 air defense system", "S-300", WeaponCategory.AirDefence, "S-300PMU-2 air defense system")]
    [InlineData("such as Tor-M1 air defense systems", "Tor", WeaponCategory.AirDefence, "Tor-M1 air defense systems")]
    [InlineData("three Project 877EKM diesel submarines", "Kilo", WeaponCategory.Ships, "Project 877EKM diesel submarines")]
    [InlineData("16 Su-30MKA aircraft", "Su-30", WeaponCategory.Aircraft, "Su-30MKA aircraft")]
    [InlineData("the F-16s", "F-16", WeaponCategory.Aircraft, "F-16s")]
    [InlineData("four German Leopard 2 tanks", "Leopard 2", WeaponCategory.ArmouredVehicles, "Leopard 2 tanks")]
    public void Designations_map_to_their_family(string text, string family, WeaponCategory category, string item)
    {
        var sentence = Sentence(text);
        var weapon = Weapon(text);
        Assert.Equal(family, weapon.System);
        Assert.Equal(category, weapon.Category);
        Assert.Equal(item, sentence.Text[(sentence.Tokens[weapon.First].Start - sentence.Start)..(sentence.Tokens[weapon.Last].End - sentence.Start)]);
    }

    [Fact]
    public void An_uncatalogued_designation_takes_the_category_of_its_noun()
    {
        var weapon = Weapon("the new Zircon-3M cruise missiles");
        Assert.Equal("Zircon-3", weapon.System);
        Assert.Equal(WeaponCategory.Missiles, weapon.Category);
    }

    [Theory]
    [InlineData("fighter jets", WeaponCategory.Aircraft)]
    [InlineData("armored personnel carriers", WeaponCategory.ArmouredVehicles)]
    [InlineData("surface-to-air missiles", WeaponCategory.AirDefence)]
    [InlineData("anti-ship missiles", WeaponCategory.Missiles)]
    [InlineData("patrol boats", WeaponCategory.Ships)]
    [InlineData("weapons", WeaponCategory.Unspecified)]
    [InlineData("military goods", WeaponCategory.Unspecified)]
    [InlineData("anti-tank rockets", WeaponCategory.Missiles)] // the contract: missiles, bombs and rockets
    [InlineData("self-propelled guns", WeaponCategory.Artillery)]   // SIPRI's descriptions (weapon-descriptions.tsv)
    [InlineData("portable SAMs", WeaponCategory.AirDefence)]
    [InlineData("anti-submarine sonars", WeaponCategory.Sensors)]
    public void Generic_terms_carry_their_category(string text, WeaponCategory category)
    {
        var weapon = Weapon(text);
        Assert.Null(weapon.System);
        Assert.Equal(category, weapon.Category);
    }

    [Theory]
    [InlineData("Toronto police")]
    [InlineData("the patriotic speech")]
    [InlineData("kilometers away")]
    public void Family_names_do_not_match_inside_ordinary_words(string text) =>
        Assert.Empty(Recognizer.FindWeapons(Sentence(text)));
}
