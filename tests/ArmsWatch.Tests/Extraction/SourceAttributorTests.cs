using ArmsWatch.Documents;
using ArmsWatch.Extraction;

namespace ArmsWatch.Tests.Extraction;

/// <summary>Who a claim is attributed to, read from the tree first, on sentences written for it.</summary>
public class SourceAttributorTests
{
    private static IReadOnlyList<Claim> Claims(string text) => ExtractedClaims.Of(text);

    /// <summary>Asserts that a claim of <paramref name="text"/> is attributed to <paramref name="source"/>.</summary>
    private static void AssertAttributedTo(string text, string source) => Assert.Contains(Claims(text), claim => claim.Source == source);

    [Fact]
    public void The_subject_of_a_speech_verb_after_the_claim_is_the_source() =>
        Assert.Contains(Claims("Russia delivered 12 Su-30 fighters to Algeria last month, defence analyst Ruslan Pukhov said."),
            claim => claim.Source is { } source && source.EndsWith("Pukhov", StringComparison.Ordinal));

    [Fact]
    public void According_to_a_statement_the_source_is_who_made_it() =>
        AssertAttributedTo("Russia delivered 12 Su-30 fighters to Algeria, according to a statement by Rosoboronexport.", "Rosoboronexport");

    [Fact]
    public void A_speaker_named_by_a_role_is_the_last_of_that_kind_the_article_named() =>
        AssertAttributedTo("Naval Group opened a new yard in Lorient on Monday. Greece will buy four FDI frigates from France, the company said.", "Naval Group");

    [Fact]
    public void A_speaker_after_the_speech_verb_read_as_its_object_is_the_source() =>
        AssertAttributedTo("The Bayraktar TB2 drones bought from Turkey were delivered to Ukraine, said President of Ukraine Petro Poroshenko.", "Petro Poroshenko");

    [Theory]
    [InlineData("Russia delivered 12 Su-30 jets to Algeria, as reported by Interfax.", "Interfax")]
    [InlineData("As noted by Rosoboronexport, Algeria received 14 Su-35 jets from Russia.", "Rosoboronexport")]
    public void The_agent_of_a_passive_speech_verb_is_the_source(string text, string source) =>
        AssertAttributedTo(text, source);

    [Theory]
    [InlineData("The Indonesian Navy said it received two frigates from the Netherlands.", "Indonesian Navy")]
    [InlineData("The Pakistan Air Force said it received 12 JF-17 jets from China.", "Pakistan Air Force")]
    [InlineData("Kazakhstan will buy 12 Su-30 jets from Russia, the Ministry of Defence said.", "Ministry of Defence")]
    public void A_state_s_service_or_ministry_is_named_as_the_phrase_names_it(string text, string source) =>
        AssertAttributedTo(text, source);

    [Fact]
    public void A_ministry_named_by_its_role_alone_is_the_last_organisation_named() =>
        AssertAttributedTo("Rosoboronexport signed the contract in Moscow. Algeria will receive 14 Su-35 jets from Russia, the ministry said.", "Rosoboronexport");

    [Fact]
    public void A_role_word_is_the_last_organisation_whose_name_holds_it() =>
        AssertAttributedTo("The Defense Security Cooperation Agency notified Congress on Monday. "
                           + "The State Department approved the sale of 12 F-16 jets to Jordan, the agency said.",
            "Defense Security Cooperation Agency");

    [Fact]
    public void An_outlet_that_names_the_speaking_agency_is_the_source() =>
        AssertAttributedTo("Russia will deliver 12 Su-35 jets to Iran, Sputnik news agency reported.", "Sputnik");

    [Theory]
    [InlineData("WASHINGTON (Reuters) - The State Department approved the possible sale of F-16 jets to Jordan, the Pentagon said.", "WASHINGTON")]
    [InlineData("BELGRADE --- Serbia has received four MiG-29 jets from Belarus, Defence Minister Aleksandar Vulin said.", "BELGRADE")]
    public void A_dateline_is_not_the_speaker(string text, string dateline) =>
        Assert.All(Claims(text), claim => Assert.NotEqual(dateline, claim.Source));

    [Fact]
    public void A_state_speaking_gives_no_source() =>
        Assert.All(Claims("Russia said it had delivered S-400 missiles to Turkey."), claim => Assert.Null(claim.Source));

    [Fact]
    public void The_Pentagon_is_a_department_that_speaks_the_Kremlin_a_state() // the contract: a named department is a source
    {
        AssertAttributedTo("Iran delivered Shahed drones to Russia, the Pentagon said.", "Pentagon");
        Assert.All(Claims("Iran delivered Shahed drones to Russia, the Kremlin said."), claim => Assert.Null(claim.Source));
    }

    [Fact]
    public void A_hyphenated_name_is_written_as_the_text_writes_it() =>
        AssertAttributedTo("South Korea will sell K2 tanks to Poland, Yoon Suk-yeol said.", "Yoon Suk-yeol");

    [Fact]
    public void A_speaker_named_after_a_title_is_the_name_alone() =>
        AssertAttributedTo("Turkey will receive S-400 missiles from Russia in July, Foreign Minister Mevlut Cavusoglu said.", "Mevlut Cavusoglu");

    [Theory]
    [InlineData("reiterated")]
    [InlineData("tweeted")]
    [InlineData("has revealed")]
    [InlineData("wrote")]
    public void A_speech_verb_is_read_in_any_inflection(string verb) =>
        AssertAttributedTo($"Defence analyst Ruslan Pukhov {verb} that Russia delivered 12 Su-30 fighters to Algeria last month.", "Ruslan Pukhov");

    [Fact]
    public void A_noun_of_saying_is_no_speech_verb()
    {
        var lexicon = AttributionLexicon.Load(Path.Combine(ShippedFiles.DataDirectory, "extraction"));
        Assert.True(lexicon.IsSpeechVerb(new Token("reports", 0, 7) { Upos = Upos.Verb, Lemma = "report" }));
        Assert.False(lexicon.IsSpeechVerb(new Token("reports", 0, 7) { Upos = Upos.Noun, Lemma = "report" }));
        Assert.True(lexicon.IsSpeechVerb(new Token("According", 0, 9) { Upos = Upos.Verb, Lemma = "accord" }));
    }

    [Fact]
    public void He_is_the_last_person_quoted_or_else_named_never_an_outlet()
    {
        AssertAttributedTo("Ukraine's foreign minister Dmytro Kuleba visited Washington on Monday. He also revealed that Kyiv asked the United States for Patriot missiles.", "Dmytro Kuleba");
        var afterAnOutlet = Claims("Israel refused to sell Iron Dome systems to Ukraine, Yedioth Ahronoth revealed. He also said that Kyiv asked the United States for Patriot missiles.");
        Assert.Contains(afterAnOutlet, claim => claim.Item.Contains("Patriot", StringComparison.Ordinal));
        Assert.DoesNotContain(afterAnOutlet, claim => claim.Item.Contains("Patriot", StringComparison.Ordinal) && claim.Source == "Yedioth Ahronoth");
    }

    [Theory]
    [InlineData("Interfax quoted Deputy Prime Minister Yuri Borisov as saying that Russia will deliver S-400 systems to India.")]
    [InlineData("Russia will deliver S-400 systems to India, Tass reported Deputy Prime Minister Yuri Borisov as saying.")]
    public void The_one_an_outlet_quotes_as_saying_is_the_source(string text) =>
        AssertAttributedTo(text, "Yuri Borisov");

    [Fact]
    public void An_official_of_a_named_body_speaks_for_the_body() =>
        AssertAttributedTo("A State Department official told reporters that the United States will sell F-16 jets to Turkey.", "State Department");

    [Fact]
    public void A_person_a_body_names_by_title_is_the_source() =>
        AssertAttributedTo("The United States will sell F-16 jets to Turkey, according to the Pentagon's spokesman John Kirby.", "John Kirby");

    [Fact]
    public void A_capitalised_function_word_names_no_one() =>
        Assert.All(Claims("As noted earlier, Japan selected the Patria AMV vehicles from Finland."), claim => Assert.NotEqual("As", claim.Source));
}
