using System.Numerics;

namespace ArmsWatch.Analysis;

/// <summary>A multiclass averaged perceptron over hashed features, used while training; <see cref="Compile"/> freezes it.</summary>
/// <remarks>
/// A feature gets a dense row of class weights only when an update first touches it, so memory follows the
/// features that matter, not all the features seen. Averaging is lazy (Daumé's trick, per row): a row's running
/// total is brought up to date only when the row changes, and once more at the end.
/// </remarks>
public sealed class AveragedPerceptron
{
    private const int RowsPerChunkLog2 = 12;
    private const int RowsPerChunk = 1 << RowsPerChunkLog2;

    private readonly Dictionary<ulong, int> _rows = new();
    private readonly List<float[]> _weights = [];
    private readonly List<double[]> _totals = [];
    private readonly List<int[]> _stamps = [];
    private int _step;

    public AveragedPerceptron(int classCount) => ClassCount = classCount;

    public int ClassCount { get; }

    public int FeatureCount => _rows.Count;

    /// <summary>Adds each known feature's weights to <paramref name="scores"/> (which the caller clears).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (ulong feature in features)
        {
            if (!_rows.TryGetValue(feature, out int row))
                continue;
            Add(scores, Weights(row));
        }
    }

    /// <summary>Counts one training instance: the clock that averaging divides by.</summary>
    public void Tick() => _step++;

    /// <summary>Moves weights toward <paramref name="truth"/> and away from <paramref name="guess"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess)
            return;
        foreach (ulong feature in features)
        {
            int row = RowFor(feature);
            CatchUp(row);
            var weights = Weights(row);
            weights[truth] += 1;
            weights[guess] -= 1;
        }
    }

    /// <summary>The averaged weights as an immutable model, dropping entries whose magnitude is below <paramref name="minimumWeight"/>.</summary>
    public SparseWeights Compile(float minimumWeight)
    {
        var builder = new SparseWeights.Builder(ClassCount);
        Span<float> averaged = new float[ClassCount];
        double steps = Math.Max(_step, 1);
        foreach (var (feature, row) in _rows.OrderBy(pair => pair.Key))
        {
            CatchUp(row);
            var totals = Totals(row);
            for (int c = 0; c < ClassCount; c++)
                averaged[c] = (float)(totals[c] / steps);
            builder.Add(feature, averaged, minimumWeight);
        }
        return builder.Build();
    }

    private int RowFor(ulong feature)
    {
        if (_rows.TryGetValue(feature, out int row))
            return row;
        row = _rows.Count;
        if ((row & (RowsPerChunk - 1)) == 0)
        {
            _weights.Add(new float[RowsPerChunk * ClassCount]);
            _totals.Add(new double[RowsPerChunk * ClassCount]);
            _stamps.Add(new int[RowsPerChunk]);
        }
        _stamps[row >> RowsPerChunkLog2][row & (RowsPerChunk - 1)] = _step;
        _rows.Add(feature, row);
        return row;
    }

    private void CatchUp(int row)
    {
        ref int stamp = ref _stamps[row >> RowsPerChunkLog2][row & (RowsPerChunk - 1)];
        int elapsed = _step - stamp;
        if (elapsed == 0)
            return;
        var weights = Weights(row);
        var totals = Totals(row);
        for (int c = 0; c < weights.Length; c++)
            totals[c] += elapsed * (double)weights[c];
        stamp = _step;
    }

    private Span<float> Weights(int row) =>
        _weights[row >> RowsPerChunkLog2].AsSpan((row & (RowsPerChunk - 1)) * ClassCount, ClassCount);

    private Span<double> Totals(int row) =>
        _totals[row >> RowsPerChunkLog2].AsSpan((row & (RowsPerChunk - 1)) * ClassCount, ClassCount);

    private static void Add(Span<float> scores, ReadOnlySpan<float> weights)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= weights.Length - Vector<float>.Count; i += Vector<float>.Count)
                (new Vector<float>(scores[i..]) + new Vector<float>(weights[i..])).CopyTo(scores[i..]);
        }
        for (; i < weights.Length; i++)
            scores[i] += weights[i];
    }
}
