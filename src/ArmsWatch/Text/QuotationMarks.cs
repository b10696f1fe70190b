namespace ArmsWatch.Text;

/// <summary>The marks that open and close a quotation, as characters of a text and as tokens (which also take the
/// treebank's <c>``</c> and <c>''</c>).</summary>
public static class QuotationMarks
{
    public const char Straight = '"';
    public const char Opening = '\u201c';
    public const char Closing = '\u201d';

    /// <summary>Whether a token is a quotation mark.</summary>
    public static bool IsMark(string token) => token is [Straight or Opening or Closing] or "``" or "''";
}
