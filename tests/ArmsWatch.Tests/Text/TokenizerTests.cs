using ArmsWatch.Text;

namespace ArmsWatch.Tests.Text;

public class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = Tokenizer.LoadDefault();

    private static string[] Tokens(string text) => Tokenizer.Tokenize(text).Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("U.S. officials", "U.S.|officials")]
    [InlineData("by Dec. 31, 2001.", "by|Dec.|31|,|2001|.")]
    [InlineData("Gen. Frank Lozano", "Gen.|Frank|Lozano")]
    [InlineData("then-U.S. Vice President Albert Gore", "then|-|U.S.|Vice|President|Albert|Gore")]
    [InlineData("the KF-X. The jets", "the|KF-X|.|The|jets")]
    [InlineData("George W. Bush", "George|W.|Bush")]
    [InlineData("a $1.83 billion package", "a|$|1.83|billion|package")]
    [InlineData("up to $7 billion", "up|to|$|7|billion")]
    [InlineData("2,400 drones", "2,400|drones")]
    [InlineData("US$20 million", "US$|20|million")]
    [InlineData("over $3bn.", "over|$|3|bn|.")]
    public void Keeps_abbreviations_numbers_and_money_as_EWT_does(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("S-300PMU-2")]
    [InlineData("Su-30MK")]
    [InlineData("MiG-29")]
    [InlineData("T-72")]
    [InlineData("Tor-M1")]
    [InlineData("MiG-29M/M2")]
    [InlineData("AN/TPY-2")]
    public void Keeps_weapon_designations_whole(string designation) =>
        Assert.Equal([designation, "systems"], Tokens(designation + " systems"));

    [Fact]
    public void Keeps_project_numbers_whole() =>
        Assert.Equal(["Project", "877EKM", "diesel", "submarines"], Tokens("Project 877EKM diesel submarines"));

    [Theory]
    [InlineData("Iran's ambassador", "Iran|'s|ambassador")]
    [InlineData("Iran’s ambassador", "Iran|'s|ambassador")]
    [InlineData("wouldn't specify", "would|n't|specify")]
    [InlineData("won't sell", "wo|n't|sell")]
    [InlineData("can't", "ca|n't")]
    [InlineData("the countries' exports", "the|countries|'|exports")]
    public void Splits_clitics_the_way_EWT_does(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Theory]
    [InlineData("air-defense system", "air|-|defense|system")]
    [InlineData("anti-ship missiles", "anti-ship|missiles")]
    [InlineData("Russian-made arms", "Russian|-|made|arms")]
    public void Splits_hyphenated_words_but_keeps_prefixed_ones(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens(text));

    [Fact]
    public void Separates_punctuation_and_quotes() =>
        Assert.Equal(["\"", "We", "will", "not", "sell", ",", "\"", "he", "said", "."], Tokens("\"We will not sell,\" he said."));

    [Fact]
    public void Offsets_point_at_the_original_characters()
    {
        const string text = "Iran’s “offensive” arms";
        foreach (var token in Tokenizer.Tokenize(text))
            Assert.Equal(token.End - token.Start, token.Text.Length);
        Assert.Equal("’s", text[4..6]);
    }

    [Fact]
    public void Splits_a_sentence_glued_to_the_next() =>
        Assert.Equal(["to", "Poland", ".", "According", "to"], Tokens("to Poland.According to"));
}
