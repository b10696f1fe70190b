using System.Collections.Frozen;

namespace ArmsWatch.Documents;

/// <summary>The universal part-of-speech tags of Universal Dependencies; <see cref="None"/> before tagging.</summary>
public enum Upos : byte
{
    None,
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

/// <summary>The UD spelling of <see cref="Upos"/> ("NOUN", "PROPN"), both ways.</summary>
public static class UposText
{
    private static readonly FrozenDictionary<string, Upos> ByName =
        Enum.GetValues<Upos>().Where(tag => tag != Upos.None).ToFrozenDictionary(Name, tag => tag, StringComparer.Ordinal);

    public static string Name(Upos tag) => tag == Upos.None ? "_" : tag.ToString().ToUpperInvariant();

    /// <summary>The tag a UD name spells; <see cref="Upos.X"/> for a name UD does not have.</summary>
    public static Upos Parse(string name) => ByName.TryGetValue(name, out var tag) ? tag : Upos.X;
}
