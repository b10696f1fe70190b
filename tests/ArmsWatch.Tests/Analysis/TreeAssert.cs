namespace ArmsWatch.Tests.Analysis;

/// <summary>Checks that heads (1-based, 0 = root) form one tree: a single root, heads in range, no cycles.</summary>
internal static class TreeAssert
{
    public static bool IsWellFormed(ReadOnlySpan<int> heads)
    {
        int n = heads.Length;
        int roots = 0;
        for (int i = 0; i < n; i++)
        {
            if (heads[i] < 0 || heads[i] > n || heads[i] == i + 1)
                return false;
            roots += heads[i] == 0 ? 1 : 0;
        }
        if (n > 0 && roots != 1)
            return false;
        for (int i = 1; i <= n; i++)
        {
            int token = i, steps = 0;
            while (token != 0 && steps++ <= n)
                token = heads[token - 1];
            if (token != 0)
                return false;
        }
        return true;
    }
}
