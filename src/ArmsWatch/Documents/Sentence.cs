namespace ArmsWatch.Documents;

/// <summary>A sentence of a document: its span in the text and its tokens.</summary>
public sealed class Sentence(int start, int end, string text, Token[] tokens)
{
    /// <summary>Character offset of the sentence's first character in the document text.</summary>
    public int Start { get; } = start;

    /// <summary>Character offset just past the sentence's last character.</summary>
    public int End { get; } = end;

    /// <summary>The sentence as it stands in the text.</summary>
    public string Text { get; } = text;

    /// <summary>Tokens in order; analysis stages fill their tags and heads in place.</summary>
    public Token[] Tokens { get; } = tokens;

    /// <summary>Whether the sentence ends without a full stop, a question or exclamation mark or a closing quotation mark,
    /// as a headline does.</summary>
    public bool HasNoFinalStop
    {
        get
        {
            var text = Text.AsSpan().TrimEnd();
            return text.Length > 0 && !".!?\"'”’".Contains(text[^1]);
        }
    }

    /// <summary>Whether the parser has given every token a head.</summary>
    public bool IsParsed => Tokens.Length > 0 && Array.TrueForAll(Tokens, t => t.Head >= 0);

    public override string ToString() => Text;
}
