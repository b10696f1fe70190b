namespace ArmsWatch.Analysis;

/// <summary>One sentence of a CoNLL-U treebank: the word lines' forms, tags, heads (1-based, 0 = root), relations and lemmas.</summary>
public sealed record ConllSentence(string[] Words, string[] Upos, string[] Xpos, int[] Heads, string[] DepRels, string[]? Lemmas = null)
{
    public int Length => Words.Length;
}
