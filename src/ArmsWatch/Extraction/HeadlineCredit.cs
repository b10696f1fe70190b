using ArmsWatch.Documents;
using ArmsWatch.Knowledge;

namespace ArmsWatch.Extraction;

/// <summary>
/// A headline credits its source after a colon, a dash or in closing brackets, with no verb of saying: "U.S. approves
/// sale of Apache helicopters to Qatar: Pentagon", "Russia to sell S-400 to India - Interfax", "Algeria takes delivery
/// of Su-30 fighters (Reuters)". After a colon the credit is a source when it is exactly an organisation, an outlet, an
/// official body, a group or a person the knowledge stage recognised; after a dash or in brackets only an outlet is; a
/// state ("...: Russia") speaks for itself and gives none. Only a sentence without a final stop is read as a headline.
/// </summary>
public static class HeadlineCredit
{
    /// <summary>Words before the credit that make the rest a headline rather than a lone name.</summary>
    private const int MinHeadlineTokens = 3;

    /// <summary>The source a headline credits, or null.</summary>
    public static string? Of(Sentence sentence, IReadOnlyList<Span> spans, IReadOnlyList<EntityMention> entities)
    {
        var tokens = sentence.Tokens;
        if (tokens.Length <= MinHeadlineTokens || !sentence.HasNoFinalStop)
            return null;
        var (separator, last) = tokens[^1].Text == ")"
            ? (Array.FindLastIndex(tokens, t => t.Text == "("), tokens.Length - 2)
            : (Array.FindLastIndex(tokens, t => t.Text is ":" or "-" or "–" or "—"), tokens.Length - 1);
        // The separator stands apart from the headline ("Qatar: Pentagon", "India - Interfax"), not inside a word ("MiG-29").
        if (separator < MinHeadlineTokens || separator >= last || tokens[separator].Text is "-" && tokens[separator].Start == tokens[separator - 1].End)
            return null;
        var first = tokens[separator + 1].Text is "the" or "The" ? separator + 2 : separator + 1;
        var entity = entities.FirstOrDefault(e => e.First == first && e.Last == last);
        // After a dash or in brackets only a news outlet is a credit: a caption credits its photograph so ("Polish M-346
        // pair - Leonardo").
        if (tokens[separator].Text != ":")
            return entity?.Entity.Kind == EntityKind.Outlet ? entity.Entity.Name : null;
        if (entity is not null)
            return entity.Entity.Kind is EntityKind.Organisation or EntityKind.Outlet or EntityKind.Body or EntityKind.Group ? entity.Entity.Name : null;
        return spans.FirstOrDefault(s => s.Kind == SpanKind.Person && s.First == first && s.Last == last)?.Name;
    }
}
