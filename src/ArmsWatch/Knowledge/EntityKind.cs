namespace ArmsWatch.Knowledge;

/// <summary>What a name in the lexicon stands for.</summary>
public enum EntityKind
{
    /// <summary>A state by its name: "Russia", "the United States".</summary>
    State,
    /// <summary>A state's adjective or people: "Russian", "Iranians".</summary>
    Demonym,
    /// <summary>A seat of government standing for it: "the Kremlin", "Tehran".</summary>
    Metonym,
    /// <summary>A firm, agency or ministry of a state: "Rosoboronexport", "State Department".</summary>
    Organisation,
    /// <summary>A news outlet: quoted as a source, never a party.</summary>
    Outlet,
    /// <summary>An international body: "the UN", "the EU".</summary>
    Body,
    /// <summary>A non-state armed group, written by name as a party: "Hezbollah".</summary>
    Group,
}

/// <summary>One lexicon entry: the name's canonical form, its kind, and the state it belongs to (if any).</summary>
public sealed record Entity(string Name, EntityKind Kind, string? State);
