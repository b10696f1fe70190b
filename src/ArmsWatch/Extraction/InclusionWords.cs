namespace ArmsWatch.Extraction;

/// <summary>Words by which a whole names what it holds or gives examples of it ("the deal includes the jets", "a package
/// including two frigates", "air defense systems such as Tor-M1"): <c>data/extraction/inclusion-words.txt</c>, matched
/// against a token's lemma.</summary>
public static class InclusionWords
{
    private static readonly Lazy<HashSet<string>> Words =
        new(() => DataFile.ReadSet(Path.Combine(ShippedFiles.DataDirectory, "extraction", "inclusion-words.txt")));

    public static bool Contains(string? lemma) => lemma is not null && Words.Value.Contains(lemma.ToLowerInvariant());
}
