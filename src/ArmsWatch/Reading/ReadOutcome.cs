using ArmsWatch.Documents;

namespace ArmsWatch.Reading;

/// <summary>One input read: a document, or the reason it could not be read. Bad input never stops the others.</summary>
public readonly record struct ReadOutcome(SourceDocument? Document, InputException? Error)
{
    public static ReadOutcome Read(SourceDocument document) => new(document, null);
    public static ReadOutcome Failed(InputException error) => new(null, error);
}
