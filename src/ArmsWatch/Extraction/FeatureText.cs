using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ArmsWatch.Learning;

namespace ArmsWatch.Extraction;

/// <summary>A feature's name written as an interpolated string (<c>$"cue={cue.Label}"</c>): its pieces are hashed as
/// they come, and joined only when the <see cref="FeatureList"/> names the feature. Pieces read as string
/// concatenation reads them (numbers in the current culture, enums and booleans by name, null as nothing).</summary>
[InterpolatedStringHandler]
public ref struct FeatureText
{
    private FeatureKeyBuilder _key = new();
    private readonly StringBuilder? _name;

    public FeatureText(int literalLength, int formattedCount, FeatureList features)
    {
        _name = features.NameOfNext();
        Enabled = true;
    }

    public FeatureText(int literalLength, int formattedCount, FeatureList features, string group, out bool enabled)
        : this(literalLength, formattedCount, features)
    {
        Enabled = enabled = features.Accepts(group);
        if (enabled)
        {
            Append(group);
            Append(":");
        }
    }

    /// <summary>Whether the feature is kept (its group is not switched off).</summary>
    public bool Enabled { get; }

    public readonly ulong Key => _key.Key;

    /// <summary>Whether the feature's name is written too.</summary>
    public readonly bool Named => _name is not null;

    public void AppendLiteral(string text) => Append(text);

    public void AppendFormatted(string? text) => Append(text);

    public void AppendFormatted(int value)
    {
        Span<char> digits = stackalloc char[11];
        // As string concatenation formats it.
        value.TryFormat(digits, out var written, provider: CultureInfo.CurrentCulture);
        Append(digits[..written]);
    }

    public void AppendFormatted(bool value) => Append(value ? bool.TrueString : bool.FalseString);

    public void AppendFormatted<T>(T value) where T : struct, Enum
    {
        Span<char> name = stackalloc char[64];
        if (Enum.TryFormat(value, name, out var written))
            Append(name[..written]);
        else
            Append(value.ToString());
    }

    public void AppendFormatted<T>(T? value) where T : struct, Enum
    {
        if (value is { } known)
            AppendFormatted(known);
    }

    public void AppendFormatted(PathName path) => path.AppendTo(ref this);

    internal void Append(scoped ReadOnlySpan<char> piece)
    {
        _key.Append(piece);
        _name?.Append(piece);
    }
}
