using ArmsWatch.Analysis;

namespace ArmsWatch.Tests.Analysis;

public class DependencyParserTests
{
    private static readonly Lazy<DependencyParser> s_toyParser = new(() =>
    {
        var sentences = ToyTreebank.Sentences();
        return DependencyParser.Train(sentences, sentences.Select(JointTags).ToArray(), epochs: 15, seed: 1);
    });

    [Fact]
    public void Parser_learns_a_toy_treebank_perfectly()
    {
        foreach (var sentence in ToyTreebank.Sentences())
        {
            var (heads, labels) = Parse(s_toyParser.Value, sentence);
            Assert.Equal(sentence.Heads, heads);
            Assert.Equal(sentence.DepRels, labels);
        }
    }

    [Fact]
    public void Saved_parser_loads_with_the_same_weights_and_predictions()
    {
        var parser = s_toyParser.Value;
        var path = Path.Combine(Path.GetTempPath(), $"armswatch-parser-{Guid.NewGuid():N}");
        try
        {
            parser.Save(path);
            var loaded = DependencyParser.Load(path);
            loaded.Save(path + ".again");

            Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(path + ".again"));
            foreach (var sentence in Treebank.Dev().Take(100))
            {
                var (expectedHeads, expectedLabels) = Parse(parser, sentence);
                var (actualHeads, actualLabels) = Parse(loaded, sentence);
                Assert.Equal(expectedHeads, actualHeads);
                Assert.Equal(expectedLabels, actualLabels);
            }
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".again");
        }
    }

    [Fact]
    public void Parser_gives_unseen_dev_sentences_well_formed_trees()
    {
        foreach (var sentence in Treebank.Dev().Take(200))
            Assert.True(TreeAssert.IsWellFormed(Parse(s_toyParser.Value, sentence).Heads), string.Join(' ', sentence.Words));
    }

    private static (int[] Heads, string[] Labels) Parse(DependencyParser parser, ConllSentence sentence)
    {
        var heads = new int[sentence.Length];
        var labels = new int[sentence.Length];
        parser.Parse(sentence.Words, JointTags(sentence), heads, labels);
        return (heads, labels.Select(parser.LabelName).ToArray());
    }

    private static string[] JointTags(ConllSentence sentence) => sentence.Upos.Zip(sentence.Xpos, PerceptronTagger.JointTag).ToArray();
}
