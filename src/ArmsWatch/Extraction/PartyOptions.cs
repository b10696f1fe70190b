using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>The answers a supplier or recipient decision chooses among: every party the sentence names, the states
/// the article named before, the system's state of origin, and no party.</summary>
public static class PartyOptions
{
    /// <summary>How many of the article's earlier states are offered, most recent first.</summary>
    public const int ContextStates = 5;

    public static List<PartyOption> For(AnalyzedDocument document, ClaimCandidate candidate, DocumentMemory memory)
    {
        var options = new List<PartyOption>();
        foreach (var span in document.SpansIn(candidate.Sentence))
            if (IsParty(span))
                options.Add(new PartyOption(ValueOf(span), PartySource.Mention, span, 0));
        var named = options.Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        var rank = 0;
        foreach (var state in memory.RecentStates)
        {
            if (rank >= ContextStates)
                break;
            if (named.Add(state))
                options.Add(new PartyOption(state, PartySource.Context, null, rank));
            rank++;
        }
        if (candidate.Item.Origin is { } origin && named.Add(origin))
            options.Add(new PartyOption(origin, PartySource.Origin, null, 0));
        options.Add(new PartyOption(null, PartySource.None, null, 0));
        return options;
    }

    /// <summary>States, organisations, people and groups: the spans a party can be read from.</summary>
    public static bool IsParty(Span span) =>
        span.Kind is SpanKind.State or SpanKind.Organisation or SpanKind.Person && span.State is not null || span.Kind == SpanKind.Group;

    /// <summary>What a party span stands for in a claim: its state, or a group's own name.</summary>
    public static string? ValueOf(Span span) => span.Kind == SpanKind.Group ? span.Name : span.State;
}
