using ArmsWatch.Documents;

namespace ArmsWatch.Analysis;

/// <summary>
/// UD English EWT never hangs a word on a punctuation mark (not once in its 204,577 training tokens), but the greedy
/// parser does when a word is left on its stack without a head as the sentence's full stop arrives: "Brazil ruled out
/// selling Leopard tanks" had "selling" as a compound of the full stop, so the refusal did not reach the sale. Such a
/// word takes the mark's own head, the word the stack held below it; a verb the parser labelled as a noun's modifier
/// becomes that word's open complement (a gerund or infinitive after a verb: "ruled out selling", "denies buying")
/// or adverbial clause.
/// </summary>
public static class PunctuationHeads
{
    private static readonly HashSet<string> NominalModifiers = ["compound", "amod", "nmod", "nummod", "det", "flat"];

    /// <summary>Re-attaches, in place, every word whose head is a punctuation mark (heads are 1-based, 0 the root).</summary>
    public static void Repair(Token[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Upos == Upos.Punct || HeadIndex(tokens, i) is not (>= 0 and var mark) || tokens[mark].Upos != Upos.Punct)
                continue;
            var head = mark;
            while (head >= 0 && tokens[head].Upos == Upos.Punct)
                head = HeadIndex(tokens, head);
            if (head < 0 || head == i)
                continue;
            tokens[i].Head = head + 1;
            if (tokens[i].Upos == Upos.Verb && NominalModifiers.Contains(tokens[i].DepRel ?? ""))
                tokens[i].DepRel = tokens[head].Upos == Upos.Verb && tokens[i].Xpos is "VBG" or "VB" ? "xcomp" : "advcl";
        }
    }

    private static int HeadIndex(Token[] tokens, int i) => tokens[i].Head - 1;
}
