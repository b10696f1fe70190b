using ArmsWatch.Documents;
using ArmsWatch.Knowledge;
using ArmsWatch.Text;

namespace ArmsWatch.Tests.Knowledge;

public class KnowledgeStageTests
{
    private static readonly Tokenizer Tokenizer = Tokenizer.LoadDefault();
    private static readonly string KnowledgeDirectory = Path.Combine(ShippedFiles.DataDirectory, "knowledge");
    private static readonly KnowledgeStage Stage = new(new EntityRecognizer(
        StateLexicon.Load(KnowledgeDirectory, Tokenizer), WeaponLexicon.Load(KnowledgeDirectory), TrainingFinder.Load(KnowledgeDirectory)));
    private static readonly TextAnalyzer Text = new(Tokenizer, SentenceSplitter.LoadDefault());

    private static AnalyzedDocument Annotated(string text)
    {
        var document = new AnalyzedDocument(new SourceDocument("test", text), Text.Sentences(text));
        Stage.Annotate(document);
        return document;
    }

    [Fact]
    public void States_and_weapons_become_spans_with_character_offsets()
    {
        const string text = "Headline.\nRussia delivered S-300PMU-2 missiles to the Kremlin's ally Iran.";
        var document = Annotated(text);
        var spans = document.SpansIn(1);
        Assert.Equal(["Russia", "S-300PMU-2 missiles", "the Kremlin", "Iran"], spans.Select(span => text[span.Start..span.End]));
        Assert.Equal(["RUS", null, "RUS", "IRN"], spans.Select(span => span.State));
        var weapon = spans.Single(span => span.Kind == SpanKind.Weapon);
        Assert.Equal(("S-300", WeaponCategory.AirDefence, "RUS"), (weapon.Family, weapon.Category, weapon.Origin));
        Assert.Equal("metonym", spans[2].Label);
        Assert.Empty(document.SpansIn(0));
    }

    [Fact]
    public void A_word_standing_for_the_equipment_is_a_trade_word_span()
    {
        var document = Annotated("The contract was signed in May.");
        var span = Assert.Single(document.Spans);
        Assert.Equal((SpanKind.Weapon, "trade-word"), (span.Kind, span.Label));
    }
}
