using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Text;

namespace ArmsWatch.Tests.Extraction;

/// <summary>The contract's "a quotation continuing a speaker's statement keeps that speaker", on sentences written for it.</summary>
public class QuotedSpeechTests
{
    private static readonly TextAnalyzer Text = new(Tokenizer.LoadDefault(), SentenceSplitter.LoadDefault());

    /// <summary>The speakers of <paramref name="text"/>'s sentences, given each sentence's own ("-" for none), "|" between.</summary>
    private static string Speakers(string text, params string[] own)
    {
        var sentences = Text.Sentences(text);
        Assert.Equal(own.Length, sentences.Count);
        return string.Join('|', QuotedSpeech.Speakers(text, sentences, own.Select(o => o == "-" ? null : o).ToList()).Select(s => s ?? "-"));
    }

    [Fact]
    public void A_quotation_over_several_sentences_is_the_speaker_s_of_the_sentence_that_closes_it() =>
        Assert.Equal("Camara|Camara|Camara", Speakers(
            "\"We are here to receive four helicopters. Weapons were donated by Russia. Four were bought with our own funds,\" the minister told reporters.",
            "-", "-", "Camara"));

    [Fact]
    public void Or_of_the_sentence_that_opens_it() =>
        Assert.Equal("Camara|Camara|-", Speakers(
            "Camara said: \u201cWe are here to receive four helicopters. Weapons were donated by Russia.\u201d Mali paid for the rest.",
            "Camara", "-", "-"));

    [Fact]
    public void A_quoted_sentence_right_after_a_quoted_one_keeps_its_speaker() =>
        Assert.Equal("Slyusar|Slyusar", Speakers(
            "\u201cToday we signed a contract for eight jets,\u201d Slyusar said. \u201cWe are very glad.\u201d", "Slyusar", "-"));

    [Fact]
    public void Not_in_another_paragraph_nor_after_a_sentence_without_a_quotation()
    {
        Assert.Equal("Slyusar|-", Speakers("\u201cToday we signed a contract,\u201d Slyusar said.\n\n\u201cIt is a good day.\u201d", "Slyusar", "-"));
        Assert.Equal("Slyusar|-", Speakers("Slyusar said Russia signed a contract. \u201cIt is a good day.\u201d", "Slyusar", "-"));
    }

    [Fact]
    public void A_sentence_s_own_speaker_is_kept() =>
        Assert.Equal("Camara|Putin|Camara", Speakers(
            "\"We are here to receive helicopters. Putin said Russia will send more. We are grateful,\" Camara said.", "-", "Putin", "Camara"));

    [Fact]
    public void A_quotation_mark_left_open_carries_no_speaker_far()
    {
        var text = "\"Russia sold jets, Ivanov said." + string.Concat(Enumerable.Repeat(" Mali bought tanks.", 9)) + " It was announced,\" the agency said.";
        var own = Enumerable.Repeat("-", 9).Prepend("Ivanov").Append("Agency").ToArray();
        Assert.Equal("Ivanov|" + string.Concat(Enumerable.Repeat("-|", 9)) + "Agency", Speakers(text, own));
    }
}
