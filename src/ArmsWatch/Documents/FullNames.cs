namespace ArmsWatch.Documents;

/// <summary>The fullest form of each name a document gives, by surname, so a later "Pukhov" stands for the "Ruslan
/// Pukhov" named earlier: the knowledge stage's layer of the people a document names.</summary>
public sealed class FullNames(IReadOnlyDictionary<string, string> fullNameBySurname)
{
    /// <summary>No names: a document the knowledge stage has not read for them.</summary>
    public static FullNames None { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The fullest form of a name seen in the document: "Pukhov" → "Ruslan Pukhov"; a name written after its
    /// titles is the name alone ("Foreign Minister Mevlut Cavusoglu" → "Mevlut Cavusoglu").</summary>
    public string Resolve(string name)
    {
        var surname = name.Split(' ')[^1];
        if (!fullNameBySurname.TryGetValue(surname, out var full))
            return name;
        return full.Length > name.Length || name.EndsWith(" " + full, StringComparison.Ordinal) ? full : name;
    }
}
