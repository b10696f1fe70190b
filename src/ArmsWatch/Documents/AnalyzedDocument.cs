namespace ArmsWatch.Documents;

/// <summary>A source document with its sentences, tokens, tags and trees.</summary>
public sealed record AnalyzedDocument(SourceDocument Source, IReadOnlyList<Sentence> Sentences);
