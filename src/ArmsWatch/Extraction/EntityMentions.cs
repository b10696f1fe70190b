using ArmsWatch.Documents;
using ArmsWatch.Knowledge;

namespace ArmsWatch.Extraction;

/// <summary>A sentence's named parties as the source and totals readers take them, read from the document's spans.</summary>
public static class EntityMentions
{
    public static List<EntityMention> Of(AnalyzedDocument document, int sentence) => document.SpansIn(sentence)
        .Where(span => span.Kind is SpanKind.State or SpanKind.Organisation or SpanKind.Outlet or SpanKind.Body or SpanKind.Group)
        .Select(span => new EntityMention(span.First, span.Last, new Entity(span.Name ?? "", KindOf(span), span.State)))
        .ToList();

    private static EntityKind KindOf(Span span) => span.Kind switch
    {
        SpanKind.State => span.Label switch { SpanLabel.Demonym => EntityKind.Demonym, SpanLabel.Metonym => EntityKind.Metonym, _ => EntityKind.State },
        SpanKind.Organisation => EntityKind.Organisation,
        SpanKind.Outlet => EntityKind.Outlet,
        SpanKind.Body => EntityKind.Body,
        _ => EntityKind.Group,
    };
}
