using System.Globalization;
using System.Text;
using ArmsWatch.Documents;

namespace ArmsWatch.Cli.Presentation;

/// <summary>A document's analysis as CoNLL-U: each sentence's tokens with lemma, tags, head and relation, and in the
/// last column the spans each token is part of (<c>Spans=weapon|stage-cue:delivery</c>).</summary>
public static class ConlluText
{
    public static void Write(AnalyzedDocument document, TextWriter output)
    {
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            var spans = document.SpansIn(s);
            output.WriteLine("# text = " + sentence.Text.ReplaceLineEndings(" "));
            for (var i = 0; i < sentence.Tokens.Length; i++)
            {
                var token = sentence.Tokens[i];
                var line = new StringBuilder();
                line.Append(CultureInfo.InvariantCulture, $"{i + 1}\t{token.Text}\t{token.Lemma ?? "_"}\t{UposText.Name(token.Upos)}\t{token.Xpos ?? "_"}\t_\t");
                line.Append(CultureInfo.InvariantCulture, $"{(token.Head >= 0 ? token.Head.ToString(CultureInfo.InvariantCulture) : "_")}\t{token.DepRel ?? "_"}\t_\t");
                var covering = spans.Where(span => span.First <= i && i <= span.Last).Select(SpanName).ToList();
                line.Append(covering.Count == 0 ? "_" : "Spans=" + string.Join('|', covering));
                output.WriteLine(line.ToString());
            }
            output.WriteLine();
        }
    }

    private static string SpanName(Span span) =>
        VocabularyText<SpanKind>.Name(span.Kind) + (span.Label is { } label ? ":" + label : "");
}
