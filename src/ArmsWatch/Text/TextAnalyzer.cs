using ArmsWatch.Documents;

namespace ArmsWatch.Text;

/// <summary>The text stage: tokens, then sentences, for one document.</summary>
public sealed class TextAnalyzer(Tokenizer tokenizer, SentenceSplitter splitter)
{
    public static TextAnalyzer LoadDefault() => new(Tokenizer.LoadDefault(), SentenceSplitter.LoadDefault());

    public List<Sentence> Sentences(string text) => splitter.Split(text, tokenizer.Tokenize(text));
}
