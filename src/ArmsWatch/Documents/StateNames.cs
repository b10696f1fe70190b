using System.Globalization;
using System.Text;

namespace ArmsWatch.Documents;

/// <summary>
/// States by code and by name, both ways: the codes claims carry (ISO 3166-1 alpha-3, and <c>SUN</c> for the Soviet
/// Union) shown with their names, and the names people type (<c>Russia</c>, <c>russia</c>, <c>U.S.</c>, <c>Türkiye</c>) read as codes.
/// </summary>
/// <remarks>
/// Read from the knowledge data (<c>countries.tsv</c>, <c>state-aliases.tsv</c>), so a new short form is a line of data.
/// A code that only the aliases know is a former state (no longer in ISO 3166-1) and is explained as such.
/// Demonyms count as names only when they name one state ("Russian", not "Congolese"); metonyms ("the Kremlin") never do.
/// </remarks>
public sealed class StateNames
{
    private static readonly Lazy<StateNames> Shipped = new(() => Load(Path.Combine(ShippedFiles.DataDirectory, "knowledge")));

    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly HashSet<string> former = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> codesByKey = new(StringComparer.Ordinal);

    private StateNames()
    {
    }

    /// <summary>The names shipped with ArmsWatch (data/knowledge beside the program).</summary>
    public static StateNames Default => Shipped.Value;

    /// <summary>Every code with the name it is shown with.</summary>
    public IReadOnlyDictionary<string, string> Names => names;

    public static StateNames Load(string knowledgeDirectory)
    {
        var states = new StateNames();
        var demonyms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in DataFile.ReadTable(Path.Combine(knowledgeDirectory, "countries.tsv")))
        {
            var code = row[0];
            var spellings = Split(row.ElementAtOrDefault(1));
            states.names.TryAdd(code, spellings.FirstOrDefault() ?? code);
            foreach (var name in spellings)
                states.codesByKey.TryAdd(Key(name), code);
            foreach (var demonym in Split(row.ElementAtOrDefault(2)))
                demonyms.GetOrCreate(Key(demonym)).Add(code);
        }
        foreach (var row in DataFile.ReadTable(Path.Combine(knowledgeDirectory, "state-aliases.tsv")))
        {
            var (code, alias, kind) = (row[0], row.ElementAtOrDefault(1) ?? "", row.ElementAtOrDefault(2) ?? "");
            if (kind == "name")
            {
                if (states.names.TryAdd(code, alias))
                    states.former.Add(code);
                states.codesByKey.TryAdd(Key(alias), code);
            }
            else if (kind == SpanLabel.Demonym)
            {
                demonyms.GetOrCreate(Key(alias)).Add(code);
            }
        }
        foreach (var (key, codes) in demonyms)
            if (codes.Count == 1)
                states.codesByKey.TryAdd(key, codes.Single());
        // A code typed as such always means its state, whatever name might look like it.
        foreach (var code in states.names.Keys)
            states.codesByKey[Key(code)] = code;
        return states;
    }

    /// <summary>The name a code is shown with ("Russia" for RUS), or null for a party that is no state code.</summary>
    public string? Name(string? code) => code is not null && names.TryGetValue(code, out var name) ? name : null;

    /// <summary>Whether the code is a state that no longer exists (SUN), which ISO 3166-1 no longer lists.</summary>
    public bool IsFormer(string? code) => code is not null && former.Contains(code);

    /// <summary>A line saying what a former state's code stands for, or null for any other code.</summary>
    public string? Explain(string? code) =>
        IsFormer(code) ? $"{code} = {names[code!]}, a former state (its code is not in today's ISO 3166-1 list)" : null;

    /// <summary>The state code a user means by a code or a name in any case ("russia", "U.S.", "rus"); null when it names no state.</summary>
    public string? CodeOf(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : codesByKey.GetValueOrDefault(Key(text));

    /// <summary>
    /// What a party filter should look for: the state's code when the text names a state, else the text as given
    /// (a non-state party such as "Wagner Group" is stored by name).
    /// </summary>
    public string? Resolve(string? text) => string.IsNullOrWhiteSpace(text) ? text : CodeOf(text) ?? text.Trim();

    /// <summary>"RUS Russia"; a party that is no state code is shown as it is.</summary>
    public string Label(string? code) => code is null ? "?" : Name(code) is { } name ? $"{code} {name}" : code;

    // Case, accents, full stops and a leading "the" do not tell names apart: "the U.S." = "US", "Türkiye" = "turkiye".
    private static string Key(string text)
    {
        var key = new StringBuilder(text.Length);
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.')
                continue;
            key.Append(char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
        }
        var joined = string.Join(' ', key.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return joined.StartsWith("the ", StringComparison.Ordinal) ? joined[4..] : joined;
    }

    private static string[] Split(string? field) =>
        string.IsNullOrWhiteSpace(field) ? [] : field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

file static class DictionaryExtensions
{
    public static HashSet<string> GetOrCreate(this Dictionary<string, HashSet<string>> map, string key)
    {
        if (!map.TryGetValue(key, out var set))
            map[key] = set = new HashSet<string>(StringComparer.Ordinal);
        return set;
    }
}
