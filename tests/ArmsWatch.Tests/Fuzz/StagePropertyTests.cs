using ArmsWatch.Documents;
using ArmsWatch.Text;
using ArmsWatch.Watching;
using FsCheck.Xunit;

namespace ArmsWatch.Tests.Fuzz;

/// <summary>Properties over arbitrary inputs (FsCheck): the cheap stages never throw anything but bad-input errors.</summary>
public sealed class StagePropertyTests
{
    private static readonly TextAnalyzer Text = TextAnalyzer.LoadDefault();

    [Property(MaxTest = 500)]
    public bool Sentences_of_any_string_lie_inside_it_in_order(string? text)
    {
        var input = text ?? "";
        var end = 0;
        foreach (var sentence in Text.Sentences(input))
        {
            if (sentence.Start < end || sentence.End > input.Length || sentence.Tokens.Length > SentenceSplitter.DefaultMaxTokens)
                return false;
            end = sentence.End;
        }
        return true;
    }

    [Property(MaxTest = 500)]
    public bool Any_bytes_are_a_feed_or_an_input_error(byte[]? body)
    {
        try
        {
            FeedParser.Parse(body ?? [], new Uri("http://127.0.0.1/feed"));
            return true;
        }
        catch (InputException)
        {
            return true;
        }
    }
}
