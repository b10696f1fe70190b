namespace ArmsWatch.Documents;

/// <summary>The fullest form of each name a document gives, by surname, so a later "Pukhov" stands for the "Ruslan
/// Pukhov" named earlier: the knowledge stage's layer of the people a document names.</summary>
public sealed class FullNames(IReadOnlyDictionary<string, string> fullNameBySurname)
{
    /// <summary>No names: a document the knowledge stage has not read for them.</summary>
    public static FullNames None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The fullest form of a name seen in the document: "Pukhov" → "Ruslan Pukhov".</summary>
    public string Resolve(string name)
    {
        var surname = name.Split(' ')[^1];
        return fullNameBySurname.TryGetValue(surname, out var full) && full.Length > name.Length ? full : name;
    }
}
