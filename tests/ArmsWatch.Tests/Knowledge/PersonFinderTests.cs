using ArmsWatch.Documents;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Knowledge;

/// <summary>People as the knowledge stage reads them: officials of the office-holders table speak for their state, and
/// an office tied to a state in the sentence speaks for that state.</summary>
public class PersonFinderTests
{

    private static List<(string Text, Span Span)> People(string text, string? published = null)
    {
        var document = RegisterTestData.Pipeline.Analyze(new SourceDocument("test", text, Published: PublicationDate.Parse(published)));
        return document.Spans.Where(s => s.Kind == SpanKind.Person).Select(s => (text[s.Start..s.End], s)).ToList();
    }

    [Fact]
    public void An_official_in_the_table_speaks_for_their_state_with_their_office()
    {
        var (text, person) = Assert.Single(People("Prime Minister Rishi Sunak met Ukraine's president."), p => p.Span.Name is not null);
        Assert.Equal(("Prime Minister Rishi Sunak", "Rishi Sunak", "GBR", "prime minister"), (text, person.Name, person.State, person.Role));
    }

    [Fact]
    public void A_surname_named_in_full_before_or_after_a_title_is_the_same_official()
    {
        var people = People("Sergei Shoigu arrived. Later Shoigu said Moscow would deliver. President Putin agreed.", "2015-06");
        Assert.Equal(["Sergei Shoigu", "Sergei Shoigu", "Vladimir Putin"], people.Select(p => p.Span.Name));
        Assert.All(people, p => Assert.Equal("RUS", p.Span.State));
        Assert.Equal("defence minister", people[1].Span.Role);
    }

    [Theory]
    [InlineData("Russia's defence minister said so.", "Russia's defence minister", "RUS", "defence minister")]
    [InlineData("The Defence Minister of India visited.", "Defence Minister of India", "IND", "defence minister")]
    [InlineData("Iran's ambassador to Moscow asked.", "Iran's ambassador", "IRN", "ambassador")]
    [InlineData("Russian Defence Minister Sergei Shoigu said so.", "Russian Defence Minister Sergei Shoigu", "RUS", "defence minister")]
    public void An_office_tied_to_a_state_speaks_for_that_state(string sentence, string text, string state, string role)
    {
        var person = Assert.Single(People(sentence));
        Assert.Equal((text, state, role), (person.Text, person.Span.State, person.Span.Role));
    }

    [Fact]
    public void An_apposition_gives_the_office_and_is_not_a_second_person()
    {
        var person = Assert.Single(People("Sergei Lavrov, Russia's foreign minister, declined."));
        Assert.Equal(("Sergei Lavrov", "RUS", "foreign minister"), (person.Span.Name, person.Span.State, person.Span.Role));
    }

    [Fact]
    public void An_office_tied_to_no_state_and_no_name_is_no_person() => Assert.Empty(People("The president said no."));
}
