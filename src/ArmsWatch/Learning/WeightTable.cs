using ArmsWatch.Analysis;

namespace ArmsWatch.Learning;

/// <summary>A trained model's weights by feature key, for lookups: an open-addressing table of keys and weights, kept
/// at most half full, so a lookup is one or two probes in two flat arrays. A key the table lacks weighs 0.</summary>
public sealed class WeightTable
{
    // Key 0 marks an empty slot; a weight stored under key 0 itself is kept aside.
    private readonly KeySlot[] _keys;
    private readonly float[] _weights;
    private readonly int _mask;
    private readonly float _zeroKeyWeight;

    public WeightTable(IReadOnlyCollection<KeyValuePair<ulong, float>> weights)
    {
        var capacity = LinearProbing.SlotCount(weights.Count * 2);
        _keys = new KeySlot[capacity];
        _weights = new float[capacity];
        _mask = capacity - 1;
        foreach (var (key, weight) in weights)
        {
            Count++;
            if (key == 0)
            {
                _zeroKeyWeight = weight;
                continue;
            }
            var slot = LinearProbing.FreeSlot<KeySlot, ulong>(_keys, Home(key));
            _keys[slot] = new KeySlot(key);
            _weights[slot] = weight;
        }
    }

    public int Count { get; }

    /// <summary>The weight stored under <paramref name="key"/>, or 0.</summary>
    public float this[ulong key]
    {
        get
        {
            if (key == 0)
                return _zeroKeyWeight;
            var slot = LinearProbing.Find(_keys, Home(key), key);
            return slot >= 0 ? _weights[slot] : 0;
        }
    }

    /// <summary>Every stored weight, by ascending key (the order model files are written in).</summary>
    public IEnumerable<KeyValuePair<ulong, float>> Entries()
    {
        var entries = new List<KeyValuePair<ulong, float>>(Count);
        for (var slot = 0; slot < _keys.Length; slot++)
            if (_keys[slot].Key != 0)
                entries.Add(new(_keys[slot].Key, _weights[slot]));
        if (Count > entries.Count)
            entries.Add(new(0, _zeroKeyWeight));
        return entries.OrderBy(entry => entry.Key);
    }

    // Keys are already mixed (FeatureHasher.Finish), so their top bits spread evenly.
    private int Home(ulong key) => (int)(key >> 32) & _mask;

    /// <summary>A slot of the table: a whole feature key, 0 when empty.</summary>
    private readonly record struct KeySlot(ulong Key) : IProbedSlot<ulong>;
}
