namespace ArmsWatch.Analysis;

/// <summary>Makes a dependency tree projective by lifting non-projective arcs (Nivre and Nilsson 2005, without label encoding).</summary>
/// <remarks>
/// Arc-eager can only build projective trees and its dynamic oracle is exact only for them, so training trees are
/// lifted: while some arc crosses another, the shortest such arc's dependent is re-attached to its grandparent.
/// Labels are kept and no inverse transformation is applied, so the parser never outputs non-projective trees.
/// </remarks>
public static class Projectivizer
{
    /// <summary>Returns projective heads (1-based, 0 = root) for <paramref name="heads"/>; the input is not changed.</summary>
    public static int[] Projectivize(ReadOnlySpan<int> heads)
    {
        var lifted = heads.ToArray();
        while (ShortestNonProjectiveArc(lifted) is int dependent and > 0)
            lifted[dependent - 1] = lifted[lifted[dependent - 1] - 1];
        return lifted;
    }

    public static bool IsProjective(ReadOnlySpan<int> heads) => ShortestNonProjectiveArc(heads) == 0;

    // An arc h → d is projective when h dominates every token strictly between them (the root dominates all).
    private static int ShortestNonProjectiveArc(ReadOnlySpan<int> heads)
    {
        int best = 0, bestLength = int.MaxValue;
        for (int d = 1; d <= heads.Length; d++)
        {
            int h = heads[d - 1];
            if (h == 0)
                continue;
            int length = Math.Abs(h - d);
            if (length >= bestLength)
                continue;
            for (int k = Math.Min(h, d) + 1; k < Math.Max(h, d); k++)
            {
                if (!Dominates(heads, h, k))
                {
                    best = d;
                    bestLength = length;
                    break;
                }
            }
        }
        return best;
    }

    private static bool Dominates(ReadOnlySpan<int> heads, int ancestor, int token)
    {
        for (int steps = 0; token != 0 && steps <= heads.Length; steps++)
        {
            if (token == ancestor)
                return true;
            token = heads[token - 1];
        }
        return false;
    }
}
