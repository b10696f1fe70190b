using ArmsWatch.Analysis;

namespace ArmsWatch.Tests.Analysis;

public class LemmatizerTests
{
    private static readonly Lazy<Lemmatizer> s_shipped = new(() => Lemmatizer.Load(Path.Combine(ShippedFiles.ModelsDirectory, SyntaxAnalyzer.LemmatizerFileName)));

    private static Lemmatizer Toy() => Lemmatizer.Train([
        ("ferries", "NNS", "ferry"), ("parties", "NNS", "party"), ("boats", "NNS", "boat"),
        ("walked", "VBD", "walk"), ("talked", "VBD", "talk"), ("went", "VBD", "go"),
        ("Went", "VBD", "go"), ("Telephone", "NN", "telephone"), ("Iranian", "JJ", "Iranian"),
        ("Russian", "JJ", "Russian"), ("Boston", "NNP", "Boston"), ("McDonald", "NNP", "McDonald"),
        ("Nov", "NNP", "November"),
    ]);

    [Theory]
    [InlineData("went", "VBD", "go")]                // seen: its own lemma
    [InlineData("WENT", "VBD", "go")]                // seen in another casing
    [InlineData("armies", "NNS", "army")]            // unseen: the suffix edit of "-ies" words
    [InlineData("jumped", "VBD", "jump")]            // unseen: "-ed" dropped
    [InlineData("Syrian", "JJ", "Syrian")]           // unseen capitalised adjective: cased as training's were
    [InlineData("Moscow", "NNP", "Moscow")]          // proper nouns keep their case
    [InlineData("1,200", "CD", "1200")]              // numbers lose their thousands separators
    public void Lemmas_come_from_lookup_then_learned_suffix_edits(string form, string xpos, string lemma) =>
        Assert.Equal(lemma, Toy().Lemma(form, xpos));

    [Theory]
    [InlineData("boston", "NNP", "Boston")]          // a name written in lowercase: spelled as training spelled it
    [InlineData("BOSTON", "NNP", "Boston")]          // ... and in capitals
    [InlineData("Mcdonald", "NNP", "Mcdonald")]      // a capitalised form keeps its own spelling
    [InlineData("russian", "JJ", "Russian")]         // a nationality is a name's word too
    [InlineData("Pimenov", "NNP", "Pimenov")]        // an unseen name is its own lemma, not "Nov" → "November"'s edit
    public void Names_lemmas_are_spelled_as_EWT_spells_them(string form, string xpos, string lemma) =>
        Assert.Equal(lemma, Toy().Lemma(form, xpos));

    [Fact]
    public void Training_is_deterministic_and_the_model_file_round_trips()
    {
        using var folder = new Reading.TempFolder();
        var first = Path.Combine(folder.Path, "a.lemmas");
        var second = Path.Combine(folder.Path, "b.lemmas");
        Toy().Save(first);
        Lemmatizer.Load(first).Save(second);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.Equal("army", Lemmatizer.Load(second).Lemma("armies", "NNS"));
    }

    [Theory]
    [InlineData("deliveries", "NNS", "delivery")]
    [InlineData("pausing", "VBG", "pause")]
    [InlineData("suspending", "VBG", "suspend")]
    [InlineData("Notifications", "NNS", "notification")]
    [InlineData("sold", "VBD", "sell")]
    [InlineData("bought", "VBN", "buy")]
    [InlineData("declined", "VBD", "decline")]
    [InlineData("frigates", "NNS", "frigate")]
    [InlineData("wo", "MD", "will")]
    public void The_shipped_lemmatizer_knows_the_forms_of_trade_words(string form, string xpos, string lemma) =>
        Assert.Equal(lemma, s_shipped.Value.Lemma(form, xpos));

    [Theory]
    [InlineData("froze", "VBD", "freeze")]           // unseen by the toy treebank: the table's past form
    [InlineData("froze", "JJ", "freeze")]            // a past form read as an adjective is still a verb's past
    [InlineData("forbidden", "VBN", "forbid")]       // a participle tagged as a verb
    [InlineData("forbidden", "JJ", "forbidden")]     // an adjectival participle keeps its form, as UD English has it
    [InlineData("went", "VBD", "go")]                // a form the treebank showed is looked up first
    [InlineData("jumped", "VBD", "jump")]            // a regular verb is left to the learned edits
    public void Unseen_forms_of_irregular_verbs_take_their_base(string form, string xpos, string lemma) =>
        Assert.Equal(lemma, Toy().WithIrregularVerbs(IrregularVerbs.LoadShipped()).Lemma(form, xpos));

    [Fact]
    public void Without_the_irregular_verbs_a_learned_edit_guesses() =>
        Assert.NotEqual("freeze", Toy().Lemma("froze", "VBD"));
}
