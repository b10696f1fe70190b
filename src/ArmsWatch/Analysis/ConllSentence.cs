namespace ArmsWatch.Analysis;

/// <summary>One sentence of a CoNLL-U treebank: the word lines' forms, tags, heads (1-based, 0 = root) and relations.</summary>
public sealed record ConllSentence(string[] Words, string[] Upos, string[] Xpos, int[] Heads, string[] DepRels)
{
    public int Length => Words.Length;
}
