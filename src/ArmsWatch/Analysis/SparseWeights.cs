using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArmsWatch.Analysis;

/// <summary>Frozen perceptron weights: feature key → the few classes it has a non-zero weight for. Immutable, so thread-safe.</summary>
/// <remarks>
/// An open-addressing table of slots (key, start, length) over one packed array of (weight, class) entries, so scoring a
/// feature costs one probe and one short sequential read. Weights are rounded to half precision when built, which
/// halves the model files and makes save/load round-trip exactly.
/// </remarks>
public sealed class SparseWeights
{
    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly int _mask;

    private SparseWeights(int classCount, ulong[] keys, int[] starts, Entry[] entries)
    {
        ClassCount = classCount;
        FeatureCount = keys.Length;
        _entries = entries;
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, keys.Length * 2));
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        for (int i = 0; i < keys.Length; i++)
        {
            ulong key = NonZero(keys[i]);
            int index = (int)(FeatureHasher.Finish(key) & (ulong)_mask);
            while (_slots[index].Key != 0)
                index = (index + 1) & _mask;
            _slots[index] = new Slot(key, starts[i], starts[i + 1] - starts[i]);
        }
    }

    public int ClassCount { get; }

    public int FeatureCount { get; }

    public int EntryCount => _entries.Length;

    /// <summary>Adds each known feature's weights to <paramref name="scores"/> (which the caller clears).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var slots = _slots;
        ref Entry entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        foreach (ulong feature in features)
        {
            ulong key = NonZero(feature);
            int index = (int)(FeatureHasher.Finish(key) & (ulong)_mask);
            while (true)
            {
                ref readonly Slot slot = ref slots[index];
                if (slot.Key == key)
                {
                    for (int e = slot.Start, end = slot.Start + slot.Length; e < end; e++)
                    {
                        ref Entry entry = ref Unsafe.Add(ref entries, e);
                        scores[entry.Class] += entry.Weight;
                    }
                    break;
                }
                if (slot.Key == 0)
                    break;
                index = (index + 1) & _mask;
            }
        }
    }

    /// <summary>Writes the weights: keys delta-coded in ascending order, then each row's (class, half-precision weight) pairs.</summary>
    public void Write(BinaryWriter writer)
    {
        var rows = _slots.Where(s => s.Key != 0).OrderBy(s => s.Key).ToArray();
        writer.Write(ClassCount);
        writer.Write(rows.Length);
        ulong previous = 0;
        foreach (var row in rows)
        {
            writer.Write7BitEncodedInt64((long)(row.Key - previous));
            previous = row.Key;
            writer.Write7BitEncodedInt(row.Length);
            for (int e = row.Start; e < row.Start + row.Length; e++)
            {
                writer.Write(_entries[e].Class);
                writer.Write((Half)_entries[e].Weight);
            }
        }
    }

    public static SparseWeights Read(BinaryReader reader)
    {
        var builder = new Builder(reader.ReadInt32());
        int rowCount = reader.ReadInt32();
        ulong key = 0;
        for (int r = 0; r < rowCount; r++)
        {
            key += (ulong)reader.Read7BitEncodedInt64();
            int length = reader.Read7BitEncodedInt();
            for (int e = 0; e < length; e++)
            {
                ushort cls = reader.ReadUInt16();
                builder.AddEntry(cls, (float)reader.ReadHalf());
            }
            builder.EndRow(key);
        }
        return builder.Build();
    }

    // Zero marks an empty slot; folding the (astronomically unlikely) zero key onto one keeps lookups branch-free.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NonZero(ulong key) => key == 0 ? 1 : key;

    private readonly record struct Slot(ulong Key, int Start, int Length);

    [StructLayout(LayoutKind.Sequential, Pack = 2)]
    private readonly record struct Entry(float Weight, ushort Class);

    /// <summary>Collects rows one feature at a time, then freezes them.</summary>
    public sealed class Builder(int classCount)
    {
        private readonly List<ulong> _keys = [];
        private readonly List<int> _starts = [0];
        private readonly List<Entry> _entries = [];

        /// <summary>Adds a feature's row, keeping the classes whose weight reaches <paramref name="minimumWeight"/> in magnitude.</summary>
        public void Add(ulong feature, ReadOnlySpan<float> weights, float minimumWeight)
        {
            for (int c = 0; c < weights.Length; c++)
            {
                float rounded = (float)(Half)weights[c];
                if (rounded != 0 && Math.Abs(rounded) >= minimumWeight)
                    AddEntry((ushort)c, rounded);
            }
            if (_entries.Count > _starts[^1])
                EndRow(feature);
        }

        internal void AddEntry(ushort cls, float weight) => _entries.Add(new Entry(weight, cls));

        internal void EndRow(ulong feature)
        {
            _keys.Add(feature);
            _starts.Add(_entries.Count);
        }

        public SparseWeights Build() => new(classCount, [.. _keys], [.. _starts], [.. _entries]);
    }
}
