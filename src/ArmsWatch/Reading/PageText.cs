using System.Text;
using AngleSharp.Dom;

namespace ArmsWatch.Reading;

/// <summary>
/// Turns a page's elements into text blocks as a browser lays them out: block elements start new blocks, inline
/// elements run together, &lt;br&gt; breaks a line, whitespace collapses (kept in &lt;pre&gt;).
/// Iterative, so any depth is safe.
/// </summary>
public static class PageText
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "legend",
    };

    /// <summary>Elements whose content is never text a reader sees.</summary>
    public static readonly HashSet<string> Invisible = new(StringComparer.Ordinal)
    {
        "script", "style", "template", "head", "svg", "math", "canvas", "iframe", "object", "embed", "video", "audio",
        "select", "textarea", "input", "button", "map", "title", "meta", "link", "noframes", "noscript",
    };

    /// <summary>The blocks of text under an element, in document order; empty blocks left out.</summary>
    public static List<TextBlock> Blocks(IElement root)
    {
        var blocks = new List<TextBlock>();
        var line = new StringBuilder();
        var linkCharacters = 0;
        var containers = new Stack<IElement>();
        containers.Push(root);
        var links = 0;
        var preformatted = 0;
        // (node, leaving): an element is pushed twice, once to enter it and once to leave it.
        var stack = new Stack<(INode Node, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText text)
            {
                var before = line.Length;
                Append(line, text.Data, preformatted > 0);
                if (links > 0)
                    linkCharacters += line.Length - before;
                continue;
            }
            if (node is not IElement element)
                continue;
            var name = element.LocalName;
            if (leaving)
            {
                if (name == "a")
                    links--;
                else if (name == "pre")
                    preformatted--;
                if (BlockTags.Contains(name) && element != root)
                {
                    Flush(blocks, line, ref linkCharacters, containers.Peek());
                    containers.Pop();
                }
                continue;
            }
            if (Invisible.Contains(name))
                continue;
            if (name == "br")
            {
                TrimEndSpace(line);
                if (line.Length > 0 && line[^1] != '\n')
                    line.Append('\n');
                continue;
            }
            if (BlockTags.Contains(name) && element != root)
            {
                Flush(blocks, line, ref linkCharacters, containers.Peek());
                containers.Push(element);
            }

            if (name == "a")
                links++;
            else if (name == "pre")
                preformatted++;
            stack.Push((element, true));
            // By index: AngleSharp finds a node's previous sibling by searching its parent's children.
            var children = element.ChildNodes;
            for (var k = children.Length - 1; k >= 0; k--)
                stack.Push((children[k], false));
        }
        Flush(blocks, line, ref linkCharacters, containers.Peek());
        return blocks;
    }

    /// <summary>The blocks as text: one blank line between blocks.</summary>
    public static string Join(IEnumerable<TextBlock> blocks) => string.Join("\n\n", blocks.Select(b => b.Text));

    private static void Append(StringBuilder line, string data, bool preformatted)
    {
        if (preformatted)
        {
            line.Append(data);
            return;
        }
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (line.Length > 0 && line[^1] is not (' ' or '\n'))
                    line.Append(' ');
            }
            else
                line.Append(c);
        }
    }

    private static void TrimEndSpace(StringBuilder line)
    {
        while (line.Length > 0 && line[^1] == ' ')
            line.Length--;
    }

    private static void Flush(List<TextBlock> blocks, StringBuilder line, ref int linkCharacters, IElement container)
    {
        var text = line.ToString().Trim();
        if (text.Length > 0)
            blocks.Add(new TextBlock(text.Replace(" \n", "\n"), container.LocalName, Math.Min(linkCharacters, text.Length), container));
        line.Clear();
        linkCharacters = 0;
    }
}
