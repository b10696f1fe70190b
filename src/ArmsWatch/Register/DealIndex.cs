using System.Data.Common;
using System.Globalization;
using ArmsWatch.Extraction;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>
/// Keeps the deals up to date as documents are stored, inside each document's transaction, so that no request ever
/// merges the register's claims itself. An article's claims are grouped into programmes (<see cref="ArticleProgrammes"/>);
/// each programme joins the deal of its key (supplier, recipient, system family or category) whose years come within
/// <see cref="YearGap"/> years of its own, or starts one; a programme that bridges two deals merges them. A programme
/// with no year at all joins the key's latest deal. A deal's history (<c>deal_steps</c>) and figures
/// (<c>deal_figures</c>) are counted as mentions arrive; when deals merge, or undated mentions move to a newer deal,
/// the deals concerned are counted again from their claims.
/// </summary>
/// <remarks>
/// The deals a register holds depend only on its claims, never on the order documents arrived in (a test checks it).
/// On PostgreSQL each key is locked (<c>pg_advisory_xact_lock</c>) for the rest of the transaction, in key order, so
/// concurrent workers never build the same deal twice nor deadlock.
/// </remarks>
/// <param name="statuses">
/// Whether to write each deal's status on its row: false only while the schema is brought up to a version before the
/// one that keeps statuses (a migration's backfill runs against the schema of its own version).
/// </param>
public sealed class DealIndex(SqlDialect dialect, DbConnection connection, DbTransaction transaction, bool statuses = true)
{
    /// <summary>Years between an article's mentions and a deal's for them to be one deal: an order, its deliveries and follow-ups usually span a few.</summary>
    public const int YearGap = 3;

    private readonly HashSet<long> recount = [];

    /// <summary>One claim as the index needs it: the claim, its year (its own, else its article's), its stored id and its document's.</summary>
    public readonly record struct IndexedClaim(Claim Claim, int? Year, long Id, long DocumentId);

    /// <summary>
    /// Places the programmes of one stored document in their deals and counts their mentions in; returns, for each claim,
    /// the id of its deal. The claims must be stored already (their deal ids are set here).
    /// </summary>
    public long[] Add(long documentId, IReadOnlyList<IndexedClaim> claims)
    {
        var programmes = ArticleProgrammes.Of(claims.Select(claim => claim.Claim).ToList(), claims.Select(claim => claim.Year).ToList())
            .OrderBy(programme => programme.Key.Text, StringComparer.Ordinal)
            .ToList();
        var deals = new long[claims.Count];
        // Sentences where a claim carries a value: their sums are read, so no deal needs them as stated sums.
        var valued = claims.Where(claim => claim.Claim.ValueUsd is not null).Select(claim => (claim.DocumentId, claim.Claim.SentenceStart)).ToHashSet();
        foreach (var programme in programmes)
        {
            var deal = Place(programme);
            foreach (var index in programme.Claims)
                deals[index] = deal;
            Execute($"UPDATE claims SET deal_id = @deal WHERE document_id = @document AND id IN ({string.Join(", ", programme.Claims.Select(index => claims[index].Id))})",
                ("deal", deal), ("document", documentId));
            if (!recount.Contains(deal))
                Account(deal, programme, claims, valued);
        }
        var touched = deals.Concat(recount).ToHashSet();
        foreach (var deal in recount)
            Recount(deal);
        recount.Clear();
        // Each deal this document touched stands where its history now says.
        if (statuses)
            foreach (var deal in touched)
                UpdateStatus(deal);
        return deals;
    }

    /// <summary>Sets the status of every deal from its history: the migration that keeps statuses with the deals.</summary>
    public static void UpdateAllStatuses(SqlDialect dialect, DbConnection connection, DbTransaction transaction)
    {
        var ids = new List<long>();
        using (var list = ParameterisedCommand.Create(connection, transaction, "SELECT id FROM deals"))
        using (var reader = list.ExecuteReader())
            while (reader.Read())
                ids.Add(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
        var index = new DealIndex(dialect, connection, transaction);
        foreach (var id in ids)
            index.UpdateStatus(id);
    }

    /// <summary>Reads a deal's history and writes the status it gives (<see cref="DealStatus"/>) onto the deal; nothing for a deal merged away.</summary>
    private void UpdateStatus(long deal)
    {
        var history = new List<DealStep>();
        using (var steps = ParameterisedCommand.Create(connection, transaction,
                   "SELECT year, stage, certainty, mentions FROM deal_steps WHERE deal_id = @id", ("id", deal)))
        using (var reader = steps.ExecuteReader())
            while (reader.Read())
                history.Add(DealQuery.Step(reader, 0));
        if (history.Count == 0)
            return;
        var (stage, certainty, resumed) = DealStatus.Of(history);
        Execute("UPDATE deals SET stage = @stage, certainty = @certainty, resumed = @resumed WHERE id = @id",
            ("stage", VocabularyText<Stage>.Name(stage)), ("certainty", VocabularyText<Certainty>.Name(certainty)), ("resumed", resumed ? 1 : 0), ("id", deal));
    }

    /// <summary>Builds every deal from the claims, document by document in id order: the migration that introduced deals, or one that changes their rule.</summary>
    /// <param name="statuses">False in the migration that introduced deals, whose schema does not yet keep their status.</param>
    public static void Rebuild(SqlDialect dialect, DbConnection connection, DbTransaction transaction, bool statuses = true)
    {
        foreach (var table in new[] { "deals", "deal_steps", "deal_figures" })
            using (var clear = ParameterisedCommand.Create(connection, transaction, $"DELETE FROM {table}"))
                clear.ExecuteNonQuery();
        var documents = new List<long>();
        using (var list = ParameterisedCommand.Create(connection, transaction, "SELECT DISTINCT document_id FROM claims ORDER BY document_id"))
        using (var reader = list.ExecuteReader())
            while (reader.Read())
                documents.Add(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture));
        var index = new DealIndex(dialect, connection, transaction, statuses);
        foreach (var document in documents)
            index.Add(document, ReadClaims(connection, transaction, "c.document_id = @id", document).Select(row => new IndexedClaim(row.Claim, row.Year, row.Id, row.DocumentId)).ToList());
    }

    private long Place(ArticleProgramme programme)
    {
        var key = programme.Key;
        dialect.LockKey(connection, transaction, key.Text);
        var deals = KeyDeals(key);
        var dated = deals.Where(deal => deal.FirstYear is not null).ToList();
        var undated = deals.FirstOrDefault(deal => deal.FirstYear is null);
        if (!programme.IsDated)
            return (Latest(dated) ?? undated ?? Create(programme)).Id;

        var near = dated.Where(deal => deal.FirstYear - YearGap <= programme.LastYear && deal.LastYear + YearGap >= programme.FirstYear).ToList();
        var previousLatest = Latest(dated);
        DealRow target;
        if (near.Count == 0)
        {
            target = Create(programme);
            dated.Add(target);
        }
        else
        {
            target = near.MinBy(deal => deal.FirstYear)!;
            var first = Math.Min(programme.FirstYear!.Value, near.Min(deal => deal.FirstYear!.Value));
            var last = Math.Max(programme.LastYear!.Value, near.Max(deal => deal.LastYear!.Value));
            foreach (var other in near.Where(deal => deal.Id != target.Id))
            {
                // This article bridges two deals of the key: they were one transfer all along.
                MoveClaims(other.Id, target.Id, undatedOnly: false);
                MovePackages(other.Id, target.Id);
                Delete(other.Id);
                dated.Remove(other);
                recount.Add(target.Id);
            }
            if (first != target.FirstYear || last != target.LastYear)
            {
                dated.Remove(target);
                target = target with { FirstYear = first, LastYear = last };
                dated.Add(target);
                Execute("UPDATE deals SET first_year = @first, last_year = @last, slug = @slug WHERE id = @id",
                    ("first", first), ("last", last), ("slug", Slug(key, first)), ("id", target.Id));
            }
        }
        if (undated is not null)
        {
            // The key had only undated mentions so far: they join its first dated deal.
            MoveClaims(undated.Id, target.Id, undatedOnly: false);
            MovePackages(undated.Id, target.Id);
            Delete(undated.Id);
            recount.Add(target.Id);
        }
        // Undated mentions belong to the key's latest deal: when that is a new one, they move to it.
        if (previousLatest is not null && dated.Any(deal => deal.Id == previousLatest.Id) && Latest(dated)!.Id == target.Id
            && previousLatest.Id != target.Id && MoveClaims(previousLatest.Id, target.Id, undatedOnly: true) > 0)
        {
            recount.Add(previousLatest.Id);
            recount.Add(target.Id);
        }
        return target.Id;
    }

    /// <summary>Counts a programme's mentions into a deal whose other counts are right: its history and figures grow by the programme's.</summary>
    private void Account(long deal, ArticleProgramme programme, IReadOnlyList<IndexedClaim> claims, HashSet<(long, int)> valued)
    {
        var mentions = programme.Claims.Select(index => claims[index]).ToList();
        Execute("UPDATE deals SET mentions = mentions + @mentions, documents = documents + 1, attached = attached + @attached WHERE id = @id",
            ("mentions", mentions.Count), ("attached", programme.Attached), ("id", deal));
        foreach (var step in Steps(mentions.Select(mention => (mention.Claim, mention.Year))))
            Execute("""
                INSERT INTO deal_steps (deal_id, year, stage, certainty, mentions) VALUES (@deal, @year, @stage, @certainty, @mentions)
                ON CONFLICT (deal_id, year, stage, certainty) DO UPDATE SET mentions = deal_steps.mentions + excluded.mentions
                """, ("deal", deal), ("year", step.Year ?? 0), ("stage", VocabularyText<Stage>.Name(step.Stage)),
                ("certainty", VocabularyText<Certainty>.Name(step.Certainty)), ("mentions", step.Mentions));
        foreach (var figure in Figures(mentions, valued).Concat(Figures(programme.Shared.Select(index => claims[index]), valued, FigureBasis.Package)))
            Execute("""
                INSERT INTO deal_figures (deal_id, kind, basis, year, value, source, mentions, claim_id)
                VALUES (@deal, @kind, @basis, @year, @value, @source, @mentions, @claim)
                ON CONFLICT (deal_id, kind, basis, year, value, source) DO UPDATE SET mentions = deal_figures.mentions + excluded.mentions
                """, ("deal", deal), ("kind", figure.Kind), ("basis", figure.Basis), ("year", figure.Year), ("value", figure.Value),
                ("source", figure.Source), ("mentions", figure.Mentions), ("claim", figure.ClaimId));
    }

    /// <summary>
    /// Counts a deal again from its claims, after a change that no increment can follow (a merge, a move); deletes it
    /// when it has none left. Package figures, which come from other deals' claims, are kept as they are.
    /// </summary>
    private void Recount(long deal)
    {
        var claims = ReadClaims(connection, transaction, "c.deal_id = @id", deal);
        Execute("DELETE FROM deal_steps WHERE deal_id = @id", ("id", deal));
        Execute("DELETE FROM deal_figures WHERE deal_id = @id AND basis <> @package", ("id", deal), ("package", FigureBasis.Package));
        var valued = ValuedSentences(claims.Select(claim => claim.DocumentId).Distinct());
        if (claims.Count == 0)
        {
            Delete(deal);
            return;
        }
        var years = claims.Select(claim => claim.Year).OfType<int>().ToList();
        int? first = years.Count > 0 ? years.Min() : null;
        var key = KeyOf(deal);
        Execute("""
            UPDATE deals SET mentions = @mentions, documents = @documents, attached = @attached, first_year = @first, last_year = @last, slug = @slug
            WHERE id = @id
            """, ("mentions", claims.Count), ("documents", claims.Select(claim => claim.DocumentId).Distinct().Count()),
            ("attached", claims.Count(claim => IsAttached(key, claim.Claim))),
            ("first", first), ("last", years.Count > 0 ? years.Max() : null), ("slug", Slug(key, first)), ("id", deal));
        foreach (var step in Steps(claims.Select(claim => (claim.Claim, claim.Year))))
            Execute("INSERT INTO deal_steps (deal_id, year, stage, certainty, mentions) VALUES (@deal, @year, @stage, @certainty, @mentions)",
                ("deal", deal), ("year", step.Year ?? 0), ("stage", VocabularyText<Stage>.Name(step.Stage)),
                ("certainty", VocabularyText<Certainty>.Name(step.Certainty)), ("mentions", step.Mentions));
        foreach (var figure in Figures(claims.Select(claim => new IndexedClaim(claim.Claim, claim.Year, claim.Id, claim.DocumentId)), valued))
            Execute("INSERT INTO deal_figures (deal_id, kind, basis, year, value, source, mentions, claim_id) VALUES (@deal, @kind, @basis, @year, @value, @source, @mentions, @claim)",
                ("deal", deal), ("kind", figure.Kind), ("basis", figure.Basis), ("year", figure.Year), ("value", figure.Value),
                ("source", figure.Source), ("mentions", figure.Mentions), ("claim", figure.ClaimId));
    }

    /// <summary>A mention that names less than its deal's key: no system in a system's deal, no category in a category's.</summary>
    private static bool IsAttached(DealKey key, Claim claim) => key.BySystem
        ? claim.System is not { Length: > 0 }
        : claim.Category == WeaponCategory.Unspecified && key.Family != VocabularyText<WeaponCategory>.Name(WeaponCategory.Unspecified);

    private HashSet<(long, int)> ValuedSentences(IEnumerable<long> documents)
    {
        var ids = string.Join(", ", documents);
        var valued = new HashSet<(long, int)>();
        if (ids.Length == 0)
            return valued;
        using var query = ParameterisedCommand.Create(connection, transaction,
            $"SELECT DISTINCT document_id, sentence_start FROM claims WHERE value_usd IS NOT NULL AND document_id IN ({ids})");
        using var reader = query.ExecuteReader();
        while (reader.Read())
            valued.Add((Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture),
                Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture)));
        return valued;
    }

    private static IEnumerable<DealStep> Steps(IEnumerable<(Claim Claim, int? Year)> mentions) =>
        mentions.GroupBy(mention => (mention.Year, mention.Claim.Stage, mention.Claim.Certainty))
            .Select(group => new DealStep(group.Key.Year, group.Key.Stage, group.Key.Certainty, group.Count()));

    /// <summary>A deal's figures as stored: one row per kind, stage, year, value and source, the first claim giving it kept.</summary>
    /// <param name="valued">Sentences (document, start) where some claim carries a value; the others' sums count as stated.</param>
    /// <param name="package">The basis of every figure when they are another programme's, shared (<see cref="FigureBasis.Package"/>).</param>
    private static IEnumerable<(string Kind, string Basis, int Year, decimal Value, string Source, int Mentions, long ClaimId)> Figures(
        IEnumerable<IndexedClaim> mentions, HashSet<(long, int)> valued, string? package = null)
    {
        var basis = FigureBasis.Shipped;
        var figures = new List<(string Kind, string Basis, int Year, decimal Value, string Source, long ClaimId)>();
        var list = mentions.ToList();
        if (package is null)
        {
            foreach (var sentence in list.Where(mention => !valued.Contains((mention.DocumentId, mention.Claim.SentenceStart)))
                         .GroupBy(mention => (mention.DocumentId, mention.Claim.SentenceStart)))
            {
                var first = sentence.MinBy(mention => mention.Id);
                foreach (var sum in StatedSums.In(first.Claim.Evidence))
                    figures.Add(("value", FigureBasis.Stated, first.Year ?? 0, sum, first.Claim.Source ?? "", first.Id));
            }
        }
        foreach (var (claim, year, id, _) in list)
        {
            if (claim.ValueUsd is null && claim.Quantity is null)
                continue;
            var stage = package ?? basis.Of(claim.Stage, claim.Evidence, claim.ItemStart - claim.SentenceStart);
            if (claim.ValueUsd is { } value)
                figures.Add(("value", stage, year ?? 0, value, claim.Source ?? "", id));
            if (claim.Quantity is { } quantity)
                figures.Add(("quantity", stage, year ?? 0, quantity, claim.Source ?? "", id));
        }
        return figures.GroupBy(figure => (figure.Kind, figure.Basis, figure.Year, figure.Value, figure.Source))
            .Select(group => (group.Key.Kind, group.Key.Basis, group.Key.Year, group.Key.Value, group.Key.Source, group.Count(), group.Min(figure => figure.ClaimId)));
    }

    private sealed record DealRow(long Id, int? FirstYear, int? LastYear);

    private static DealRow? Latest(List<DealRow> dated) => dated.MaxBy(deal => (deal.LastYear, deal.FirstYear));

    private List<DealRow> KeyDeals(DealKey key)
    {
        using var query = ParameterisedCommand.Create(connection, transaction,
            "SELECT id, first_year, last_year FROM deals WHERE supplier = @supplier AND recipient = @recipient AND family = @family AND by_system = @by_system",
            ("supplier", key.Supplier ?? ""), ("recipient", key.Recipient ?? ""), ("family", key.Family), ("by_system", key.BySystem ? 1 : 0));
        using var reader = query.ExecuteReader();
        var deals = new List<DealRow>();
        while (reader.Read())
            deals.Add(new DealRow(Convert.ToInt64(reader.GetValue(0), CultureInfo.InvariantCulture), Year(reader, 1), Year(reader, 2)));
        return deals;
    }

    private DealKey KeyOf(long deal)
    {
        using var query = ParameterisedCommand.Create(connection, transaction, "SELECT supplier, recipient, family, by_system FROM deals WHERE id = @id", ("id", deal));
        using var reader = query.ExecuteReader();
        reader.Read();
        return DealQuery.Key(reader, 0);
    }

    private DealRow Create(ArticleProgramme programme)
    {
        var key = programme.Key;
        using var insert = ParameterisedCommand.Create(connection, transaction, """
            INSERT INTO deals (slug, supplier, recipient, family, by_system, designation, category, first_year, last_year, mentions, documents, attached)
            VALUES (@slug, @supplier, @recipient, @family, @by_system, @designation, @category, @first, @last, 0, 0, 0)
            RETURNING id
            """, ("slug", Slug(key, programme.FirstYear)), ("supplier", key.Supplier ?? ""), ("recipient", key.Recipient ?? ""),
            ("family", key.Family), ("by_system", key.BySystem ? 1 : 0), ("designation", programme.Designation),
            ("category", VocabularyText<WeaponCategory>.Name(programme.Category)), ("first", programme.FirstYear), ("last", programme.LastYear));
        return new DealRow(Convert.ToInt64(insert.ExecuteScalar(), CultureInfo.InvariantCulture), programme.FirstYear, programme.LastYear);
    }

    /// <summary>Moves a deal's claims to another deal; with <paramref name="undatedOnly"/>, only the programmes (documents) with no year at all.</summary>
    private int MoveClaims(long from, long to, bool undatedOnly) => Execute(undatedOnly
        ? """
          UPDATE claims SET deal_id = @to WHERE deal_id = @from AND document_id IN (
              SELECT document_id FROM claims WHERE deal_id = @from GROUP BY document_id HAVING MAX(effective_year) IS NULL)
          """
        : "UPDATE claims SET deal_id = @to WHERE deal_id = @from", ("from", from), ("to", to));

    private void MovePackages(long from, long to) => Execute("""
        INSERT INTO deal_figures (deal_id, kind, basis, year, value, source, mentions, claim_id)
        SELECT @to, kind, basis, year, value, source, mentions, claim_id FROM deal_figures WHERE deal_id = @from AND basis = @package
        ON CONFLICT (deal_id, kind, basis, year, value, source) DO UPDATE SET mentions = deal_figures.mentions + excluded.mentions
        """, ("from", from), ("to", to), ("package", FigureBasis.Package));

    private void Delete(long deal)
    {
        Execute("DELETE FROM deal_steps WHERE deal_id = @id", ("id", deal));
        Execute("DELETE FROM deal_figures WHERE deal_id = @id", ("id", deal));
        Execute("DELETE FROM deals WHERE id = @id", ("id", deal));
        recount.Remove(deal);
    }

    public static string Slug(DealKey key, int? firstYear) => $"{key.Slug}-{firstYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "undated"}";

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = ParameterisedCommand.Create(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static int? Year(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : Convert.ToInt32(reader.GetValue(column), CultureInfo.InvariantCulture);

    /// <summary>Stored claims with what the index needs, in id order.</summary>
    private static List<(long Id, long DocumentId, int? Year, Claim Claim)> ReadClaims(DbConnection connection, DbTransaction transaction, string condition, long id)
    {
        using var query = ParameterisedCommand.Create(connection, transaction,
            ClaimQuery.ClaimColumns + ", c.id, c.document_id, c.effective_year FROM claims c WHERE " + condition + " ORDER BY c.id", ("id", id));
        using var reader = query.ExecuteReader();
        var claims = new List<(long, long, int?, Claim)>();
        while (reader.Read())
            claims.Add((Convert.ToInt64(reader.GetValue(ClaimQuery.ClaimColumnCount), CultureInfo.InvariantCulture),
                Convert.ToInt64(reader.GetValue(ClaimQuery.ClaimColumnCount + 1), CultureInfo.InvariantCulture),
                Year(reader, ClaimQuery.ClaimColumnCount + 2), ClaimQuery.ReadClaim(reader, 0)));
        return claims;
    }
}
