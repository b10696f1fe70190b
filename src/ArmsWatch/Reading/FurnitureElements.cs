using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace ArmsWatch.Reading;

/// <summary>
/// Removes the elements of a page that are furniture rather than article: navigation, captions and credits, share
/// bars, teasers of other pages, comments, hidden elements and link lists. Each rule is named and judged on the
/// element alone; an element holding a large share of the text is never removed, so a site that names its article
/// container "post-share-wrapper" keeps its article.
/// </summary>
public sealed partial class FurnitureElements(IReadOnlySet<string> classWords, IReadOnlyList<string[]> classPhrases)
{
    public const string FileName = "furniture-classes.txt";

    /// <summary>An element with more than this share of the page's letters is the article or holds it.</summary>
    private const double MaxShareOfText = 0.4;

    /// <summary>A list or block this much inside links is a menu or a list of teasers.</summary>
    private const double MaxLinkDensity = 0.5;

    // Tags that are furniture whatever they hold; the ones SmartReader already drops are here so the fallback drops them too.
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal)
    {
        "nav", "aside", "footer", "form", "figure", "figcaption", "button", "menu", "dialog", "noscript",
    };

    private static readonly HashSet<string> FurnitureRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "complementary", "banner", "contentinfo", "menu", "menubar", "dialog", "alert", "alertdialog", "search", "toolbar",
    };

    // Containers whose link density is judged: a list of links goes whatever its words.
    private static readonly HashSet<string> LinkListTags = new(StringComparer.Ordinal)
    {
        "ul", "ol", "dl", "div", "section", "table", "header",
    };

    // A paragraph that is a link with a label ("Related: ...", "READ MORE: ...") is a teaser; one with a sentence of its
    // own around the link ("The suspect was convicted and [sentenced to life]") is prose. The label is a few words at most.
    private const int MaxTeaserLabelLetters = 20;

    public static FurnitureElements LoadShipped() => Load(Path.Combine(ShippedFiles.DataDirectory, "reading", FileName));

    public static FurnitureElements Load(string path)
    {
        var entries = DataFile.ReadLines(path).Select(line => line.ToLowerInvariant()).ToList();
        var words = entries.Where(e => !e.Contains('-')).ToHashSet(StringComparer.Ordinal);
        var phrases = entries.Where(e => e.Contains('-')).Select(e => e.Split('-')).ToList();
        return new FurnitureElements(words, phrases);
    }

    /// <summary>Removes the furniture under <paramref name="root"/> (not the root itself); returns how many elements went.</summary>
    /// <param name="linkLists">Whether lists and containers mostly of links go too: right inside an article, where a
    /// link list is a teaser block; on a whole page, where the article may share a container with one, the blocks are
    /// judged one by one instead.</param>
    public int Remove(IElement root, bool linkLists = true)
    {
        var sizes = TextSizes.Of(root);
        var total = Math.Max(1, sizes.Letters(root));
        var doomed = new List<IElement>();
        var stack = new Stack<IElement>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (IsFurniture(element, sizes, total, linkLists))
            {
                doomed.Add(element);
                continue;
            }
            PushChildren(stack, element);
        }
        foreach (var element in doomed)
            element.Remove();
        return doomed.Count;
    }

    // In document order when popped; by index, since AngleSharp finds a previous sibling by searching the parent.
    private static void PushChildren(Stack<IElement> stack, IElement parent)
    {
        var children = parent.ChildNodes;
        for (var k = children.Length - 1; k >= 0; k--)
            if (children[k] is IElement child)
                stack.Push(child);
    }

    private bool IsFurniture(IElement element, TextSizes sizes, int total, bool linkLists)
    {
        // Hidden elements are never seen, whatever they hold.
        if (IsHidden(element))
            return true;
        var letters = sizes.Letters(element);
        if (letters > total * MaxShareOfText)
            return false;
        var name = element.LocalName;
        if (FurnitureTags.Contains(name))
            return true;
        if (element.GetAttribute("role") is { } role && FurnitureRoles.Contains(role.Trim()))
            return true;
        if (HasFurnitureWord(element.GetAttribute("class")) || HasFurnitureWord(element.GetAttribute("id")))
            return true;
        var linkLetters = sizes.LinkLetters(element);
        if (!linkLists || letters == 0 || linkLetters <= letters * MaxLinkDensity)
            return false;
        return LinkListTags.Contains(name) || name is "p" or "span" && letters - linkLetters <= MaxTeaserLabelLetters;
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || element.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style);

    private bool HasFurnitureWord(string? attribute)
    {
        if (string.IsNullOrEmpty(attribute))
            return false;
        foreach (var value in attribute.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var words = AttributeWords().Matches(value).Select(m => m.Value.ToLowerInvariant()).ToArray();
            if (words.Any(classWords.Contains))
                return true;
            foreach (var phrase in classPhrases)
                if (ContainsRun(words, phrase))
                    return true;
        }
        return false;
    }

    private static bool ContainsRun(string[] words, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= words.Length; i++)
            if (words.AsSpan(i, phrase.Length).SequenceEqual(phrase))
                return true;
        return false;
    }

    // "relatedArticles" → related, Articles; "share-bar_top" → share, bar, top.
    [GeneratedRegex(@"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")]
    private static partial Regex AttributeWords();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();
}
