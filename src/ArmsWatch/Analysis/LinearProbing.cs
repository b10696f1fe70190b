using System.Numerics;
using System.Runtime.CompilerServices;

namespace ArmsWatch.Analysis;

/// <summary>A slot of an open-addressing table: its key, the default value in an empty slot.</summary>
internal interface IProbedSlot<TKey> where TKey : struct, IEquatable<TKey>
{
    TKey Key { get; }
}

/// <summary>Linear probing over a power-of-two array of slots, where a slot holding the default key is empty: the one
/// implementation behind the frozen tables of hashed features (the tagger's and parser's <see cref="SparseWeights"/>,
/// the claim models' weight table). Each table chooses its own home slot and key (a fingerprint, a whole key).</summary>
/// <remarks>Generic over value types, so each table gets code of its own, as fast as a loop written for it.</remarks>
internal static class LinearProbing
{
    /// <summary>A power-of-two number of slots, at least <paramref name="minimum"/> and 4.</summary>
    public static int SlotCount(int minimum) => (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, minimum));

    /// <summary>The first empty slot from <paramref name="home"/> on, wrapping round (the table must have one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int FreeSlot<TSlot, TKey>(TSlot[] slots, int home)
        where TSlot : struct, IProbedSlot<TKey>
        where TKey : struct, IEquatable<TKey>
    {
        var mask = slots.Length - 1;
        var index = home;
        while (!slots[index].Key.Equals(default))
            index = (index + 1) & mask;
        return index;
    }

    /// <summary>The slot holding <paramref name="key"/> (never the default key), probing from <paramref name="home"/>;
    /// -1 when an empty slot comes first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Find<TSlot, TKey>(TSlot[] slots, int home, TKey key)
        where TSlot : struct, IProbedSlot<TKey>
        where TKey : struct, IEquatable<TKey>
    {
        var mask = slots.Length - 1;
        for (var index = home; ; index = (index + 1) & mask)
        {
            var stored = slots[index].Key;
            if (stored.Equals(key))
                return index;
            if (stored.Equals(default))
                return -1;
        }
    }
}
