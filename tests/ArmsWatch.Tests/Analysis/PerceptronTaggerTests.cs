using ArmsWatch.Analysis;
using ArmsWatch.Documents;

namespace ArmsWatch.Tests.Analysis;

public class PerceptronTaggerTests
{
    [Fact]
    public void Tagger_learns_a_toy_treebank_perfectly()
    {
        var sentences = ToyTreebank.Sentences();
        var tagger = PerceptronTagger.Train(sentences, epochs: 10, seed: 1);

        foreach (var sentence in sentences)
        {
            var tags = new int[sentence.Length];
            tagger.Tag(sentence.Words, tags);
            Assert.Equal(sentence.Upos, tags.Select(tag => UposText.Name(tagger.UposOf(tag))));
            Assert.Equal(sentence.Xpos, tags.Select(tagger.XposOf));
        }
    }

    [Fact]
    public void Held_out_tags_cover_every_word_and_retraining_repeats_them()
    {
        var sentences = Treebank.Dev().Take(400).ToList();

        var (_, first) = PerceptronTagger.TrainWithHeldOutTags(sentences, epochs: 3, seed: 1, folds: 4);
        var (_, again) = PerceptronTagger.TrainWithHeldOutTags(sentences, epochs: 3, seed: 1, folds: 4);

        Assert.Equal(sentences.Select(s => s.Length), first.Select(tags => tags.Length));
        Assert.Equal(first, again);
    }

    [Fact]
    public void Saved_tagger_loads_with_the_same_weights_and_predictions()
    {
        var tagger = PerceptronTagger.Train(ToyTreebank.Sentences(), epochs: 5, seed: 1);
        var path = Path.Combine(Path.GetTempPath(), $"armswatch-tagger-{Guid.NewGuid():N}");
        try
        {
            tagger.Save(path);
            var loaded = PerceptronTagger.Load(path);
            loaded.Save(path + ".again");

            Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(path + ".again"));
            foreach (var sentence in Treebank.Dev().Take(100))
            {
                var expected = new int[sentence.Length];
                var actual = new int[sentence.Length];
                tagger.Tag(sentence.Words, expected);
                loaded.Tag(sentence.Words, actual);
                Assert.Equal(expected, actual);
            }
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".again");
        }
    }
}
