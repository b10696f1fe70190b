using System.Buffers;
using System.Runtime.CompilerServices;

namespace ArmsWatch.Analysis;

/// <summary>Greedy arc-eager dependency parser with an averaged perceptron trained by a dynamic oracle.</summary>
/// <remarks>
/// Parsing is linear in the sentence length and always yields a well-formed tree (one root, one head per token,
/// no cycles), for any length. Immutable after construction; per-thread scratch state makes it safe to share.
/// </remarks>
public sealed class DependencyParser
{
    public const string RootLabel = "root";
    private const string FragmentLabel = "dep";
    private const string Magic = "ArmsWatch.DependencyParser";
    private const int FormatVersion = 2;

    // After the first epoch the trainer follows its own prediction this often, so it learns to recover from its mistakes.
    private const double ExplorationRate = 0.9;

    private static readonly ulong NoWord = FeatureHasher.Mix(0x5EED, "<none>".AsSpan());

    [ThreadStatic] private static Scratch? t_scratch;

    private readonly LabelSet _tags;
    private readonly LabelSet _labels;
    private readonly ArcEagerSystem _system;
    private readonly SparseWeights _weights;
    private readonly int _fragmentLabel;

    private DependencyParser(LabelSet tags, LabelSet labels, SparseWeights weights)
    {
        _tags = tags;
        _labels = labels;
        _weights = weights;
        _system = new ArcEagerSystem(labels.Count);
        _fragmentLabel = Math.Max(0, labels.IdOf(FragmentLabel));
    }

    public SparseWeights Weights => _weights;

    /// <summary>The relation name for a label id from <see cref="Parse"/> (-1 is the root).</summary>
    public string LabelName(int label) => label < 0 ? RootLabel : _labels[label];

    /// <summary>
    /// Parses tagged words (<paramref name="tags"/> as <see cref="PerceptronTagger.JointTag"/>): fills 1-based heads
    /// (0 = root) and label ids (-1 for the root).
    /// </summary>
    [SkipLocalsInit]
    public void Parse(ReadOnlySpan<string> words, ReadOnlySpan<string> tags, Span<int> heads, Span<int> labels)
    {
        var scratch = t_scratch is { } cached && cached.Scores.Length == _system.ActionCount
            ? cached
            : t_scratch = new Scratch(_system.ActionCount);
        scratch.Load(words, tags, _tags);
        var state = scratch.State;
        state.Reset(words.Length);
        Span<ulong> features = stackalloc ulong[ParserFeatures.Count];
        Span<float> scores = scratch.Scores;
        while (!state.IsTerminal)
        {
            ParserFeatures.Extract(state, scratch.Words, scratch.Tags, features);
            scores.Clear();
            _weights.Score(features, scores);
            _system.Apply(state, _system.BestLegal(state, scores));
        }
        ArcEagerSystem.Finish(state, _fragmentLabel);
        for (int i = 0; i < words.Length; i++)
        {
            heads[i] = state.Heads[i + 1];
            labels[i] = state.Labels[i + 1];
        }
    }

    /// <summary>
    /// Trains on sentences whose trees are first made projective (<see cref="Projectivizer"/>), with the given joint
    /// UPOS+XPOS tags (gold, or a tagger's output so training matches use). Deterministic for the same inputs and seed.
    /// Averaged weights smaller than <paramref name="minimumWeight"/> in magnitude are left out of the model.
    /// </summary>
    public static DependencyParser Train(IReadOnlyList<ConllSentence> sentences, IReadOnlyList<string[]> tags,
        int epochs, int seed, float minimumWeight = 0, Action<string>? log = null)
    {
        var tagSet = new LabelSet(sentences.SelectMany(s => s.Upos.Zip(s.Xpos, PerceptronTagger.JointTag)).Order(StringComparer.Ordinal));
        var labels = new LabelSet(sentences.SelectMany(s => s.DepRels).Where(l => l != RootLabel).Order(StringComparer.Ordinal));
        var system = new ArcEagerSystem(labels.Count);
        var perceptron = new AveragedPerceptron(system.ActionCount);
        var goldHeads = sentences.Select(s => Prepend(Projectivizer.Projectivize(s.Heads))).ToArray();
        var goldLabels = sentences.Select(s => Prepend(s.DepRels.Select(labels.IdOf).ToArray())).ToArray();
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        var scratch = new Scratch(system.ActionCount);
        var features = new ulong[ParserFeatures.Count];
        var costs = new int[system.ActionCount];

        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            int correct = 0, total = 0;
            foreach (int s in order)
            {
                scratch.Load(sentences[s].Words, tags[s], tagSet);
                var state = scratch.State;
                state.Reset(sentences[s].Length);
                while (!state.IsTerminal)
                {
                    ParserFeatures.Extract(state, scratch.Words, scratch.Tags, features);
                    Array.Clear(scratch.Scores);
                    perceptron.Score(features, scratch.Scores);
                    int guess = system.BestLegal(state, scratch.Scores);
                    system.Costs(state, goldHeads[s], goldLabels[s], costs);
                    int best = BestAtMinimumCost(scratch.Scores, costs);
                    perceptron.Tick();
                    bool guessIsGold = costs[guess] == costs[best];
                    if (!guessIsGold)
                        perceptron.Update(features, best, guess);
                    correct += guessIsGold ? 1 : 0;
                    total++;
                    bool explore = epoch > 1 && random.NextDouble() < ExplorationRate;
                    system.Apply(state, explore ? guess : best);
                }
            }
            log?.Invoke($"parser epoch {epoch}/{epochs}: {100.0 * correct / total:F2}% transitions optimal, {perceptron.FeatureCount:N0} features");
        }
        return new DependencyParser(tagSet, labels, perceptron.Compile(minimumWeight));
    }

    public void Save(string path) => ModelFile.Write(path, Magic, FormatVersion, writer =>
    {
        _tags.Write(writer);
        _labels.Write(writer);
        _weights.Write(writer);
    });

    public static DependencyParser Load(string path) => ModelFile.Read(path, Magic, FormatVersion,
        reader => new DependencyParser(LabelSet.Read(reader), LabelSet.Read(reader), SparseWeights.Read(reader)));

    private static int[] Prepend(int[] values) => [0, .. values];

    private static int BestAtMinimumCost(ReadOnlySpan<float> scores, ReadOnlySpan<int> costs)
    {
        int best = -1;
        for (int action = 0; action < costs.Length; action++)
        {
            if (costs[action] == int.MaxValue)
                continue;
            if (best < 0 || costs[action] < costs[best] || (costs[action] == costs[best] && scores[action] > scores[best]))
                best = action;
        }
        return best;
    }

    /// <summary>Per-thread buffers: the state, word keys and tag ids (index 0 = no token) and action scores.</summary>
    private sealed class Scratch(int actionCount)
    {
        public readonly ParserState State = new();
        public readonly float[] Scores = new float[actionCount];
        public ulong[] Words = new ulong[64];
        public int[] Tags = new int[64];

        public void Load(ReadOnlySpan<string> words, ReadOnlySpan<string> tags, LabelSet tagSet)
        {
            if (Words.Length <= words.Length)
            {
                Words = new ulong[words.Length * 2 + 1];
                Tags = new int[words.Length * 2 + 1];
            }
            Words[0] = NoWord;
            Tags[0] = -1;
            for (int i = 0; i < words.Length; i++)
            {
                Words[i + 1] = WordKeys.LowerOf(words[i]);
                int tag = tagSet.IdOf(tags[i]);
                Tags[i + 1] = tag < 0 ? -2 : tag;
            }
        }
    }
}
