using AngleSharp.Dom;

namespace ArmsWatch.Reading;

/// <summary>
/// One block of a page's text as a reader sees it: a paragraph, heading, list item, cell, or a run of bare text
/// between block elements; with the length of its text inside links and the block element it came from.
/// </summary>
/// <param name="Text">Whitespace collapsed; a &lt;br&gt; is a line break.</param>
/// <param name="Tag">The lower-case name of the innermost block element holding it ("p", "li", "div", ...).</param>
/// <param name="LinkCharacters">How many of its characters are inside &lt;a&gt; elements.</param>
/// <param name="Container">The innermost block element holding it.</param>
public sealed record TextBlock(string Text, string Tag, int LinkCharacters, IElement Container)
{
    /// <summary>The share of the text inside links: near 1 for menus and teaser lists, near 0 for prose.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkCharacters / Text.Length;

    public bool IsHeading => Tag is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";
}
