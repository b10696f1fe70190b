using System.Runtime.CompilerServices;

namespace ArmsWatch.Analysis;

/// <summary>Turns feature templates and their values into 64-bit feature keys without building strings.</summary>
/// <remarks>
/// A key is a chain of multiply-xorshift steps over the template id and its values (integers or characters).
/// It must stay stable across releases: the model files store keys, so changing this function invalidates them.
/// </remarks>
public static class FeatureHasher
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Start(int template) => Mix(0xCBF29CE484222325, (ulong)template);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong hash, ulong value)
    {
        hash = (hash ^ value) * Multiplier;
        return hash ^ (hash >> 31);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Mix(ulong hash, int value) => Mix(hash, (ulong)(uint)value);

    public static ulong Mix(ulong hash, ReadOnlySpan<char> text) => Mix(MixCharacters(hash, text), (ulong)text.Length);

    /// <summary>The FNV steps of <see cref="Mix(ulong, ReadOnlySpan{char})"/> without the length that ends them, so a
    /// text can be hashed piece by piece (the length of the whole mixed in after the last piece).</summary>
    public static ulong MixCharacters(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
            hash = (hash ^ c) * 0x100000001B3;
        return hash;
    }

    /// <summary>Spreads a key's bits for use as a hash-table index (splitmix64 finaliser).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Finish(ulong key)
    {
        key = (key ^ (key >> 30)) * 0xBF58476D1CE4E5B9;
        key = (key ^ (key >> 27)) * 0x94D049BB133111EB;
        return key ^ (key >> 31);
    }
}
