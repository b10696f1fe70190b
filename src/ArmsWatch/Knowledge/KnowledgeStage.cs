using ArmsWatch.Documents;

namespace ArmsWatch.Knowledge;

/// <summary>The knowledge stage: adds to the document a span for every state, organisation, outlet, body, group and
/// piece of equipment its sentences name.</summary>
public sealed class KnowledgeStage(EntityRecognizer recognizer)
{
    public void Annotate(AnalyzedDocument document)
    {
        var spans = new List<Span>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var tokens = document.Sentences[s].Tokens;
            foreach (var mention in recognizer.FindEntities(document.Sentences[s]))
                spans.Add(new Span(KindOf(mention.Entity.Kind), s, mention.First, mention.Last,
                    tokens[mention.First].Start, tokens[mention.Last].End)
                {
                    Name = mention.Entity.Name,
                    State = mention.Entity.State,
                    Label = mention.Entity.Kind switch
                    {
                        EntityKind.Demonym => "demonym",
                        EntityKind.Metonym => "metonym",
                        _ => null,
                    },
                });
            foreach (var weapon in recognizer.FindWeapons(document.Sentences[s]).Concat(recognizer.FindTradeWords(document.Sentences[s])))
                spans.Add(new Span(SpanKind.Weapon, s, weapon.First, weapon.Last, tokens[weapon.First].Start, tokens[weapon.Last].End)
                {
                    Family = weapon.System,
                    Designation = weapon.Designation,
                    Category = weapon.Category,
                    Maker = weapon.Maker,
                    Origin = weapon.Origin,
                    Origins = weapon.Origins.Length > 0 ? weapon.Origins : null,
                    TransferKind = weapon.Kind,
                    Label = weapon.IsTradeWord ? "trade-word" : weapon.IsGeneric ? "generic" : "system",
                });
        }
        document.AddSpans(spans);
    }

    private static SpanKind KindOf(EntityKind kind) => kind switch
    {
        EntityKind.State or EntityKind.Demonym or EntityKind.Metonym => SpanKind.State,
        EntityKind.Organisation => SpanKind.Organisation,
        EntityKind.Outlet => SpanKind.Outlet,
        EntityKind.Body => SpanKind.Body,
        _ => SpanKind.Group,
    };
}
