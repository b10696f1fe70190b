namespace ArmsWatch.Extraction;

/// <summary>The parties an article is about, read from the claims whose sentences name both ("Russian sales to Iran").</summary>
public sealed record DocumentContext(string? Supplier, string? Recipient)
{
    public static DocumentContext From(IEnumerable<ClaimDraft> drafts)
    {
        var claims = drafts.Select(d => d.Claim).ToList();
        var pair = claims
            .Where(c => c.Supplier is not null && c.Recipient is not null && c.Supplier != c.Recipient)
            .GroupBy(c => (c.Supplier, c.Recipient))
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .FirstOrDefault();
        return new DocumentContext(
            pair.Supplier ?? MostFrequent(claims.Select(c => c.Supplier)),
            pair.Recipient ?? MostFrequent(claims.Select(c => c.Recipient)));
    }

    /// <summary>Fills what the sentence left out: the system's maker, then the article's parties; null when they would coincide.</summary>
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
            if (supplier is null && Supplier != recipient)
                supplier = Supplier;
            if (recipient is null && Recipient != supplier)
                recipient = Recipient;
        }
        return claim with { Supplier = supplier, Recipient = recipient };
    }

    private static string? MostFrequent(IEnumerable<string?> values) =>
        values.Where(v => v is not null).GroupBy(v => v).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
}
