using System.Text;

namespace ArmsWatch.Reading;

/// <summary>
/// Caps how deeply a page's elements nest before it is parsed: tags that would open an element past the limit are
/// dropped with their end tags, their text kept. An HTML5 parser looks through the stack of open elements for every
/// start tag, so 50,000 nested &lt;div&gt;s cost it minutes; past the cap the work per tag is bounded and reading is linear.
/// </summary>
/// <remarks>
/// A light tokenizer, not a parser: comments, doctype, quoted attribute values and raw-text elements (script, style,
/// textarea, title) are stepped over; elements whose end tag may be left out (p, li, td, ...) are closed where a
/// parser would close them, so ordinary pages are never near the cap. Real pages nest a few dozen levels deep.
/// </remarks>
public static class MarkupFlattener
{
    /// <summary>Deepest nesting kept; deeper start tags are dropped. The 181 pages of the ScrapingHub benchmark nest 10 to 51 deep.</summary>
    public const int MaxDepth = 100;

    private static readonly HashSet<string> Void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.Ordinal)
    {
        "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
    };

    // Start tags of these close an open <p>, as the HTML5 tree builder does.
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
        "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt",
    };

    // An element of this name closes an open one of the same kind before the nearest of the given containers.
    private static readonly Dictionary<string, string[]> ClosesSibling = new(StringComparer.Ordinal)
    {
        ["li"] = ["ul", "ol", "menu"],
        ["dt"] = ["dl"],
        ["dd"] = ["dl"],
        ["option"] = ["select", "datalist", "optgroup"],
        ["optgroup"] = ["select"],
        ["tr"] = ["table", "thead", "tbody", "tfoot"],
        ["td"] = ["tr", "table"],
        ["th"] = ["tr", "table"],
        ["thead"] = ["table"],
        ["tbody"] = ["table"],
        ["tfoot"] = ["table"],
    };

    /// <summary>The markup with nesting capped at <paramref name="maxDepth"/>; the same string when it never goes deeper.</summary>
    public static string Flatten(string html, int maxDepth = MaxDepth)
    {
        // Every element the tokenizer opens, kept or dropped: implied closes and end tags are matched against the
        // page's real structure, and an end tag is dropped exactly when its start tag was.
        var open = new List<(string Name, bool Kept)>();
        var kept = 0;
        StringBuilder? output = null;
        var copied = 0;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= html.Length)
                break;
            var next = html[lt + 1];
            if (next == '!' || next == '?')
            {
                i = SkipComment(html, lt);
                continue;
            }
            var isEnd = next == '/';
            var nameStart = lt + (isEnd ? 2 : 1);
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i = lt + 1;
                continue;
            }
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
                nameEnd++;
            var name = html[nameStart..nameEnd].ToLowerInvariant();
            var tagEnd = TagEnd(html, nameEnd);
            bool keep;
            if (isEnd)
                keep = End(name, open, ref kept, maxDepth);
            else
            {
                keep = Start(name, open, ref kept, maxDepth, selfClosing: tagEnd >= 2 && html[tagEnd - 1] == '>' && html[tagEnd - 2] == '/');
                if (RawText.Contains(name))
                {
                    // The element's text runs to its end tag, whatever it looks like. Kept, its end tag is read next;
                    // dropped, the whole element goes, so no script or style becomes text.
                    var close = html.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                    if (keep)
                        tagEnd = close < 0 ? html.Length : close;
                    else
                    {
                        tagEnd = close < 0 ? html.Length : TagEnd(html, close + 2 + name.Length);
                        open.RemoveAt(open.Count - 1);
                    }
                }
                else if (keep && name == "plaintext")
                    tagEnd = html.Length;
            }
            if (!keep)
            {
                output ??= new StringBuilder(html.Length);
                // One space keeps the words on either side apart; a run of dropped tags needs no more than one.
                if (lt > copied || output.Length == 0 || output[^1] != ' ')
                    output.Append(html, copied, lt - copied).Append(' ');
                copied = tagEnd;
            }
            i = tagEnd;
        }
        if (output is null)
            return html;
        return output.Append(html, copied, html.Length - copied).ToString();
    }

    private static bool Start(string name, List<(string Name, bool Kept)> open, ref int kept, int maxDepth, bool selfClosing)
    {
        if (Void.Contains(name))
            return true;
        if (ClosesParagraph.Contains(name) && open.Count > 0 && open[^1].Name == "p")
            Pop(open, open.Count - 1, ref kept);
        if (ClosesSibling.TryGetValue(name, out var containers))
            CloseSibling(name, containers, open, ref kept, maxDepth);
        if (selfClosing && name is "svg" or "path" or "circle" or "rect" or "use" or "g" or "line" or "polygon" or "math")
            return true;
        var keep = kept < maxDepth;
        open.Add((name, keep));
        kept += keep ? 1 : 0;
        return keep;
    }

    private static bool End(string name, List<(string Name, bool Kept)> open, ref int kept, int maxDepth)
    {
        // Looked for near the top only: a stray end tag must not cost a walk down a deep stack.
        for (var k = open.Count - 1; k >= Math.Max(0, open.Count - 2 * maxDepth); k--)
        {
            if (open[k].Name != name)
                continue;
            var wasKept = open[k].Kept;
            Pop(open, k, ref kept);
            return wasKept;
        }
        return true;
    }

    private static void CloseSibling(string name, string[] containers, List<(string Name, bool Kept)> open, ref int kept, int maxDepth)
    {
        for (var k = open.Count - 1; k >= Math.Max(0, open.Count - 2 * maxDepth); k--)
        {
            var other = open[k].Name;
            if (other == name || (name is "td" or "th" && other is "td" or "th") || (name is "thead" or "tbody" or "tfoot" && other is "thead" or "tbody" or "tfoot"))
            {
                Pop(open, k, ref kept);
                return;
            }
            if (Array.IndexOf(containers, other) >= 0)
                return;
        }
    }

    // Closes the element at index k and every element inside it.
    private static void Pop(List<(string Name, bool Kept)> open, int k, ref int kept)
    {
        for (var j = k; j < open.Count; j++)
            kept -= open[j].Kept ? 1 : 0;
        open.RemoveRange(k, open.Count - k);
    }

    // Past a tag's name: attributes, with quoted values that may hold '>', up to and including the closing '>'.
    private static int TagEnd(string html, int i)
    {
        var afterEquals = false;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '>')
                return i + 1;
            if (c == '=')
            {
                afterEquals = true;
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var quoted = afterEquals && c is '"' or '\'';
            afterEquals = false;
            if (quoted)
            {
                var close = html.IndexOf(c, i + 1);
                if (close < 0)
                    return html.Length;
                i = close + 1;
                continue;
            }
            i++;
        }
        return html.Length;
    }

    private static int SkipComment(string html, int lt)
    {
        if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
        {
            var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
            return end < 0 ? html.Length : end + 3;
        }
        var close = html.IndexOf('>', lt + 1);
        return close < 0 ? html.Length : close + 1;
    }
}
