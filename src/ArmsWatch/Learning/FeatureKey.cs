using ArmsWatch.Analysis;

namespace ArmsWatch.Learning;

/// <summary>The 64-bit key a feature's name is stored under: stable across runs and releases, as model files need.</summary>
public static class FeatureKey
{
    /// <summary>The hash every feature name starts from.</summary>
    internal static readonly ulong Seed = FeatureHasher.Start(0x434C41);

    public static ulong Of(string feature) => FeatureHasher.Finish(FeatureHasher.Mix(Seed, feature.AsSpan()));

    public static ulong[] Of(IReadOnlyList<string> features)
    {
        var keys = new ulong[features.Count];
        for (var i = 0; i < keys.Length; i++)
            keys[i] = Of(features[i]);
        return keys;
    }

    /// <summary>The key of a feature paired with a label ("delivery" and "cue=deliver"), from the two keys alone, so a
    /// candidate's features are hashed once whatever the number of labels.</summary>
    public static ulong Paired(ulong label, ulong feature) => FeatureHasher.Finish(FeatureHasher.Mix(label * 0x9E3779B97F4A7C15, feature));
}
