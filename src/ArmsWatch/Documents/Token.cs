namespace ArmsWatch.Documents;

/// <summary>One token of a sentence, with the layers the analysis stages add.</summary>
/// <remarks>
/// A mutable struct kept in an array per sentence: the tagger and parser set its layers in place,
/// so analysis allocates nothing per token (the Catalyst/spaCy layout).
/// </remarks>
public struct Token
{
    /// <summary>The token as the tagger and parser see it (may differ from the raw span, e.g. normalised quotes).</summary>
    public string Text { get; set; }

    /// <summary>Character offset of the token's first character in the document text.</summary>
    public int Start { get; set; }

    /// <summary>Character offset just past the token's last character in the document text.</summary>
    public int End { get; set; }

    /// <summary>Universal part-of-speech tag, <see cref="Documents.Upos.None"/> before tagging.</summary>
    public Upos Upos { get; set; }

    /// <summary>The dictionary form ("deliveries" → "delivery"), or null before analysis.</summary>
    public string? Lemma { get; set; }

    /// <summary>Penn Treebank tag, or null before tagging.</summary>
    public string? Xpos { get; set; }

    /// <summary>Index of the head token within the sentence, 1-based as in CoNLL-U; 0 is the root; -1 before parsing.</summary>
    public int Head { get; set; }

    /// <summary>Universal dependency relation to the head, or null before parsing.</summary>
    public string? DepRel { get; set; }

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
