using ArmsWatch.Documents;

namespace ArmsWatch.Analysis;

/// <summary>English irregular verbs (<c>data/text/irregular-verbs.tsv</c>: base, past, participle): the base of a past or
/// participle form the treebank never showed ("froze" → "freeze", "forbidden" → "forbid"), where the learned suffix edits
/// can only guess ("forbidden" → "forbide" after "hidden" → "hide").</summary>
public sealed class IrregularVerbs
{
    public const string FileName = "irregular-verbs.tsv";

    private readonly Dictionary<string, string> _past = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _participles = new(StringComparer.Ordinal);

    /// <summary>The shipped table.</summary>
    public static IrregularVerbs LoadShipped() => Load(ShippedFiles.Data(Path.Combine("text", FileName)));

    public static IrregularVerbs Load(string path)
    {
        var verbs = new IrregularVerbs();
        foreach (var row in DataFile.ReadTable(path))
        {
            if (row.Length < 3)
                throw new InputException(path, $"expected base, past and participle, found '{string.Join('\t', row)}'");
            foreach (var past in row[1].Split('|'))
                verbs._past.TryAdd(past, row[0]);
            foreach (var participle in row[2].Split('|'))
                verbs._participles.TryAdd(participle, row[0]);
        }
        return verbs;
    }

    /// <summary>Every past and participle form, with which of the two it is (both: "sold").</summary>
    public IEnumerable<(string Form, VerbForm Kind)> Forms =>
        _past.Keys.Union(_participles.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(form =>
            (form, _past.ContainsKey(form) ? _participles.ContainsKey(form) ? VerbForm.PastAndParticiple : VerbForm.Past : VerbForm.Participle));

    /// <summary>Whether a lower-case form is an irregular verb's participle ("forbidden", "sold").</summary>
    public bool IsParticiple(string lowerForm) => _participles.ContainsKey(lowerForm);

    /// <summary>The base of a lower-case form: a past form whatever the tag says ("froze" read as an adjective is still a
    /// verb's past), a participle only when tagged as a verb (an adjective "frozen" keeps its form, as UD English has it).</summary>
    public string? BaseOf(string lowerForm, bool taggedAsVerb) =>
        _past.TryGetValue(lowerForm, out var verb) ? verb
        : taggedAsVerb && _participles.TryGetValue(lowerForm, out verb) ? verb
        : null;
}

/// <summary>Which form of an irregular verb a word is.</summary>
public enum VerbForm
{
    Past,
    Participle,
    PastAndParticiple,
}
