using System.Buffers.Binary;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace ArmsWatch.Analysis;

/// <summary>Frozen perceptron weights: feature key → the few classes it has a non-zero weight for. Immutable, so thread-safe.</summary>
/// <remarks>
/// An open-addressing table of 8-byte slots (32-bit fingerprint, 24-bit start, 8-bit length) over one packed array of
/// (weight, class) entries, so scoring a feature costs one probe and one short sequential read, and the table stays
/// small enough to mostly live in cache. Rows with many classes (the frequent tag features that every scoring reads)
/// are kept dense instead and added with SIMD: a few thousand of them carry most of the additions. The full 64-bit
/// keys are kept aside only for writing. Weights are rounded to half precision when built, which halves the model
/// files and makes save/load round-trip exactly.
/// </remarks>
public sealed class SparseWeights
{
    private const int MaximumEntries = 1 << 24;

    // A row is stored dense when it has at least one class in this many: a vector add of 8 classes then costs
    // about what adding one sparse entry does.
    private const int DenseRowFraction = 6;

    private readonly ulong[] _keys;
    private readonly int[] _starts;
    private readonly Slot[] _slots;
    private readonly Entry[] _entries;
    private readonly float[] _dense;
    private readonly int _denseStride;
    private readonly int _mask;

    private SparseWeights(int classCount, ulong[] keys, int[] starts, Entry[] entries)
    {
        if (classCount > 256 || entries.Length >= MaximumEntries)
            throw new ArgumentException($"{classCount} classes and {entries.Length} weights exceed the slot layout (256, 2^24)");
        ClassCount = classCount;
        FeatureCount = keys.Length;
        _keys = keys;
        _starts = starts;
        _entries = entries;
        // Load factor 3/8 to 3/4: the table is what costs cache misses, and probes past the home slot mostly stay in its line.
        int capacity = LinearProbing.SlotCount(keys.Length * 4 / 3 + 1);
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _denseStride = (classCount + 7) & ~7;
        var dense = new List<float>();
        for (int i = 0; i < keys.Length; i++)
        {
            var (home, fingerprint) = Locate(keys[i]);
            int index = LinearProbing.FreeSlot<Slot, uint>(_slots, home);
            int length = starts[i + 1] - starts[i];
            uint row;
            if (length * DenseRowFraction >= classCount)
            {
                // Length 0 marks a dense row; its start counts rows of _denseStride weights (padded to whole vectors).
                row = (uint)(dense.Count / _denseStride) << 8;
                var weights = new float[_denseStride];
                for (int e = starts[i]; e < starts[i + 1]; e++)
                    weights[entries[e].Class] = entries[e].Weight;
                dense.AddRange(weights);
            }
            else
            {
                row = (uint)starts[i] << 8 | (uint)length;
            }
            _slots[index] = new Slot(fingerprint, row);
        }
        _dense = [.. dense];
    }

    public int ClassCount { get; }

    public int FeatureCount { get; }

    /// <summary>Adds each known feature's weights to <paramref name="scores"/> (which the caller clears).</summary>
    [SkipLocalsInit]
    public unsafe void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..ClassCount];
        var slots = _slots;
        // First read every feature's home slot: these loads are independent, so their cache misses overlap
        // instead of each waiting behind the previous feature's probe.
        Span<int> homes = stackalloc int[features.Length];
        Span<uint> fingerprints = stackalloc uint[features.Length];
        Span<uint> homeFingerprints = stackalloc uint[features.Length];
        for (int i = 0; i < features.Length; i++)
        {
            var (index, fingerprint) = Locate(features[i]);
            homes[i] = index;
            fingerprints[i] = fingerprint;
            homeFingerprints[i] = slots[index].Fingerprint;
        }
        // Then find the rows and prefetch their weights, for the same reason: the rows lie far apart.
        ref Entry entries = ref MemoryMarshal.GetArrayDataReference(_entries);
        Span<uint> rows = stackalloc uint[features.Length];
        int found = 0;
        for (int i = 0; i < features.Length; i++)
        {
            if (homeFingerprints[i] == 0)
                continue;
            int index = LinearProbing.Find(slots, homes[i], fingerprints[i]);
            if (index < 0)
                continue;
            uint row = slots[index].Row;
            rows[found++] = row;
            if (Sse.IsSupported && (row & 0xFF) != 0)
                Sse.Prefetch0(Unsafe.AsPointer(ref Unsafe.Add(ref entries, (int)(row >> 8))));
        }
        Span<int> denseRows = stackalloc int[found];
        int denseCount = 0;
        foreach (uint row in rows[..found])
        {
            int length = (int)(row & 0xFF);
            if (length == 0)
            {
                denseRows[denseCount++] = (int)(row >> 8) * _denseStride;
                continue;
            }
            for (int e = (int)(row >> 8), end = e + length; e < end; e++)
            {
                ref Entry entry = ref Unsafe.Add(ref entries, e);
                scores[entry.Class] += entry.Weight;
            }
        }
        if (denseCount > 0)
            AddDense(denseRows[..denseCount], scores);
    }

    /// <summary>
    /// Adds the dense rows a block of 32 classes at a time, so the block's sums stay in registers while every row is
    /// read, rather than being loaded and stored once per row.
    /// </summary>
    [SkipLocalsInit]
    private void AddDense(ReadOnlySpan<int> offsets, Span<float> scores)
    {
        Span<float> sums = stackalloc float[_denseStride];
        ref float weights = ref MemoryMarshal.GetArrayDataReference(_dense);
        ref float sum = ref MemoryMarshal.GetReference(sums);
        int block = 0;
        if (Vector512.IsHardwareAccelerated)
        {
            // Each class still sums its rows in the same order, so the scores are the same bit for bit as below.
            for (; block + 64 <= _denseStride; block += 64)
            {
                Vector512<float> a = default, b = default, c = default, d = default;
                foreach (int offset in offsets)
                {
                    ref float row = ref Unsafe.Add(ref weights, offset + block);
                    a += Vector512.LoadUnsafe(ref row);
                    b += Vector512.LoadUnsafe(ref row, 16);
                    c += Vector512.LoadUnsafe(ref row, 32);
                    d += Vector512.LoadUnsafe(ref row, 48);
                }
                a.StoreUnsafe(ref sum, (nuint)block);
                b.StoreUnsafe(ref sum, (nuint)block + 16);
                c.StoreUnsafe(ref sum, (nuint)block + 32);
                d.StoreUnsafe(ref sum, (nuint)block + 48);
            }
        }
        if (Vector256.IsHardwareAccelerated)
        {
            for (; block + 32 <= _denseStride; block += 32)
            {
                Vector256<float> a = default, b = default, c = default, d = default;
                foreach (int offset in offsets)
                {
                    ref float row = ref Unsafe.Add(ref weights, offset + block);
                    a += Vector256.LoadUnsafe(ref row);
                    b += Vector256.LoadUnsafe(ref row, 8);
                    c += Vector256.LoadUnsafe(ref row, 16);
                    d += Vector256.LoadUnsafe(ref row, 24);
                }
                a.StoreUnsafe(ref sum, (nuint)block);
                b.StoreUnsafe(ref sum, (nuint)block + 8);
                c.StoreUnsafe(ref sum, (nuint)block + 16);
                d.StoreUnsafe(ref sum, (nuint)block + 24);
            }
            for (; block < _denseStride; block += 8)
            {
                Vector256<float> a = default;
                foreach (int offset in offsets)
                    a += Vector256.LoadUnsafe(ref Unsafe.Add(ref weights, offset + block));
                a.StoreUnsafe(ref sum, (nuint)block);
            }
        }
        else
        {
            sums.Clear();
            foreach (int offset in offsets)
            {
                for (int c = 0; c < _denseStride; c++)
                    sums[c] += _dense[offset + c];
            }
        }
        for (int c = 0; c < scores.Length; c++)
            scores[c] += sums[c];
    }

    /// <summary>Writes the weights: keys delta-coded in ascending order, then each row's (class, half-precision weight) pairs.</summary>
    public void Write(BinaryWriter writer)
    {
        var rows = Enumerable.Range(0, _keys.Length).OrderBy(i => _keys[i]).ToArray();
        writer.Write(ClassCount);
        writer.Write(rows.Length);
        ulong previous = 0;
        foreach (int row in rows)
        {
            writer.Write7BitEncodedInt64((long)(_keys[row] - previous));
            previous = _keys[row];
            writer.Write7BitEncodedInt(_starts[row + 1] - _starts[row]);
            for (int e = _starts[row]; e < _starts[row + 1]; e++)
            {
                writer.Write(_entries[e].Class);
                writer.Write((Half)_entries[e].Weight);
            }
        }
    }

    [SkipLocalsInit]
    public static SparseWeights Read(BinaryReader reader)
    {
        var builder = new Builder(reader.ReadInt32());
        int rowCount = reader.ReadInt32();
        // A row's (class, weight) pairs are read in one call: millions of per-byte reader calls made loading a model
        // take longer than parsing a few hundred articles. A row holds at most one entry per class (256).
        Span<byte> pairs = stackalloc byte[3 * 256];
        ulong key = 0;
        for (int r = 0; r < rowCount; r++)
        {
            key += (ulong)reader.Read7BitEncodedInt64();
            int length = reader.Read7BitEncodedInt();
            if (length > 256)
                throw new InvalidDataException($"a weights row of {length} entries");
            var row = pairs[..(3 * length)];
            reader.BaseStream.ReadExactly(row);
            for (int e = 0; e < row.Length; e += 3)
                builder.AddEntry(row[e], (float)BinaryPrimitives.ReadHalfLittleEndian(row[(e + 1)..]));
            builder.EndRow(key);
        }
        return builder.Build();
    }

    /// <summary>A key's home slot (low bits of its mixed hash) and fingerprint (high 32 bits, never 0: 0 marks an empty slot).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (int Index, uint Fingerprint) Locate(ulong key)
    {
        ulong mixed = FeatureHasher.Finish(key);
        uint fingerprint = (uint)(mixed >> 32);
        return ((int)(mixed & (ulong)_mask), fingerprint == 0 ? 1 : fingerprint);
    }

    /// <summary>A table slot: the key's fingerprint, and its row as start &lt;&lt; 8 | length.</summary>
    private readonly record struct Slot(uint Fingerprint, uint Row) : IProbedSlot<uint>
    {
        public uint Key => Fingerprint;
    }

    /// <summary>A class's weight in 4 bytes (the entries are the other array that misses the cache): weights are rounded
    /// to half precision, so a float's low 13 mantissa bits are zero and the low 8 can hold the class.</summary>
    private readonly struct Entry(float weight, byte cls)
    {
        private readonly uint _bits = BitConverter.SingleToUInt32Bits(weight) | cls;

        public float Weight => BitConverter.UInt32BitsToSingle(_bits & ~0xFFu);

        public byte Class => (byte)_bits;
    }

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
                    AddEntry((byte)c, rounded);
            }
            if (_entries.Count > _starts[^1])
                EndRow(feature);
        }

        internal void AddEntry(byte cls, float weight)
        {
            Debug.Assert((BitConverter.SingleToUInt32Bits(weight) & 0xFF) == 0, "weights are rounded to half precision first");
            _entries.Add(new Entry(weight, cls));
        }

        internal void EndRow(ulong feature)
        {
            _keys.Add(feature);
            _starts.Add(_entries.Count);
        }

        public SparseWeights Build() => new(classCount, [.. _keys], [.. _starts], [.. _entries]);
    }
}
