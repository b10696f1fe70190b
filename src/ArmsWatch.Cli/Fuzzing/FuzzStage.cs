namespace ArmsWatch.Cli.Fuzzing;

/// <summary>The entry points the fuzzer feeds: each takes bytes as they arrive from a file or the network.</summary>
public enum FuzzStage
{
    /// <summary>A .txt file through <c>DocumentReader</c>.</summary>
    Text,

    /// <summary>An .html file through <c>DocumentReader</c>.</summary>
    Html,

    /// <summary>A .jsonl file through <c>DocumentReader</c>.</summary>
    JsonLines,

    /// <summary>A fetched page through the watcher's <c>PageReader</c>.</summary>
    Page,

    /// <summary>An RSS or Atom body through <c>FeedParser</c>.</summary>
    Feed,

    /// <summary>Decoded text through the tokenizer and sentence splitter.</summary>
    Tokenizer,

    /// <summary>Decoded text through the whole pipeline to claims.</summary>
    Extractor,
}
