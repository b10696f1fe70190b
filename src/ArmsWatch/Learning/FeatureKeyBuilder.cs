using ArmsWatch.Analysis;

namespace ArmsWatch.Learning;

/// <summary>Hashes a feature's name from its pieces as they come, without joining them: the key equals
/// <see cref="FeatureKey.Of(string)"/> of the joined name.</summary>
public struct FeatureKeyBuilder()
{
    private ulong _hash = FeatureKey.Seed;
    private int _length;

    public void Append(ReadOnlySpan<char> piece)
    {
        _hash = FeatureHasher.MixCharacters(_hash, piece);
        _length += piece.Length;
    }

    public readonly ulong Key => FeatureHasher.Finish(FeatureHasher.Mix(_hash, (ulong)_length));
}
