using System.Text.RegularExpressions;

namespace ArmsWatch.Reading;

/// <summary>
/// Tells article blocks from boilerplate when the readability scorer finds no article, in the manner of jusText:
/// each block is judged by its length, the share of its text inside links and the share of its words that are
/// function words (prose is full of them, menus are not); blocks too short to judge alone take the verdict of the
/// prose around them, and a heading joins the good block that follows it.
/// </summary>
public sealed partial class BlockClassifier(IReadOnlySet<string> stopWords)
{
    public const string FileName = "stop-words.txt";

    // Thresholds from jusText's defaults, which its authors tuned on news and blog pages of many languages.
    private const int ShortLength = 70;
    private const int LongLength = 200;
    private const double MaxLinkDensity = 0.2;
    private const double GoodStopWordShare = 0.30;
    private const double NearGoodStopWordShare = 0.25;

    // A page whose words are almost never in the list is in a language the list does not cover (Korean, Russian, ...):
    // there, as jusText does without a stop list, length and links alone decide.
    private const double KnownLanguageStopWordShare = 0.05;

    // A heading this close before a good block (in characters of text between) heads it.
    private const int HeadingReach = 200;

    private enum Verdict { Bad, Short, NearGood, Good }

    public static BlockClassifier LoadShipped() =>
        new(DataFile.ReadSet(Path.Combine(ShippedFiles.DataDirectory, "reading", FileName)));

    /// <summary>The blocks that are article text, in document order.</summary>
    public List<TextBlock> Content(IReadOnlyList<TextBlock> blocks)
    {
        var counts = blocks.Select(CountWords).ToArray();
        var pageShare = (double)counts.Sum(c => c.Stops) / Math.Max(1, counts.Sum(c => c.Words));
        var knownLanguage = pageShare >= KnownLanguageStopWordShare;
        var verdicts = blocks.Select((block, i) => Judge(block, counts[i], knownLanguage)).ToArray();
        // A page of short prose only (a notice, a table with a few lines of text) has no block long enough to stand
        // alone: its best blocks stand instead.
        if (!verdicts.Contains(Verdict.Good))
            for (var i = 0; i < verdicts.Length; i++)
                if (verdicts[i] == Verdict.NearGood)
                    verdicts[i] = Verdict.Good;
        var final = (Verdict[])verdicts.Clone();
        // The nearest block that can stand alone (good or bad) on each side, found in two passes.
        var previous = Standalone(verdicts, from: 0, step: 1);
        var following = Standalone(verdicts, from: verdicts.Length - 1, step: -1);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (verdicts[i] is Verdict.Good or Verdict.Bad)
                continue;
            Verdict? before = previous[i] >= 0 ? verdicts[previous[i]] : null;
            Verdict? after = following[i] >= 0 ? verdicts[following[i]] : null;
            if (InBodyOf(blocks, verdicts, previous[i], i) || InBodyOf(blocks, verdicts, following[i], i))
            {
                // Inside the element that holds the prose beside it: part of the same text (a list item, a sign-off).
                final[i] = Verdict.Good;
                continue;
            }
            final[i] = verdicts[i] switch
            {
                // A short block between prose is part of it (a one-line paragraph); beside boilerplate it is boilerplate.
                Verdict.Short => (before == Verdict.Good && after is Verdict.Good or null) || (after == Verdict.Good && before is null) ? Verdict.Good : Verdict.Bad,
                _ => before == Verdict.Good || after == Verdict.Good ? Verdict.Good : Verdict.Bad,
            };
        }
        HeadingsBeforeGood(blocks, final);
        return blocks.Where((_, i) => final[i] == Verdict.Good).ToList();
    }

    private (int Words, int Stops) CountWords(TextBlock block)
    {
        var words = Words().Matches(block.Text);
        return (words.Count, words.Count(w => stopWords.Contains(w.Value.ToLowerInvariant())));
    }

    private static Verdict Judge(TextBlock block, (int Words, int Stops) count, bool knownLanguage)
    {
        if (block.LinkDensity > MaxLinkDensity)
            return Verdict.Bad;
        var share = !knownLanguage ? 1 : count.Words == 0 ? 0 : (double)count.Stops / count.Words;
        if (block.Text.Length < ShortLength)
            return share > 0 || block.IsHeading ? Verdict.Short : Verdict.Bad;
        if (share >= GoodStopWordShare)
            return block.Text.Length >= LongLength ? Verdict.Good : Verdict.NearGood;
        return share >= NearGoodStopWordShare ? Verdict.NearGood : Verdict.Bad;
    }

    // Whether the nearest standalone block on one side is good and sits in an element (its container's parent, the
    // article's body) that holds this block too: paragraphs and list items of one body are one text.
    private static bool InBodyOf(IReadOnlyList<TextBlock> blocks, Verdict[] verdicts, int neighbour, int block) =>
        neighbour >= 0 && verdicts[neighbour] == Verdict.Good
        && blocks[neighbour].Container.ParentElement is { } body && body.Contains(blocks[block].Container);

    // For each block, the index of the nearest good or bad block strictly before it in the direction of step; -1 at the edge.
    private static int[] Standalone(Verdict[] verdicts, int from, int step)
    {
        var nearest = new int[verdicts.Length];
        var last = -1;
        for (var i = from; i >= 0 && i < verdicts.Length; i += step)
        {
            nearest[i] = last;
            if (verdicts[i] is Verdict.Good or Verdict.Bad)
                last = i;
        }
        return nearest;
    }

    private static void HeadingsBeforeGood(IReadOnlyList<TextBlock> blocks, Verdict[] final)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i].IsHeading || final[i] == Verdict.Good)
                continue;
            var distance = 0;
            for (var j = i + 1; j < blocks.Count && distance <= HeadingReach; j++)
            {
                if (final[j] == Verdict.Good)
                {
                    final[i] = Verdict.Good;
                    break;
                }
                distance += blocks[j].Text.Length;
            }
        }
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();
}
