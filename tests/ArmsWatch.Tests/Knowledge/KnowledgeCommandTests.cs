using System.Text.Json;
using ArmsWatch.Cli.Commands;
using ArmsWatch.Cli.Presentation;
using ArmsWatch.Documents;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Knowledge;

/// <summary><c>armswatch knowledge TEXT [--json]</c>: every span with its offsets and attributes.</summary>
public class KnowledgeCommandTests
{

    private static string Print(string text, bool json, PublicationDate? published = null)
    {
        var output = new StringWriter();
        KnowledgeCommand.Print(RegisterTestData.Pipeline, text, json, output, published);
        return output.ToString();
    }

    [Fact]
    public void Sums_quantities_and_dates_are_printed_with_their_values_relative_dates_from_the_date_given()
    {
        var lines = Print("Russia sold 12 jets worth $1.5 billion to Syria last year.", json: false, new PublicationDate(2021))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, line => line.StartsWith("quantity", StringComparison.Ordinal) && line.EndsWith("12  count=12", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("money", StringComparison.Ordinal) && line.EndsWith("$1.5 billion  value_usd=1500000000", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("date", StringComparison.Ordinal) && line.EndsWith("last year  label=relative  year=2020", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_gives_every_span_with_its_kind_text_offsets_and_attributes()
    {
        const string text = "Russian Defence Minister Sergei Shoigu said Rosoboronexport will ship Su 30 MKI jets to India.";
        var spans = Print(text, json: true).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var weapon = spans.Single(s => s.GetProperty("kind").GetString() == "weapon");
        Assert.Equal("Su 30 MKI jets", weapon.GetProperty("text").GetString());
        Assert.Equal(text.IndexOf("Su 30", StringComparison.Ordinal), weapon.GetProperty("start").GetInt32());
        Assert.Equal(("Su-30", "aircraft", "Sukhoi", "RUS"), (weapon.GetProperty("family").GetString(), weapon.GetProperty("category").GetString(),
            weapon.GetProperty("maker").GetString(), weapon.GetProperty("origin").GetString()));
        var person = spans.Single(s => s.GetProperty("kind").GetString() == "person");
        Assert.Equal(("RUS", "defence minister"), (person.GetProperty("state").GetString(), person.GetProperty("role").GetString()));
        var exporter = spans.Single(s => s.GetProperty("kind").GetString() == "organisation");
        Assert.Equal("RUS", exporter.GetProperty("state").GetString());
        Assert.Contains(spans, s => s.GetProperty("kind").GetString() == "state" && s.GetProperty("state").GetString() == "IND");
    }

    [Fact]
    public void The_table_gives_one_line_per_span_with_its_attributes()
    {
        var lines = Print("Greece bought Type 214 submarines.", json: false).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Every span of the document: the knowledge stage's, and the cue stage's ("bought").
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("state", lines[0]);
        Assert.StartsWith("stage-cue", lines[1]);
        Assert.Contains("Type 214 submarines", lines[2]);
        Assert.Contains("family=Type 214", lines[2]);
        Assert.Contains("origin=DEU", lines[2]);
    }

    [Fact]
    public void The_tree_gives_each_token_its_lemma_tags_head_relation_and_spans_as_CoNLL_U()
    {
        var output = new StringWriter();
        ConlluText.Write(RegisterTestData.Pipeline.Analyze(new SourceDocument("t", "Greece bought submarines.")), output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("# text = Greece bought submarines.", lines[0]);
        var bought = lines[2].Split('\t');
        Assert.Equal(["2", "bought", "buy", "VERB", "VBD", "_", "0", "root", "_"], bought[..9]);
        Assert.Equal("Spans=stage-cue:agreement", bought[9]);
        var greece = lines[1].Split('\t');
        Assert.Equal(("2", "nsubj", "Spans=state"), (greece[6], greece[7], greece[9]));
    }
}
