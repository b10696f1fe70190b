using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ArmsWatch.Documents;

/// <summary>The contract's spelling of a vocabulary value ("air-defence", "delivery"), both ways, as the store writes it.</summary>
/// <remarks>Reuses the JSON names on the enums so the register and the extractor's JSON can never disagree.</remarks>
[SuppressMessage("Design", "CA1000:Do not declare static members on generic types",
    Justification = "The type argument names the vocabulary (VocabularyText<Stage>.Parse), which a string argument "
        + "could not infer, and gives each vocabulary its own tables.")]
public static class VocabularyText<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> Names =
        Enum.GetValues<T>().ToFrozenDictionary(value => value, value => JsonSerializer.Serialize(value).Trim('"'));

    private static readonly FrozenDictionary<string, T> Values =
        Names.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>Every value's name, in the contract's order.</summary>
    public static IEnumerable<string> All => Enum.GetValues<T>().Select(Name);

    public static string Name(T value) => Names[value];

    /// <exception cref="FormatException">The text is not one of the contract's values.</exception>
    public static T Parse(string text) => Values.TryGetValue(text.Trim(), out var value)
        ? value
        : throw new FormatException($"'{text}' is not a {typeof(T).Name.ToLowerInvariant()} (expected one of {string.Join(", ", All)})");

    public static bool TryParse(string text, out T value) => Values.TryGetValue(text.Trim(), out value);
}
