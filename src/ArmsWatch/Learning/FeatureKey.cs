using ArmsWatch.Analysis;

namespace ArmsWatch.Learning;

/// <summary>The 64-bit key a feature's name is stored under: stable across runs and releases, as model files need.</summary>
public static class FeatureKey
{
    public static ulong Of(string feature) => FeatureHasher.Finish(FeatureHasher.Mix(FeatureHasher.Start(0x434C41), feature.AsSpan()));
}
