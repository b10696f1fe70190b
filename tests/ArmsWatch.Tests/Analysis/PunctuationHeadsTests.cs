using ArmsWatch.Analysis;
using ArmsWatch.Documents;

namespace ArmsWatch.Tests.Analysis;

/// <summary>No word hangs on a punctuation mark, as none does in the treebank.</summary>
public class PunctuationHeadsTests
{
    [Fact]
    public void A_verb_left_on_the_full_stop_becomes_the_complement_of_the_word_the_stop_hangs_on()
    {
        // Brazil ruled out selling tanks . — "selling" as the parser left it: a compound of the full stop.
        var tokens = Tokens(("Brazil", Upos.Propn, "NNP", 2, "nsubj"), ("ruled", Upos.Verb, "VBD", 0, "root"),
            ("out", Upos.Adp, "RP", 2, "compound:prt"), ("selling", Upos.Verb, "VBG", 6, "compound"),
            ("tanks", Upos.Noun, "NNS", 4, "obj"), (".", Upos.Punct, ".", 2, "punct"));

        PunctuationHeads.Repair(tokens);

        Assert.Equal((2, "xcomp"), (tokens[3].Head, tokens[3].DepRel));
        Assert.Equal((4, "obj"), (tokens[4].Head, tokens[4].DepRel));
        Assert.Equal((2, "punct"), (tokens[5].Head, tokens[5].DepRel));
    }

    [Fact]
    public void A_noun_left_on_a_comma_keeps_its_relation_and_takes_the_commas_head()
    {
        var tokens = Tokens(("Addressing", Upos.Verb, "VBG", 4, "advcl"), (",", Upos.Punct, ",", 1, "punct"),
            ("guest", Upos.Noun, "NN", 2, "nsubj"), ("spoke", Upos.Verb, "VBD", 0, "root"));

        PunctuationHeads.Repair(tokens);

        Assert.Equal((1, "nsubj"), (tokens[2].Head, tokens[2].DepRel));
    }

    [Fact]
    public void The_parse_of_a_refusal_with_a_gerund_reaches_the_gerund()
    {
        var words = "Brazil ruled out selling Leopard tanks to Ukraine .".Split(' ');
        var sentence = new Sentence(0, 0, string.Join(' ', words), words.Select(w => new Token(w, 0, w.Length)).ToArray());

        SyntaxAnalyzer.LoadDefault().Analyze(sentence);

        Assert.All(sentence.Tokens, t => Assert.True(t.Head == 0 || sentence.Tokens[t.Head - 1].Upos != Upos.Punct, t.Text));
        Assert.Equal(2, sentence.Tokens[3].Head);
    }

    private static Token[] Tokens(params (string Text, Upos Upos, string Xpos, int Head, string Relation)[] tokens) =>
        tokens.Select(t => new Token(t.Text, 0, t.Text.Length) { Upos = t.Upos, Xpos = t.Xpos, Head = t.Head, DepRel = t.Relation }).ToArray();
}
