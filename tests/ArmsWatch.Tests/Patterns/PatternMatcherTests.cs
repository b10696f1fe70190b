using ArmsWatch.Documents;
using ArmsWatch.Patterns;

namespace ArmsWatch.Tests.Patterns;

public class PatternMatcherTests
{
    /// <summary>Tokens from "word/LEMMA/UPOS/DEP" strings, heads all on the first token.</summary>
    private static Token[] Tokens(string annotated)
    {
        var tokens = new List<Token>();
        var offset = 0;
        foreach (var part in annotated.Split(' '))
        {
            var fields = part.Split('/');
            var token = new Token(fields[0], offset, offset + fields[0].Length)
            {
                Lemma = fields.Length > 1 ? fields[1] : fields[0].ToLowerInvariant(),
                Upos = fields.Length > 2 ? UposText.Parse(fields[2]) : Upos.X,
                DepRel = fields.Length > 3 ? fields[3] : "dep",
                Head = tokens.Count == 0 ? 0 : 1,
            };
            tokens.Add(token);
            offset += fields[0].Length + 1;
        }
        return [.. tokens];
    }

    private static List<string> Matched(string json, string annotated)
    {
        var tokens = Tokens(annotated);
        var pattern = new TokenPattern("p", "label", PatternFile.ParseElements(json), "");
        return new PatternMatcher([pattern]).Matches(tokens)
            .Select(m => string.Join(" ", tokens[m.First..(m.Last + 1)].Select(t => t.Text))).ToList();
    }

    [Fact]
    public void Lemma_matches_every_inflection_in_any_case() =>
        Assert.Equal(["Suspended", "suspending"], Matched("""[{"LEMMA": "suspend"}]""", "Suspended/suspend and suspending/suspend"));

    [Fact]
    public void A_bounded_wildcard_spans_the_words_between_an_idiom_s_parts() =>
        Assert.Equal(["put the sale on hold"], Matched("""[{"LEMMA": "put"}, {"OP": "*", "MAX": 3}, {"LOWER": "on"}, {"LOWER": "hold"}]""",
            "put/put the sale on hold"));

    [Fact]
    public void A_wildcard_never_runs_past_its_maximum() =>
        Assert.Empty(Matched("""[{"LEMMA": "put"}, {"OP": "*", "MAX": 2}, {"LOWER": "on"}, {"LOWER": "hold"}]""",
            "put/put the big sale on hold"));

    [Fact]
    public void An_optional_token_is_taken_when_it_is_there() =>
        Assert.Equal(["handed over", "handed"], Matched("""[{"LEMMA": "hand"}, {"LOWER": "over", "OP": "?"}]""",
            "handed/hand over and handed/hand it"));

    [Fact]
    public void One_or_more_needs_at_least_one() =>
        Assert.Equal(["very big"], Matched("""[{"POS": "ADV", "OP": "+"}, {"POS": "ADJ"}]""", "very/very/ADV big/big/ADJ and big/big/ADJ"));

    [Fact]
    public void A_negated_token_is_any_token_that_fails_the_test() =>
        Assert.Equal(["deal signed"], Matched("""[{"LOWER": "deal"}, {"LOWER": "not", "OP": "!"}]""", "deal signed deal not"));

    [Fact]
    public void Sets_of_values_and_exclusions_read_like_spaCy_s() =>
        Assert.Equal(["sold"], Matched("""[{"LEMMA": {"IN": ["sell", "buy"]}, "POS": {"NOT_IN": ["NOUN"]}}]""", "sold/sell/VERB sale/sale/NOUN"));

    [Fact]
    public void A_relation_matches_its_subtypes() =>
        Assert.Equal(["May"], Matched("""[{"DEP": "obl"}]""", "signed/sign/VERB/root May/May/PROPN/obl:tmod"));

    [Theory]
    [InlineData("""[{"COLOUR": "red"}]""")]
    [InlineData("""[{"OP": "*"}]""")]
    [InlineData("""[{"OP": "#", "LOWER": "a"}]""")]
    [InlineData("""[{"POS": "NOUNS"}]""")]
    public void A_malformed_pattern_is_refused(string json) =>
        Assert.ThrowsAny<FormatException>(() => PatternFile.ParseElements(json));
}
