using ArmsWatch.Documents;

namespace ArmsWatch.Knowledge;

/// <summary>The knowledge stage: adds to the document a span for every state, organisation, outlet, body, group, person
/// and piece of equipment its sentences name, every sum of money, number counting something and date naming a year,
/// and the fullest form of every name it gives.</summary>
public sealed class KnowledgeStage(EntityRecognizer recognizer, PersonFinder? people = null, PersonNames? names = null)
{
    public void Annotate(AnalyzedDocument document)
    {
        var spans = new List<Span>();
        var named = new Dictionary<string, Person>(StringComparer.Ordinal);
        var entitiesBySentence = new List<List<EntityMention>>(document.Sentences.Count);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var tokens = document.Sentences[s].Tokens;
            var sentenceStart = spans.Count;
            var entities = recognizer.FindEntities(document.Sentences[s]);
            entitiesBySentence.Add(entities);
            if (people is not null)
                foreach (var person in people.Find(document.Sentences[s], entities, document.Source.Published, named))
                    spans.Add(new Span(SpanKind.Person, s, person.First, person.Last, tokens[person.First].Start, tokens[person.Last].End)
                    {
                        Name = person.Name,
                        Role = person.Role,
                        State = person.State,
                        Label = person.InTable ? SpanLabel.OfficeHolder : null,
                    });
            foreach (var mention in entities)
                spans.Add(new Span(KindOf(mention.Entity.Kind), s, mention.First, mention.Last,
                    tokens[mention.First].Start, tokens[mention.Last].End)
                {
                    Name = mention.Entity.Name,
                    State = mention.Entity.State,
                    Label = mention.Entity.Kind switch
                    {
                        EntityKind.Demonym => SpanLabel.Demonym,
                        EntityKind.Metonym => SpanLabel.Metonym,
                        _ => null,
                    },
                });
            foreach (var weapon in recognizer.FindWeapons(document.Sentences[s]).Concat(recognizer.FindTradeWords(document.Sentences[s])))
            {
                // "will ship Su-30s": a generic word used as a verb names no equipment.
                if (weapon.IsGeneric && !weapon.IsTradeWord && !weapon.IsPeopleTrained && weapon.First == weapon.Last && tokens[weapon.Head].Upos == Upos.Verb)
                    continue;
                spans.Add(new Span(SpanKind.Weapon, s, weapon.First, weapon.Last, tokens[weapon.First].Start, tokens[weapon.Last].End)
                {
                    Family = weapon.System,
                    Designation = weapon.Designation,
                    Category = weapon.Category,
                    Maker = weapon.Maker,
                    Origin = weapon.Origin,
                    Origins = weapon.Origins.Length > 0 ? weapon.Origins : null,
                    TransferKind = weapon.Kind,
                    Label = weapon.IsTradeWord ? SpanLabel.TradeWord : weapon.IsGeneric ? SpanLabel.Generic : SpanLabel.System,
                });
            }
            spans.AddRange(AmountsAndDates(document, s, spans.GetRange(sentenceStart, spans.Count - sentenceStart).FindAll(span => span.Kind == SpanKind.Weapon)));
        }
        document.AddSpans(spans);
        if (names is not null)
            document.SetNames(names.Collect(document.Sentences, entitiesBySentence));
    }

    /// <summary>The sentence's sums of money, dates (the relative ones reckoned from the article's date) and the numbers
    /// that count something outside them and outside the names of <paramref name="weapons"/>.</summary>
    private static List<Span> AmountsAndDates(AnalyzedDocument document, int sentence, List<Span> weapons)
    {
        var tokens = document.Sentences[sentence].Tokens;
        Span SpanOf(SpanKind kind, int first, int last) => new(kind, sentence, first, last, tokens[first].Start, tokens[last].End);
        var sums = MoneyMention.FindAll(tokens).Select(money => SpanOf(SpanKind.Money, money.First, money.Last) with
        {
            Amount = money.Amount,
            Currency = money.Currency,
        });
        var dates = TimeExpressions.Find(tokens, document.Source.Published).Select(date => SpanOf(SpanKind.Date, date.First, date.Last) with
        {
            Year = date.Year,
            Label = date.Relative ? SpanLabel.Relative : null,
        });
        var found = sums.Concat(dates).ToList();
        var counted = Quantities.Find(tokens, i => found.Any(span => span.Covers(i)) || weapons.Any(span => span.Covers(i)))
            .Select(quantity => SpanOf(SpanKind.Quantity, quantity.Index, quantity.Index) with { Count = quantity.Count })
            .ToList();
        return [.. found, .. counted];
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
