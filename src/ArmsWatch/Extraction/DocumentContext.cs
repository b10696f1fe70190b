namespace ArmsWatch.Extraction;

/// <summary>The parties an article is about, read from the claims whose sentences name both ("Russian sales to Iran"),
/// and who supplies each weapon system it names.</summary>
public sealed record DocumentContext(string? Supplier, string? Recipient, IReadOnlyDictionary<string, string> SupplierBySystem)
{
    public static DocumentContext From(IEnumerable<ClaimDraft> drafts)
    {
        drafts = drafts.Where(d => d.SetsContext).ToList();
        var claims = drafts.Select(d => d.Claim).ToList();
        var named = claims.Where(c => c.Supplier is not null && c.Recipient is not null && c.Supplier != c.Recipient).ToList();
        var pair = MostFrequentPair(named);
        var supplier = pair.Supplier ?? MostFrequent(claims.Select(c => c.Supplier));
        var recipient = pair.Recipient ?? MostFrequent(claims.Select(c => c.Recipient));
        // "BAE Systems, the Eurofighter campaign lead for Qatar" names who sells the Eurofighter in this article, though
        // the article's most named seller is France: a system's own supplier comes before the article's.
        var bySystem = drafts
            .Where(d => d.Claim.System is not null)
            .Select(d => (d.Claim.System, Supplier: d.Claim.Supplier ?? (d.Either != recipient ? d.Either : null) ?? d.Origin))
            .Where(d => d.Supplier is not null)
            .GroupBy(d => d.System!)
            .ToDictionary(g => g.Key, g => MostFrequent(g.Select(d => d.Supplier))!);
        return new DocumentContext(supplier, recipient, bySystem);
    }

    /// <summary>Fills what the sentence left out: the system's maker, then the supplier the article gives the same system,
    /// then the article's parties; null when they would coincide.</summary>
    public Claim Fill(ClaimDraft draft)
    {
        var claim = draft.Claim;
        var supplier = claim.Supplier;
        var recipient = claim.Recipient;
        if (draft is { Either: { } one, Other: { } two })
        {
            // Two sides named together: the article's roles, then the system's maker, orient them; else as written.
            var reversed = one == Recipient || two == Supplier || two == draft.Origin;
            (supplier, recipient) = reversed ? (two, one) : (one, two);
        }
        else if (draft.Either is { } either)
        {
            // The article's roles decide: a state the article shows receiving is the recipient here too.
            if (either == Recipient && either != Supplier) recipient = either;
            else supplier = either;
        }
        if (supplier is null && draft.Origin is not null && draft.Origin != recipient)
            supplier = draft.Origin;
        if (draft.ContextMayFill)
        {
            if (supplier is null && claim.System is not null && SupplierBySystem.TryGetValue(claim.System, out var maker) && maker != recipient)
                supplier = maker;
            if (supplier is null && Supplier != recipient)
                supplier = Supplier;
            if (recipient is null && Recipient != supplier)
                recipient = Recipient;
        }
        return claim with { Supplier = supplier, Recipient = recipient };
    }

    private static (string? Supplier, string? Recipient) MostFrequentPair(IEnumerable<Claim> claims) => claims
        .GroupBy(c => (c.Supplier, c.Recipient))
        .OrderByDescending(g => g.Count())
        .Select(g => g.Key)
        .FirstOrDefault();

    private static string? MostFrequent(IEnumerable<string?> values) =>
        values.Where(v => v is not null).GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
