using ArmsWatch.Analysis;
using ArmsWatch.Documents;

namespace ArmsWatch.Tests.Analysis;

public class ConllReaderTests
{
    [Fact]
    public void Reader_keeps_word_lines_and_skips_multiword_ranges_and_empty_nodes()
    {
        var sentences = ToyTreebank.Sentences();

        Assert.Equal(4, sentences.Count);
        Assert.Equal(["Russia", "'s", "army", "wo", "n't", "sell", "tanks", "to", "Syria", "."], sentences[1].Words);
        Assert.Equal(7, sentences[2].Length);
        Assert.Equal("nmod:poss", sentences[1].DepRels[0]);
        Assert.Equal(0, sentences[0].Heads[1]);
    }

    [Fact]
    public void Reader_rejects_a_line_with_the_wrong_number_of_columns()
    {
        var error = Assert.Throws<InputException>(() => ConllReader.Read(new StringReader("1\tIran\tNNP\n"), "bad.conllu"));
        Assert.Equal("bad.conllu", error.Input);
    }
}
