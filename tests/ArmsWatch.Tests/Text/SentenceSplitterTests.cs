using ArmsWatch.Text;

namespace ArmsWatch.Tests.Text;

public class SentenceSplitterTests
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.LoadDefault();

    private static string[] Sentences(string text) => Analyzer.Sentences(text).Select(s => s.Text).ToArray();

    [Fact]
    public void Splitter_keeps_US_abbreviation_inside_sentence() =>
        Assert.Single(Sentences("The U.S. administration has cautioned Moscow."));

    [Fact]
    public void Splitter_keeps_dates_and_titles_inside_sentence() =>
        Assert.Single(Sentences("Deputy Prime Minister Ilya Klebanov told reporters Nov. 24 that Gen. Ivashov would not attend."));

    [Fact]
    public void Splitter_ends_sentence_at_full_stop_before_capital() =>
        Assert.Equal(["Russia sells arms.", "Iran buys them."], Sentences("Russia sells arms. Iran buys them."));

    [Fact]
    public void Splitter_ends_sentence_after_abbreviation_when_a_new_sentence_starts() =>
        Assert.Equal(2, Sentences("The jets were made in the U.S. The deal was signed in May.").Length);

    [Fact]
    public void Splitter_keeps_closing_quote_with_its_sentence() =>
        Assert.Equal(["\"We will not sell any offensive weapons.\"", "He said so."],
            Sentences("\"We will not sell any offensive weapons.\" He said so."));

    [Fact]
    public void Splitter_treats_a_headline_line_as_a_sentence() =>
        Assert.Equal(["Russia Firm on Weapons Sales to Iran", "Russia is in talks to sell missiles."],
            Sentences("Russia Firm on Weapons Sales to Iran\nRussia is in talks to sell missiles."));

    [Fact]
    public void Splitter_joins_hard_wrapped_lines_of_one_sentence() =>
        Assert.Single(Sentences("WASHINGTON Dec 16 President Barack Obama's\nadministration formally notified Congress on Wednesday."));

    [Fact]
    public void Splitter_ends_sentence_at_paragraph_break() =>
        Assert.Equal(2, Sentences("Talks continued\n\nThe deal was signed").Length);

    [Fact]
    public void Splitter_cuts_runaway_sentences_at_the_cap()
    {
        var table = string.Join(" ", Enumerable.Repeat("cell", SentenceSplitter.DefaultMaxTokens * 2 + 5));
        var sentences = Analyzer.Sentences(table);
        Assert.Equal(3, sentences.Count);
        Assert.All(sentences, s => Assert.True(s.Tokens.Length <= SentenceSplitter.DefaultMaxTokens));
    }

    [Fact]
    public void Sentence_offsets_slice_the_text()
    {
        const string text = "Russia sells arms.  Iran buys them.";
        foreach (var sentence in Analyzer.Sentences(text))
            Assert.Equal(sentence.Text, text[sentence.Start..sentence.End]);
    }
}
