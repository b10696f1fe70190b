namespace ArmsWatch.Extraction;

/// <summary>Who an article has named and quoted so far, read sentence by sentence: a speaker a sentence names by a
/// pronoun ("he said") or only by a role ("the company said") is one of these.</summary>
public sealed class SpeakersSoFar
{
    /// <summary>The last person quoted, by full name (a pronoun speaker).</summary>
    public string? LastSpeaker { get; set; }

    /// <summary>Who "he said" or "she added" means: the last person quoted, else the last person named.</summary>
    public string? PronounReferent => LastSpeaker ?? LastPerson;

    /// <summary>The last person named.</summary>
    public string? LastPerson { get; set; }

    private readonly List<string> _organisations = [];

    /// <summary>The last organisation or official body named.</summary>
    public string? LastOrganisation => _organisations.Count > 0 ? _organisations[^1] : null;

    public void NamedOrganisation(string name)
    {
        _organisations.Remove(name);
        _organisations.Add(name);
    }

    /// <summary>The last source a sentence was attributed to (whose statement "the statement" is).</summary>
    public string? LastSource { get; set; }

    /// <summary>The last speaker of the kind a role word names ("the company" → the last organisation); of organisations,
    /// the last whose name holds the word, if any ("the agency" → the Defense Security Cooperation Agency).</summary>
    public string? LastOf(SpeakerKind kind, string role) => kind switch
    {
        SpeakerKind.Organisation or SpeakerKind.Service =>
            _organisations.LastOrDefault(name => name.Split(' ').Any(word => word.Equals(role, StringComparison.OrdinalIgnoreCase))) ?? LastOrganisation,
        SpeakerKind.Person => LastPerson,
        SpeakerKind.Document => LastSource,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
