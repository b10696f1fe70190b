using System.Buffers;
using System.Runtime.CompilerServices;

namespace ArmsWatch.Analysis;

/// <summary>Greedy left-to-right averaged-perceptron tagger predicting UPOS and XPOS together (one class per pair).</summary>
/// <remarks>
/// Honnibal's design: word, lowercase, affixes, shape and neighbouring words, plus the two previous predicted tags;
/// frequent words that almost always carry one tag skip the model. Immutable after construction, so thread-safe.
/// </remarks>
public sealed class PerceptronTagger
{
    public const int FeatureCount = 38;
    private const string Magic = "ArmsWatch.PerceptronTagger";
    private const int FormatVersion = 2;

    // Tag dictionary thresholds: a word seen this often with one tag this consistently is tagged by lookup.
    private const int DictionaryMinimumCount = 20;
    private const double DictionaryMinimumShare = 0.995;

    private const int AmbiguityFolds = 10;

    private readonly LabelSet _classes;
    private readonly string[] _upos;
    private readonly string[] _xpos;
    private readonly Dictionary<string, int> _dictionary;
    private readonly Dictionary<string, ulong> _ambiguity;
    private readonly SparseWeights _weights;

    private PerceptronTagger(LabelSet classes, Dictionary<string, int> dictionary, Dictionary<string, ulong> ambiguity, SparseWeights weights)
    {
        _classes = classes;
        _dictionary = dictionary;
        _ambiguity = ambiguity;
        _weights = weights;
        _upos = new string[classes.Count];
        _xpos = new string[classes.Count];
        for (int c = 0; c < classes.Count; c++)
        {
            var parts = classes[c].Split('\t');
            _upos[c] = string.Intern(parts[0]);
            _xpos[c] = string.Intern(parts[1]);
        }
    }

    public int ClassCount => _classes.Count;

    public SparseWeights Weights => _weights;

    public string UposOf(int tagClass) => _upos[tagClass];

    public string XposOf(int tagClass) => _xpos[tagClass];

    /// <summary>The class's UPOS and XPOS as one string (see <see cref="JointTag"/>).</summary>
    public string JointTagOf(int tagClass) => _classes[tagClass];

    /// <summary>UPOS and XPOS joined, the tagger's class names: "AUX\tVBZ" and "VERB\tVBZ" stay apart.</summary>
    public static string JointTag(string upos, string xpos) => upos + "\t" + xpos;

    /// <summary>Writes one tag class per word into <paramref name="tags"/>.</summary>
    [SkipLocalsInit]
    public void Tag(ReadOnlySpan<string> words, Span<int> tags)
    {
        var keys = ArrayPool<WordKeys>.Shared.Rent(words.Length);
        var ambiguity = ArrayPool<ulong>.Shared.Rent(words.Length);
        try
        {
            for (int i = 0; i < words.Length; i++)
            {
                keys[i] = WordKeys.Of(words[i]);
                ambiguity[i] = _ambiguity.GetValueOrDefault(words[i]);
            }
            Span<ulong> features = stackalloc ulong[FeatureCount];
            Span<float> scores = stackalloc float[_classes.Count];
            for (int i = 0; i < words.Length; i++)
            {
                if (_dictionary.TryGetValue(words[i], out int known))
                {
                    tags[i] = known;
                    continue;
                }
                Extract(keys.AsSpan(0, words.Length), ambiguity, tags, i, features);
                scores.Clear();
                _weights.Score(features, scores);
                tags[i] = ArgMax(scores);
            }
        }
        finally
        {
            ArrayPool<WordKeys>.Shared.Return(keys);
            ArrayPool<ulong>.Shared.Return(ambiguity);
        }
    }

    /// <summary>Trains on gold-tagged sentences; the same sentences, epochs and seed give the same model.</summary>
    public static PerceptronTagger Train(IReadOnlyList<ConllSentence> sentences, int epochs, int seed, Action<string>? log = null)
    {
        var classes = new LabelSet(sentences.SelectMany(s => s.Upos.Zip(s.Xpos, JointTag)).Order(StringComparer.Ordinal));
        var gold = sentences.Select(s => s.Upos.Zip(s.Xpos, (u, x) => classes.IdOf(JointTag(u, x))).ToArray()).ToArray();
        var dictionary = BuildDictionary(sentences, gold);
        var ambiguityClasses = BuildAmbiguityClasses(sentences, gold, _ => true);
        // Training reads each sentence's ambiguity classes from the other folds only: built from all of the data they
        // would always contain the right tag, and the tagger would learn to trust them more than new text warrants.
        var keys = sentences.Select(s => s.Words.Select(w => WordKeys.Of(w)).ToArray()).ToArray();
        var ambiguity = new ulong[sentences.Count][];
        for (int fold = 0; fold < AmbiguityFolds; fold++)
        {
            var held = BuildAmbiguityClasses(sentences, gold, s => s % AmbiguityFolds != fold);
            for (int s = fold; s < sentences.Count; s += AmbiguityFolds)
                ambiguity[s] = sentences[s].Words.Select(w => held.GetValueOrDefault(w)).ToArray();
        }
        var perceptron = new AveragedPerceptron(classes.Count);
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var features = new ulong[FeatureCount];
        var scores = new float[classes.Count];

        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (int s in order)
            {
                var words = sentences[s].Words;
                var tags = new int[words.Length];
                for (int i = 0; i < words.Length; i++)
                {
                    if (dictionary.TryGetValue(words[i], out int known))
                    {
                        tags[i] = known;
                    }
                    else
                    {
                        Extract(keys[s], ambiguity[s], tags, i, features);
                        Array.Clear(scores);
                        perceptron.Score(features, scores);
                        tags[i] = ArgMax(scores);
                        perceptron.Tick();
                        perceptron.Update(features, gold[s][i], tags[i]);
                    }
                    correct += tags[i] == gold[s][i] ? 1 : 0;
                    total++;
                }
            }
            log?.Invoke($"tagger epoch {epoch}/{epochs}: training accuracy {100.0 * correct / total:F2}%, {perceptron.FeatureCount:N0} features");
        }
        return new PerceptronTagger(classes, dictionary, ambiguityClasses, perceptron.Compile(minimumWeight: 0.001f));
    }

    public void Save(string path) => ModelFile.Write(path, Magic, FormatVersion, writer =>
    {
        _classes.Write(writer);
        writer.Write(_dictionary.Count);
        foreach (var (word, tag) in _dictionary.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(tag);
        }
        writer.Write(_ambiguity.Count);
        foreach (var (word, classSet) in _ambiguity.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(classSet);
        }
        _weights.Write(writer);
    });

    public static PerceptronTagger Load(string path) => ModelFile.Read(path, Magic, FormatVersion, reader =>
    {
        var classes = LabelSet.Read(reader);
        int count = reader.ReadInt32();
        var dictionary = new Dictionary<string, int>(count);
        for (int i = 0; i < count; i++)
            dictionary[reader.ReadString()] = reader.ReadInt32();
        count = reader.ReadInt32();
        var ambiguity = new Dictionary<string, ulong>(count);
        for (int i = 0; i < count; i++)
            ambiguity[reader.ReadString()] = reader.ReadUInt64();
        return new PerceptronTagger(classes, dictionary, ambiguity, SparseWeights.Read(reader));
    });

    private static Dictionary<string, int> BuildDictionary(IReadOnlyList<ConllSentence> sentences, int[][] gold)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>();
        for (int s = 0; s < sentences.Count; s++)
        {
            for (int i = 0; i < sentences[s].Length; i++)
            {
                var word = sentences[s].Words[i];
                if (!counts.TryGetValue(word, out var byTag))
                    counts[word] = byTag = new Dictionary<int, int>();
                byTag[gold[s][i]] = byTag.GetValueOrDefault(gold[s][i]) + 1;
            }
        }
        var dictionary = new Dictionary<string, int>();
        foreach (var (word, byTag) in counts)
        {
            int total = byTag.Values.Sum();
            var (tag, count) = byTag.MaxBy(p => p.Value);
            if (total >= DictionaryMinimumCount && count >= DictionaryMinimumShare * total)
                dictionary[word] = tag;
        }
        return dictionary;
    }

    /// <summary>
    /// Each word of the sentences <paramref name="includes"/> picks → a key for the set of tags it took ("ambiguity
    /// class"), which tells the tagger what the words to the right can be before it has tagged them.
    /// </summary>
    private static Dictionary<string, ulong> BuildAmbiguityClasses(IReadOnlyList<ConllSentence> sentences, int[][] gold, Func<int, bool> includes)
    {
        var tagSets = new Dictionary<string, SortedSet<int>>();
        for (int s = 0; s < sentences.Count; s++)
        {
            if (!includes(s))
                continue;
            for (int i = 0; i < sentences[s].Length; i++)
            {
                var word = sentences[s].Words[i];
                if (!tagSets.TryGetValue(word, out var set))
                    tagSets[word] = set = [];
                set.Add(gold[s][i]);
            }
        }
        var ambiguity = new Dictionary<string, ulong>();
        foreach (var (word, set) in tagSets)
        {
            ulong key = FeatureHasher.Start(0xA3B);
            foreach (int tag in set)
                key = FeatureHasher.Mix(key, tag);
            ambiguity[word] = key;
        }
        return ambiguity;
    }

    private static void Extract(ReadOnlySpan<WordKeys> words, ReadOnlySpan<ulong> ambiguity, ReadOnlySpan<int> tags, int i, Span<ulong> features)
    {
        var w = words[i];
        var previous = i > 0 ? words[i - 1] : WordKeys.Start;
        var previous2 = i > 1 ? words[i - 2] : WordKeys.Start;
        var next = i + 1 < words.Length ? words[i + 1] : WordKeys.End;
        var next2 = i + 2 < words.Length ? words[i + 2] : WordKeys.End;
        int tag1 = i > 0 ? tags[i - 1] : -1;
        int tag2 = i > 1 ? tags[i - 2] : -1;

        features[0] = F(0, 0);
        features[1] = F(1, w.Form);
        features[2] = F(2, w.Lower);
        features[3] = F(3, w.Suffix1);
        features[4] = F(4, w.Suffix2);
        features[5] = F(5, w.Suffix3);
        features[6] = F(6, w.Suffix4);
        features[7] = F(7, w.Prefix1);
        features[8] = F(8, w.Prefix2);
        features[9] = F(9, w.Prefix3);
        features[10] = F(10, w.Shape);
        features[11] = F(11, w.Shape, w.Suffix3);
        features[12] = F(12, (ulong)tag1);
        features[13] = F(13, (ulong)tag2);
        features[14] = F(14, (ulong)tag1, (ulong)tag2);
        features[15] = F(15, (ulong)tag1, w.Lower);
        features[16] = F(16, previous.Lower);
        features[17] = F(17, previous.Suffix3);
        features[18] = F(18, previous2.Lower);
        features[19] = F(19, next.Lower);
        features[20] = F(20, next.Suffix3);
        features[21] = F(21, next2.Lower);
        features[22] = F(22, previous.Shape);
        features[23] = F(23, next.Shape);
        features[24] = F(24, previous.Lower, w.Lower);
        features[25] = F(25, w.Lower, next.Lower);
        features[26] = F(26, (ulong)tag1, next.Lower);
        features[27] = F(27, (ulong)tag1, w.Suffix3);
        features[28] = F(28, previous.Lower, next.Lower);
        features[29] = F(29, next2.Suffix3);
        ulong ambiguity0 = ambiguity[i];
        ulong ambiguity1 = i + 1 < words.Length ? ambiguity[i + 1] : 1;
        ulong ambiguity2 = i + 2 < words.Length ? ambiguity[i + 2] : 1;
        features[30] = F(30, ambiguity0);
        features[31] = F(31, ambiguity1);
        features[32] = F(32, ambiguity2);
        features[33] = F(33, (ulong)tag1, ambiguity0);
        features[34] = F(34, ambiguity0, ambiguity1);
        features[35] = F(35, ambiguity0, ambiguity1, ambiguity2);
        // Unknown words: a capital means a name inside a sentence but not at its start; compounds take their head's tag.
        features[36] = F(36, w.Shape, i == 0 ? 1UL : 0UL);
        features[37] = F(37, w.HyphenTail);
    }

    private static ulong F(int template, ulong a) => FeatureHasher.Mix(FeatureHasher.Start(template), a);

    private static ulong F(int template, ulong a, ulong b) => FeatureHasher.Mix(F(template, a), b);

    private static ulong F(int template, ulong a, ulong b, ulong c) => FeatureHasher.Mix(F(template, a, b), c);

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
                best = c;
        }
        return best;
    }
}
