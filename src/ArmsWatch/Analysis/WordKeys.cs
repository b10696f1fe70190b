using System.Runtime.CompilerServices;

namespace ArmsWatch.Analysis;

/// <summary>The hashed spellings of one word that the tagger's and parser's feature templates combine.</summary>
/// <remarks>Computed once per token, so each feature is then a couple of integer mixes, not a string.</remarks>
public readonly record struct WordKeys(
    ulong Form, ulong Lower, ulong Shape,
    ulong Prefix1, ulong Prefix2, ulong Prefix3, ulong Prefix4,
    ulong Suffix1, ulong Suffix2, ulong Suffix3, ulong Suffix4, ulong Suffix5, ulong HyphenTail)
{
    /// <summary>What stands for the words before the sentence start and after its end.</summary>
    public static readonly WordKeys Start = Boundary("<s>");
    public static readonly WordKeys End = Boundary("</s>");

    [SkipLocalsInit]
    public static WordKeys Of(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[Math.Min(word.Length, 64)];
        word[..lower.Length].ToLowerInvariant(lower);
        ulong lowerKey = word.Length <= lower.Length ? FeatureHasher.Mix(0, lower) : LowerOfLong(word);
        return new WordKeys(
            FeatureHasher.Mix(0, word),
            lowerKey,
            ShapeOf(word),
            Affix(lower, 1, fromEnd: false), Affix(lower, 2, fromEnd: false), Affix(lower, 3, fromEnd: false),
            Affix(lower, 4, fromEnd: false),
            Affix(lower, 1, fromEnd: true), Affix(lower, 2, fromEnd: true), Affix(lower, 3, fromEnd: true),
            Affix(lower, 4, fromEnd: true), Affix(lower, 5, fromEnd: true),
            HyphenTailOf(lower));
    }

    /// <summary>Just the lowercased form's key, equal to <see cref="Lower"/> of <see cref="Of"/>.</summary>
    public static ulong LowerOf(ReadOnlySpan<char> word) => LowerOfLong(word);

    private static WordKeys Boundary(string marker)
    {
        ulong key = FeatureHasher.Mix(0x5EED, marker.AsSpan());
        return new WordKeys(key, key, key, key, key, key, key, key, key, key, key, key, key);
    }

    // Suffixes of words over 64 characters come from the lowered first 64; the whole lowered form still counts.
    private static ulong LowerOfLong(ReadOnlySpan<char> word)
    {
        ulong hash = 0;
        foreach (char c in word)
            hash = (hash ^ char.ToLowerInvariant(c)) * 0x100000001B3;
        return FeatureHasher.Mix(hash, (ulong)word.Length);
    }

    private static ulong Affix(ReadOnlySpan<char> lower, int length, bool fromEnd)
    {
        var affix = lower.Length <= length ? lower : fromEnd ? lower[^length..] : lower[..length];
        return FeatureHasher.Mix((ulong)(fromEnd ? 0xAF1 : 0xAF0) + (ulong)length, affix);
    }

    /// <summary>"russian-made" → "made": the last part of a hyphenated compound usually decides its tag.</summary>
    private static ulong HyphenTailOf(ReadOnlySpan<char> lower)
    {
        int hyphen = lower.Length > 1 ? lower[..^1].LastIndexOf('-') : -1;
        return FeatureHasher.Mix(0xAF7, hyphen > 0 ? lower[(hyphen + 1)..] : ReadOnlySpan<char>.Empty);
    }

    /// <summary>"Iran" → "Xxx", "F-16" → "X-dd", "1990s" → "ddx": runs of one character class are capped at two.</summary>
    private static ulong ShapeOf(ReadOnlySpan<char> word)
    {
        ulong hash = 0x5A;
        char previous = '\0';
        int run = 0;
        foreach (char c in word)
        {
            char shape = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = shape == previous ? run + 1 : 1;
            previous = shape;
            if (run <= 2)
                hash = (hash ^ shape) * 0x100000001B3;
        }
        return FeatureHasher.Mix(hash, 0x5A);
    }
}
