namespace ArmsWatch.Documents;

/// <summary>One token of a sentence, with the layers the analysis stages add.</summary>
/// <remarks>
/// A mutable struct kept in an array per sentence: the tagger and parser fill their fields in place,
/// so analysis allocates nothing per token (the Catalyst/spaCy layout).
/// </remarks>
public struct Token
{
    /// <summary>The token as the tagger and parser see it (may differ from the raw span, e.g. normalised quotes).</summary>
    public string Text;

    /// <summary>Character offset of the token's first character in the document text.</summary>
    public int Start;

    /// <summary>Character offset just past the token's last character in the document text.</summary>
    public int End;

    /// <summary>Universal part-of-speech tag, <see cref="Documents.Upos.None"/> before tagging.</summary>
    public Upos Upos;

    /// <summary>The dictionary form ("deliveries" → "delivery"), or null before analysis.</summary>
    public string? Lemma;

    /// <summary>Penn Treebank tag, or null before tagging.</summary>
    public string? Xpos;

    /// <summary>Index of the head token within the sentence, 1-based as in CoNLL-U; 0 is the root; -1 before parsing.</summary>
    public int Head;

    /// <summary>Universal dependency relation to the head, or null before parsing.</summary>
    public string? DepRel;

    public Token(string text, int start, int end)
    {
        Text = text;
        Start = start;
        End = end;
        Upos = Upos.None;
        Xpos = null;
        Lemma = null;
        Head = -1;
        DepRel = null;
    }

    public override readonly string ToString() => Upos == Upos.None ? Text : $"{Text}/{UposText.Name(Upos)}";
}
