using System.Buffers;
using System.Runtime.CompilerServices;
using ArmsWatch.Documents;

namespace ArmsWatch.Analysis;

/// <summary>Greedy left-to-right averaged-perceptron tagger predicting UPOS and XPOS together (one class per pair).</summary>
/// <remarks>
/// Honnibal's design: word, lowercase, affixes, shape and neighbouring words, plus the two previous predicted tags;
/// frequent words that almost always carry one tag skip the model. Immutable after construction, so thread-safe.
/// </remarks>
public sealed class PerceptronTagger
{
    public const int FeatureCount = 44;
    private const string Magic = "ArmsWatch.PerceptronTagger";
    private const int FormatVersion = 3;

    // Tag dictionary thresholds: a word seen this often with one tag this consistently is tagged by lookup.
    private const int DictionaryMinimumCount = 20;
    private const double DictionaryMinimumShare = 0.995;

    private const int AmbiguityFolds = 10;
    private const int DefaultFolds = 5;
    private const int SecondPassFeatureCount = 8;

    // The second pass only revisits words the first pass was unsure of (about 1 in 20 on EWT dev, after the tag
    // dictionary): on dev, skipping the rest leaves the accuracy as it is (UPOS 95.34 vs 95.33) and halves tagging time.
    private const float SecondPassMargin = 10;

    private readonly LabelSet _classes;
    private readonly Upos[] _upos;
    private readonly string[] _xpos;
    private readonly Dictionary<string, int> _dictionary;
    private readonly Dictionary<string, ulong> _ambiguity;
    private readonly Dictionary<ulong, ulong> _lowerAmbiguity;
    private readonly SparseWeights _first;
    private readonly SparseWeights _second;

    // Unseen forms of irregular verbs (by lower-case key) → the ambiguity classes of the forms of their kind the treebank showed.
    private readonly Dictionary<ulong, (ulong Exact, ulong Lower)> _borrowedAmbiguity = [];

    private PerceptronTagger(LabelSet classes, Dictionary<string, int> dictionary, Dictionary<string, ulong> ambiguity,
        Dictionary<ulong, ulong> lowerAmbiguity, SparseWeights first, SparseWeights second)
    {
        _classes = classes;
        _dictionary = dictionary;
        _ambiguity = ambiguity;
        _lowerAmbiguity = lowerAmbiguity;
        _first = first;
        _second = second;
        _upos = new Upos[classes.Count];
        _xpos = new string[classes.Count];
        for (int c = 0; c < classes.Count; c++)
        {
            var parts = classes[c].Split('\t');
            _upos[c] = UposText.Parse(parts[0]);
            _xpos[c] = string.Intern(parts[1]);
        }
    }

    private PerceptronTagger(PerceptronTagger trained, Dictionary<ulong, (ulong Exact, ulong Lower)> borrowedAmbiguity)
        : this(trained._classes, trained._dictionary, trained._ambiguity, trained._lowerAmbiguity, trained._first, trained._second) =>
        _borrowedAmbiguity = borrowedAmbiguity;

    /// <summary>
    /// This tagger, reading an unseen past or participle form of an irregular verb ("froze", "forbade") as the treebank's
    /// forms of the same kind are read: it takes the ambiguity class most of them have ("went", "took": VBD), where an
    /// unseen word would have none and be tagged by its ending alone ("froze" as an adjective).
    /// </summary>
    public PerceptronTagger WithIrregularVerbs(IrregularVerbs verbs)
    {
        var borrowed = new Dictionary<ulong, (ulong Exact, ulong Lower)>();
        foreach (var kind in verbs.Forms.GroupBy(f => f.Kind, f => f.Form))
        {
            var known = kind
                .Where(form => _ambiguity.ContainsKey(form) && _lowerAmbiguity.ContainsKey(WordKeys.LowerOf(form)))
                .Select(form => (Exact: _ambiguity[form], Lower: _lowerAmbiguity[WordKeys.LowerOf(form)]))
                .ToList();
            if (known.Count == 0)
                continue;
            var typical = known.GroupBy(a => a).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            foreach (var form in kind.Where(form => !_lowerAmbiguity.ContainsKey(WordKeys.LowerOf(form))))
                borrowed[WordKeys.LowerOf(form)] = typical;
        }
        return new PerceptronTagger(this, borrowed);
    }

    public int ClassCount => _classes.Count;

    /// <summary>The class of a UPOS and XPOS pair, or -1 when training never saw it.</summary>
    public int ClassOf(Upos upos, string xpos) => _classes.IdOf(JointTag(UposText.Name(upos), xpos));

    public Upos UposOf(int tagClass) => _upos[tagClass];

    public string XposOf(int tagClass) => _xpos[tagClass];

    /// <summary>The class's UPOS and XPOS as one string (see <see cref="JointTag"/>).</summary>
    public string JointTagOf(int tagClass) => _classes[tagClass];

    /// <summary>UPOS and XPOS joined, the tagger's class names: "AUX\tVBZ" and "VERB\tVBZ" stay apart.</summary>
    public static string JointTag(string upos, string xpos) => upos + "\t" + xpos;

    /// <summary>Writes one tag class per word into <paramref name="tags"/>.</summary>
    public void Tag(ReadOnlySpan<string> words, Span<int> tags)
    {
        var tokens = ArrayPool<TaggerToken>.Shared.Rent(words.Length);
        var first = ArrayPool<int>.Shared.Rent(words.Length);
        var margins = ArrayPool<float>.Shared.Rent(words.Length);
        try
        {
            for (int i = 0; i < words.Length; i++)
            {
                var keys = WordKeys.Of(words[i]);
                var (exact, lower) = (_ambiguity.GetValueOrDefault(words[i]), _lowerAmbiguity.GetValueOrDefault(keys.Lower));
                if (exact == 0 && lower == 0 && _borrowedAmbiguity.TryGetValue(keys.Lower, out var borrowed))
                    (exact, lower) = borrowed;
                tokens[i] = new TaggerToken(keys, exact, lower);
            }
            var sentence = tokens.AsSpan(0, words.Length);
            ulong casing = SentenceCasing(words);
            Run(words, sentence, casing, _dictionary, _classes.Count, _first, default, first.AsSpan(0, words.Length), margins.AsSpan(0, words.Length));
            Run(words, sentence, casing, _dictionary, _classes.Count, _second, first.AsSpan(0, words.Length), tags, margins.AsSpan(0, words.Length));
        }
        finally
        {
            ArrayPool<TaggerToken>.Shared.Return(tokens);
            ArrayPool<int>.Shared.Return(first);
            ArrayPool<float>.Shared.Return(margins);
        }
    }

    /// <summary>
    /// One left-to-right pass. The first pass (<paramref name="firstTags"/> empty) writes how far each tag's score is
    /// ahead of the runner-up into <paramref name="margins"/>; the second pass reads the first pass's tags and
    /// re-tags only the words whose margin is under <see cref="SecondPassMargin"/>.
    /// </summary>
    [SkipLocalsInit]
    private static void Run(ReadOnlySpan<string> words, ReadOnlySpan<TaggerToken> tokens, ulong casing, Dictionary<string, int> dictionary,
        int classCount, SparseWeights weights, ReadOnlySpan<int> firstTags, Span<int> tags, Span<float> margins)
    {
        bool second = !firstTags.IsEmpty;
        Span<ulong> features = stackalloc ulong[FeatureCount + SecondPassFeatureCount];
        var used = firstTags.IsEmpty ? features[..FeatureCount] : features;
        Span<float> scores = stackalloc float[classCount];
        for (int i = 0; i < words.Length; i++)
        {
            if (second && margins[i] >= SecondPassMargin)
            {
                tags[i] = firstTags[i];
                continue;
            }
            if (!second && dictionary.TryGetValue(words[i], out int known))
            {
                tags[i] = known;
                margins[i] = float.PositiveInfinity;
                continue;
            }
            Extract(tokens, casing, tags, i, features);
            if (second)
                ExtractSecondPass(tokens, firstTags, tags, i, features[FeatureCount..]);
            scores.Clear();
            weights.Score(used, scores);
            tags[i] = ArgMax(scores);
            if (!second)
                margins[i] = Margin(scores, tags[i]);
        }
    }

    private static float Margin(ReadOnlySpan<float> scores, int best)
    {
        float runnerUp = float.NegativeInfinity;
        for (int c = 0; c < scores.Length; c++)
        {
            if (c != best && scores[c] > runnerUp)
                runnerUp = scores[c];
        }
        return scores[best] - runnerUp;
    }

    /// <summary>Trains on gold-tagged sentences; the same sentences, epochs and seed give the same model.</summary>
    public static PerceptronTagger Train(IReadOnlyList<ConllSentence> sentences, int epochs, int seed, Action<string>? log = null) =>
        TrainWithHeldOutTags(sentences, epochs, seed, DefaultFolds, log).Tagger;

    /// <summary>
    /// Trains the tagger, and also tags each sentence with a tagger trained on the other <paramref name="folds"/>
    /// (interleaved sentences), as the parser's training input. Deterministic for the same inputs and seed.
    /// </summary>
    /// <remarks>
    /// The second pass learns from first-pass tags predicted by first passes that did not see the sentence, so it
    /// learns how far to trust them on new text. Those fold first passes are reused for the held-out tags, with a
    /// second pass trained per fold; only the first-pass tags it reads come from taggers that saw the held-out fold.
    /// </remarks>
    public static (PerceptronTagger Tagger, int[][] HeldOutTags) TrainWithHeldOutTags(IReadOnlyList<ConllSentence> sentences,
        int epochs, int seed, int folds, Action<string>? log = null)
    {
        if (folds < 2)
            throw new ArgumentOutOfRangeException(nameof(folds), folds, "the second pass needs at least two folds");
        var classes = new LabelSet(sentences.SelectMany(s => s.Upos.Zip(s.Xpos, JointTag)).Order(StringComparer.Ordinal));
        var gold = sentences.Select(s => s.Upos.Zip(s.Xpos, (u, x) => classes.IdOf(JointTag(u, x))).ToArray()).ToArray();
        var dictionary = BuildDictionary(sentences, gold);
        var ambiguityClasses = BuildAmbiguityClasses(sentences, gold, _ => true, w => w);
        var lowerAmbiguityClasses = BuildAmbiguityClasses(sentences, gold, _ => true, w => WordKeys.LowerOf(w));
        // Training reads each sentence's ambiguity classes from the other folds only: built from all of the data they
        // would always contain the right tag, and the tagger would learn to trust them more than new text warrants.
        var tokens = new TaggerToken[sentences.Count][];
        var casings = sentences.Select(s => SentenceCasing(s.Words)).ToArray();
        for (int fold = 0; fold < AmbiguityFolds; fold++)
        {
            var held = BuildAmbiguityClasses(sentences, gold, s => FoldOf(s, sentences.Count, AmbiguityFolds) != fold, w => w);
            var heldLower = BuildAmbiguityClasses(sentences, gold, s => FoldOf(s, sentences.Count, AmbiguityFolds) != fold, w => WordKeys.LowerOf(w));
            foreach (int s in FoldRange(fold, sentences.Count, AmbiguityFolds))
            {
                tokens[s] = sentences[s].Words.Select(w =>
                {
                    var keys = WordKeys.Of(w);
                    return new TaggerToken(keys, held.GetValueOrDefault(w), heldLower.GetValueOrDefault(keys.Lower));
                }).ToArray();
            }
        }

        // Job `folds` trains on everything; job f < folds leaves out fold f (a run of consecutive sentences) and tags it.
        int[] TrainingSet(int job) => Enumerable.Range(0, sentences.Count).Where(s => job == folds || FoldOf(s, sentences.Count, folds) != job).ToArray();
        // Trains one pass per job (reading the first pass's tags when given) and lets each fold's model tag its held-out sentences.
        SparseWeights TrainPassOverFolds(int[][]? firstPassTags, Action<int, SparseWeights> tagHeldOut)
        {
            var passes = new SparseWeights[folds + 1];
            Parallel.For(0, folds + 1, job =>
            {
                passes[job] = TrainPass(TrainingSet(job), sentences, gold, tokens, casings, dictionary, classes.Count, firstPassTags, epochs,
                    seed, job == folds ? log : null);
                foreach (int s in job < folds ? FoldRange(job, sentences.Count, folds) : [])
                    tagHeldOut(s, passes[job]);
            });
            return passes[folds];
        }

        var firstTags = new int[sentences.Count][];
        var firstMargins = new float[sentences.Count][];
        var first = TrainPassOverFolds(null, (s, pass) =>
        {
            firstTags[s] = new int[sentences[s].Length];
            firstMargins[s] = new float[sentences[s].Length];
            Run(sentences[s].Words, tokens[s], casings[s], dictionary, classes.Count, pass, default, firstTags[s], firstMargins[s]);
        });
        var heldOut = new int[sentences.Count][];
        var second = TrainPassOverFolds(firstTags, (s, pass) =>
        {
            heldOut[s] = new int[sentences[s].Length];
            Run(sentences[s].Words, tokens[s], casings[s], dictionary, classes.Count, pass, firstTags[s], heldOut[s], firstMargins[s]);
        });
        return (new PerceptronTagger(classes, dictionary, ambiguityClasses, lowerAmbiguityClasses, first, second), heldOut);
    }

    /// <summary>
    /// Folds are runs of consecutive sentences: a treebank keeps each document's sentences together, and a fold that
    /// shared documents with the rest would see the same names and topics, so held-out tags would look too good.
    /// </summary>
    private static int FoldOf(int sentence, int count, int folds) => (int)((long)sentence * folds / count);

    private static IEnumerable<int> FoldRange(int fold, int count, int folds) =>
        Enumerable.Range(0, count).Where(s => FoldOf(s, count, folds) == fold);

    private static SparseWeights TrainPass(int[] order, IReadOnlyList<ConllSentence> sentences, int[][] gold, TaggerToken[][] tokens,
        ulong[] casings, Dictionary<string, int> dictionary, int classCount, int[][]? firstTags, int epochs, int seed, Action<string>? log)
    {
        var perceptron = new AveragedPerceptron(classCount);
        order = order.ToArray();
        var random = new Random(seed);
        var features = new ulong[FeatureCount + (firstTags is null ? 0 : SecondPassFeatureCount)];
        var scores = new float[classCount];
        string pass = firstTags is null ? "first" : "second";

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
                        Extract(tokens[s], casings[s], tags, i, features);
                        if (firstTags is not null)
                            ExtractSecondPass(tokens[s], firstTags[s], tags, i, features.AsSpan(FeatureCount));
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
            log?.Invoke($"tagger {pass} pass epoch {epoch}/{epochs}: training accuracy {100.0 * correct / total:F2}%, {perceptron.FeatureCount:N0} features");
        }
        return perceptron.Compile(minimumWeight: 0.001f);
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
        writer.Write(_lowerAmbiguity.Count);
        foreach (var (lower, classSet) in _lowerAmbiguity.OrderBy(p => p.Key))
        {
            writer.Write(lower);
            writer.Write(classSet);
        }
        _first.Write(writer);
        _second.Write(writer);
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
        count = reader.ReadInt32();
        var lowerAmbiguity = new Dictionary<ulong, ulong>(count);
        for (int i = 0; i < count; i++)
            lowerAmbiguity[reader.ReadUInt64()] = reader.ReadUInt64();
        return new PerceptronTagger(classes, dictionary, ambiguity, lowerAmbiguity, SparseWeights.Read(reader), SparseWeights.Read(reader));
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
    private static Dictionary<TKey, ulong> BuildAmbiguityClasses<TKey>(IReadOnlyList<ConllSentence> sentences, int[][] gold,
        Func<int, bool> includes, Func<string, TKey> keyOf) where TKey : notnull
    {
        var tagSets = new Dictionary<TKey, SortedSet<int>>();
        for (int s = 0; s < sentences.Count; s++)
        {
            if (!includes(s))
                continue;
            for (int i = 0; i < sentences[s].Length; i++)
            {
                var word = keyOf(sentences[s].Words[i]);
                if (!tagSets.TryGetValue(word, out var set))
                    tagSets[word] = set = [];
                set.Add(gold[s][i]);
            }
        }
        var ambiguity = new Dictionary<TKey, ulong>();
        foreach (var (word, set) in tagSets)
        {
            ulong key = FeatureHasher.Start(0xA3B);
            foreach (int tag in set)
                key = FeatureHasher.Mix(key, tag);
            ambiguity[word] = key;
        }
        return ambiguity;
    }

    private static void Extract(ReadOnlySpan<TaggerToken> tokens, ulong casing, ReadOnlySpan<int> tags, int i, Span<ulong> features)
    {
        var w = tokens[i].Keys;
        var previous = i > 0 ? tokens[i - 1].Keys : WordKeys.Start;
        var previous2 = i > 1 ? tokens[i - 2].Keys : WordKeys.Start;
        var next = i + 1 < tokens.Length ? tokens[i + 1].Keys : WordKeys.End;
        var next2 = i + 2 < tokens.Length ? tokens[i + 2].Keys : WordKeys.End;
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
        ulong ambiguity0 = tokens[i].Ambiguity;
        ulong ambiguity1 = i + 1 < tokens.Length ? tokens[i + 1].Ambiguity : 1;
        ulong ambiguity2 = i + 2 < tokens.Length ? tokens[i + 2].Ambiguity : 1;
        features[30] = F(30, ambiguity0);
        features[31] = F(31, ambiguity1);
        features[32] = F(32, ambiguity2);
        features[33] = F(33, (ulong)tag1, ambiguity0);
        features[34] = F(34, ambiguity0, ambiguity1);
        features[35] = F(35, ambiguity0, ambiguity1, ambiguity2);
        // Unknown words: a capital means a name inside a sentence but not at its start; compounds take their head's tag.
        features[36] = F(36, w.Shape, i == 0 ? 1UL : 0UL);
        features[37] = F(37, w.HyphenTail);
        features[38] = F(38, w.Prefix4);
        features[39] = F(39, w.Suffix5);
        features[40] = F(40, tokens[i].LowerAmbiguity);
        features[41] = F(41, w.Shape, casing, i == 0 ? 1UL : 0UL);
        features[42] = F(42, previous.Shape, w.Shape);
        features[43] = F(43, w.Shape, next.Shape);
    }

    /// <summary>The second pass's extra features: the first pass's tags for this word and the two to its right.</summary>
    private static void ExtractSecondPass(ReadOnlySpan<TaggerToken> tokens, ReadOnlySpan<int> firstTags, ReadOnlySpan<int> tags, int i, Span<ulong> features)
    {
        var w = tokens[i].Keys;
        ulong tag1 = i > 0 ? (ulong)tags[i - 1] : ulong.MaxValue;
        ulong here = (ulong)firstTags[i];
        ulong right1 = i + 1 < firstTags.Length ? (ulong)firstTags[i + 1] : ulong.MaxValue;
        ulong right2 = i + 2 < firstTags.Length ? (ulong)firstTags[i + 2] : ulong.MaxValue;
        features[0] = F(100, right1);
        features[1] = F(101, right2);
        features[2] = F(102, right1, right2);
        features[3] = F(103, here);
        features[4] = F(104, tag1, right1);
        features[5] = F(105, w.Lower, right1);
        features[6] = F(106, here, right1);
        features[7] = F(107, w.Suffix3, right1);
    }

    /// <summary>
    /// How the sentence as a whole is capitalised (0 mostly lowercase, 1 ordinary, 2 title case, 3 capitals), since
    /// a capital only suggests a name where capitals are not everywhere or nowhere.
    /// </summary>
    private static ulong SentenceCasing(ReadOnlySpan<string> words)
    {
        int cased = 0, capitalised = 0, upper = 0;
        foreach (var word in words)
        {
            if (word.Length == 0 || !char.IsLetter(word[0]))
                continue;
            cased++;
            if (char.IsUpper(word[0]))
            {
                capitalised++;
                if (word.Length > 1 && !word.AsSpan().ContainsAnyInRange('a', 'z'))
                    upper++;
            }
        }
        if (cased < 3)
            return 1;
        if (upper * 2 > cased)
            return 3;
        if (capitalised * 5 > cased * 3)
            return 2;
        return capitalised == 0 ? 0UL : 1UL;
    }

    /// <summary>One word's keys and ambiguity classes (of its form and of its lowercase form).</summary>
    private readonly record struct TaggerToken(WordKeys Keys, ulong Ambiguity, ulong LowerAmbiguity);

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
