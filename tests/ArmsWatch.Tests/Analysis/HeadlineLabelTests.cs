using ArmsWatch.Analysis;
using ArmsWatch.Documents;

namespace ArmsWatch.Tests.Analysis;

/// <summary>A label before a colon that opens a sentence is read apart from the sentence it labels.</summary>
public class HeadlineLabelTests
{
    [Theory]
    [InlineData("Reuters|:|Iran|denies|supplying|drones", 2)]
    [InlineData("AUKUS|Ruckus|:|French|firm|wants|compensation", 3)]
    [InlineData("ATHENS|:|Greece|and|France|signed|a|deal|.", 2)]
    [InlineData("Reuters|:|Hi|!", 0)]
    [InlineData("The|deal|was|:|big|news|today", 0)]
    [InlineData("Iran|denies|supplying|drones", 0)]
    [InlineData(":|Iran|denies|supplying|drones", 0)]
    public void A_label_is_up_to_three_capitalised_words_and_a_colon_before_a_sentence(string text, int length) =>
        Assert.Equal(length, HeadlineLabel.LengthOf(text.Split('|')));

    [Fact]
    public void The_sentence_after_the_label_is_parsed_by_itself_and_joined_to_the_label_as_the_treebank_joins_it()
    {
        var words = new[] { "Reuters", ":", "Iran", "again", "denies", "supplying", "kamikaze", "drones", "to", "Russia" };
        var sentence = new Sentence(0, 0, string.Join(' ', words), words.Select(w => new Token(w, 0, w.Length)).ToArray());

        SyntaxAnalyzer.LoadDefault().Analyze(sentence);

        var tokens = sentence.Tokens;
        Assert.Equal((0, "root"), (tokens[0].Head, tokens[0].DepRel));
        Assert.Equal((1, "appos"), (tokens[4].Head, tokens[4].DepRel));
        Assert.Equal((5, "punct"), (tokens[1].Head, tokens[1].DepRel));
        Assert.Equal(5, tokens[2].Head);
    }
}
