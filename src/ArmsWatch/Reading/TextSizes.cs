using AngleSharp.Dom;

namespace ArmsWatch.Reading;

/// <summary>How many letters and digits each element holds, and how many of them inside links: one pass over the tree, bottom up.</summary>
public sealed class TextSizes
{
    private readonly Dictionary<IElement, (int Letters, int LinkLetters)> _sizes = new(ReferenceEqualityComparer.Instance);

    private TextSizes() { }

    public int Letters(IElement element) => _sizes.GetValueOrDefault(element).Letters;

    public int LinkLetters(IElement element) => _sizes.GetValueOrDefault(element).LinkLetters;

    public static TextSizes Of(IElement root)
    {
        var sizes = new TextSizes();
        // Post-order without recursion: children are summed into their parent when the parent is left.
        var stack = new Stack<(IElement Element, bool Leaving)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, leaving) = stack.Pop();
            if (!leaving)
            {
                stack.Push((element, true));
                if (!PageText.Invisible.Contains(element.LocalName))
                    foreach (var child in element.ChildNodes)
                        if (child is IElement childElement)
                            stack.Push((childElement, false));
                continue;
            }
            var (letters, links) = (0, 0);
            if (!PageText.Invisible.Contains(element.LocalName))
            {
                foreach (var node in element.ChildNodes)
                {
                    if (node is IText text)
                        letters += CountLetters(text.Data);
                    else if (node is IElement child)
                    {
                        var (childLetters, childLinks) = sizes._sizes.GetValueOrDefault(child);
                        letters += childLetters;
                        links += childLinks;
                    }
                }
            }
            if (element.LocalName == "a")
                links = letters;
            sizes._sizes[element] = (letters, links);
        }
        return sizes;
    }

    private static int CountLetters(string text)
    {
        var count = 0;
        foreach (var c in text)
            if (char.IsLetterOrDigit(c))
                count++;
        return count;
    }
}
