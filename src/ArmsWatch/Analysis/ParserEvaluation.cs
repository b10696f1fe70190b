using System.Diagnostics;
using ArmsWatch.Documents;

namespace ArmsWatch.Analysis;

/// <summary>Scores a <see cref="SyntaxAnalyzer"/> against a gold treebank on its gold tokens.</summary>
public static class ParserEvaluation
{
    /// <summary>
    /// Tags and parses every sentence on one thread (timed, so the speed is per core), then compares with gold.
    /// Every word counts, punctuation included, and LAS compares the full relation with its subtype.
    /// </summary>
    public static ParserScores Evaluate(SyntaxAnalyzer analyzer, IReadOnlyList<ConllSentence> gold)
    {
        var sentences = gold.Select(ToSentence).ToArray();
        // Two untimed passes first, so that JIT compilation and tiering are not billed as parsing time.
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var sentence in sentences)
                analyzer.Analyze(sentence);
        }

        var clock = Stopwatch.StartNew();
        foreach (var sentence in sentences)
            analyzer.Analyze(sentence);
        clock.Stop();

        int tokens = 0, upos = 0, xpos = 0, lemma = 0, unlabelled = 0, labelled = 0;
        for (int s = 0; s < sentences.Length; s++)
        {
            var expected = gold[s];
            var actual = sentences[s].Tokens;
            for (int i = 0; i < actual.Length; i++)
            {
                tokens++;
                upos += UposText.Name(actual[i].Upos) == expected.Upos[i] ? 1 : 0;
                xpos += actual[i].Xpos == expected.Xpos[i] ? 1 : 0;
                lemma += expected.Lemmas is { } lemmas && actual[i].Lemma == lemmas[i] ? 1 : 0;
                if (actual[i].Head != expected.Heads[i])
                    continue;
                unlabelled++;
                labelled += actual[i].DepRel == expected.DepRels[i] ? 1 : 0;
            }
        }
        double Percent(int count) => tokens == 0 ? 0 : 100.0 * count / tokens;
        return new ParserScores(Percent(upos), Percent(xpos), Percent(lemma), Percent(unlabelled), Percent(labelled), tokens,
            tokens / Math.Max(clock.Elapsed.TotalSeconds, 1e-9));
    }

    private static Sentence ToSentence(ConllSentence sentence) => ToSentence(sentence.Words);

    private static Sentence ToSentence(string[] words)
    {
        var tokens = new Token[words.Length];
        int offset = 0;
        for (int i = 0; i < words.Length; i++)
        {
            tokens[i] = new Token(words[i], offset, offset + words[i].Length);
            offset += words[i].Length + 1;
        }
        return new Sentence(0, Math.Max(0, offset - 1), string.Join(' ', words), tokens);
    }
}
