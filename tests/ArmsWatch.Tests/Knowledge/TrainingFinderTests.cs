using ArmsWatch.Documents;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Knowledge;

/// <summary>Training given to people, read from the tree (the sentences were written for these tests).</summary>
public class TrainingFinderTests
{
    private static string[] TrainingItems(string text)
    {
        var document = RegisterTestData.Pipeline.Analyze(new SourceDocument("test", text));
        return document.Spans
            .Where(span => span.Kind == SpanKind.Weapon && span.TransferKind == TransferKind.Training)
            .Select(span => text[span.Start..span.End])
            .ToArray();
    }

    [Theory]
    [InlineData("Russia is also training Venezuelan pilots.", "training Venezuelan pilots")]
    [InlineData("France will train Iraqi air force officers.", "train Iraqi air force officers")]
    [InlineData("Russia agreed to provide training of Iraqi officers.", "training of Iraqi officers")]
    public void The_people_trained_after_the_word_are_part_of_the_item(string text, string item) =>
        Assert.Equal([item], TrainingItems(text));

    [Theory]
    [InlineData("The Ukrainian personnel will be trained in aircraft maintenance.", "trained")]
    [InlineData("Kuwaiti pilots were training at the school.", "training")]
    public void People_trained_as_the_subject_make_the_word_the_item(string text, string item) =>
        Assert.Equal([item], TrainingItems(text));

    [Fact]
    public void People_sent_abroad_for_training_make_it_an_item() =>
        Assert.Equal(["training"], TrainingItems("A group of Greek pilots and technicians are to travel to France for training."));

    [Fact]
    public void Training_no_people_receive_is_no_item() =>
        Assert.Empty(TrainingItems("The team is training hard for the match."));
}
