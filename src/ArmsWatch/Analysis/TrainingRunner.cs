using System.Diagnostics;
using ArmsWatch.Documents;

namespace ArmsWatch.Analysis;

/// <summary>Trains the tagger and parser on a UD treebank folder and writes both model files.</summary>
public static class TrainingRunner
{
    public const string TrainFileSuffix = "-ud-train.conllu";

    /// <summary>Trains from the <c>*-ud-train.conllu</c> file in <paramref name="treebankDirectory"/>; deterministic for fixed options.</summary>
    public static void Run(string treebankDirectory, string outputDirectory, TrainingOptions options, Action<string> log)
    {
        var sentences = ReadTrainingSentences(treebankDirectory, log);

        var clock = Stopwatch.StartNew();
        var (tagger, heldOut) = PerceptronTagger.TrainWithHeldOutTags(sentences, options.TaggerEpochs, options.Seed, options.JackknifeFolds, log);
        var tags = heldOut.Select(sentence => sentence.Select(tagger.JointTagOf).ToArray()).ToArray();
        int correct = sentences.Select((s, i) => s.Upos.Zip(s.Xpos, PerceptronTagger.JointTag).Zip(tags[i]).Count(p => p.First == p.Second)).Sum();
        log($"tagger trained in {clock.Elapsed.TotalSeconds:F0} s; held-out tags ({options.JackknifeFolds} folds): UPOS+XPOS {100.0 * correct / sentences.Sum(s => s.Length):F2}% on train");

        clock.Restart();
        var parser = DependencyParser.Train(sentences, tags, options.ParserEpochs, options.Seed, options.ParserMinimumWeight, log);
        log($"parser trained in {clock.Elapsed.TotalSeconds:F0} s");

        var lemmatizer = TrainLemmatizer(sentences, log);

        var taggerPath = Path.Combine(outputDirectory, SyntaxAnalyzer.TaggerFileName);
        var parserPath = Path.Combine(outputDirectory, SyntaxAnalyzer.ParserFileName);
        tagger.Save(taggerPath);
        parser.Save(parserPath);
        var lemmatizerPath = Path.Combine(outputDirectory, SyntaxAnalyzer.LemmatizerFileName);
        lemmatizer.Save(lemmatizerPath);
        log($"wrote {taggerPath} ({new FileInfo(taggerPath).Length / 1024:N0} KiB), {parserPath} ({new FileInfo(parserPath).Length / 1024:N0} KiB) and {lemmatizerPath} ({new FileInfo(lemmatizerPath).Length / 1024:N0} KiB)");
    }

    /// <summary>Trains only the lemmatizer (it reads gold tags, so it does not need the tagger) and writes its file.</summary>
    public static void RunLemmatizer(string treebankDirectory, string outputDirectory, Action<string> log)
    {
        var lemmatizer = TrainLemmatizer(ReadTrainingSentences(treebankDirectory, log), log);
        var path = Path.Combine(outputDirectory, SyntaxAnalyzer.LemmatizerFileName);
        lemmatizer.Save(path);
        log($"wrote {path} ({new FileInfo(path).Length / 1024:N0} KiB)");
    }

    private static Lemmatizer TrainLemmatizer(List<ConllSentence> sentences, Action<string> log)
    {
        var lemmatizer = Lemmatizer.Train(sentences.SelectMany(s => s.Words.Select((word, i) => (word, s.Xpos[i], s.Lemmas![i]))));
        log($"lemmatizer trained: {lemmatizer}");
        return lemmatizer;
    }

    private static List<ConllSentence> ReadTrainingSentences(string treebankDirectory, Action<string> log)
    {
        var trainFile = Directory.Exists(treebankDirectory)
            ? Directory.GetFiles(treebankDirectory, "*" + TrainFileSuffix).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (trainFile is null)
            throw new InputException(treebankDirectory, $"no *{TrainFileSuffix} file in this folder");
        var sentences = ConllReader.ReadFile(trainFile);
        log($"read {sentences.Count:N0} sentences, {sentences.Sum(s => s.Length):N0} words from {trainFile}");
        return sentences;
    }
}
