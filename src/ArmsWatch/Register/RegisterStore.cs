namespace ArmsWatch.Register;

/// <summary>
/// The register: documents, their sentences and claims in SQLite or PostgreSQL (see <see cref="SqlDialect"/>),
/// queried as claims or merged into deals. Opening it brings the schema to the newest version.
/// </summary>
/// <remarks>Thread-safe: every operation opens its own (pooled) connection.</remarks>
public sealed class RegisterStore : IDisposable
{
    private RegisterStore(SqlDialect dialect) => Dialect = dialect;

    public SqlDialect Dialect { get; }

    /// <summary>Opens the register at a <c>--db</c> value (file, postgres:// URL or Npgsql connection string) and migrates it.</summary>
    public static RegisterStore Open(string? target) => Open(StoreTarget.Parse(target));

    public static RegisterStore Open(SqlDialect dialect)
    {
        try
        {
            SchemaMigrator.Migrate(dialect);
        }
        catch
        {
            (dialect as IDisposable)?.Dispose();
            throw;
        }
        return new RegisterStore(dialect);
    }

    /// <summary>Takes one document for this worker unless it is stored, or held by another worker for longer than <paramref name="wait"/>.</summary>
    public DocumentWrite BeginDocument(string contentHash, TimeSpan wait = default) => DocumentWrite.Begin(Dialect, contentHash, wait);

    public IReadOnlyList<StoredClaim> Claims(ClaimFilter filter) => ClaimQuery.Run(Dialect, filter);

    /// <summary>At most <paramref name="limit"/> matching claims in id order, after skipping <paramref name="offset"/>.</summary>
    public IReadOnlyList<StoredClaim> Claims(ClaimFilter filter, int offset, int limit) => ClaimQuery.Run(Dialect, filter, offset, limit);

    public long CountClaims(ClaimFilter filter) => ClaimQuery.Count(Dialect, filter);

    /// <summary>The highest claim id stored, 0 when there is none.</summary>
    public long LatestClaimId() => ClaimQuery.LatestId(Dialect);

    /// <summary>Documents holding a claim that matches the filter (all documents for an empty filter), newest first.</summary>
    public IReadOnlyList<DocumentSummary> Documents(ClaimFilter filter, int offset, int limit) => DocumentQuery.List(Dialect, filter, offset, limit);

    public long CountDocuments(ClaimFilter filter) => DocumentQuery.Count(Dialect, filter);

    /// <summary>One document with its text, sentences and claims; null when the register has no document with this id.</summary>
    public StoredDocument? Document(long id) => DocumentQuery.Find(Dialect, id);

    /// <summary>The id of the document whose text has this <see cref="ContentHash"/>, or null.</summary>
    public long? DocumentId(string contentHash) => DocumentQuery.IdOf(Dialect, contentHash);

    /// <summary>
    /// Deals with at least one mention matching the filter, each with all its mentions: the deals are merged from every
    /// claim sharing the filter's key criteria, then kept when one of their claims matches the whole filter.
    /// </summary>
    public IReadOnlyList<Deal> Deals(ClaimFilter filter)
    {
        var deals = DealMerger.Merge(Claims(filter.DealKeyCriteria));
        if (!filter.HasMentionCriteria)
            return deals;
        var matching = Claims(filter).Select(claim => claim.Id).ToHashSet();
        return deals.Where(deal => deal.Timeline.Any(mention => matching.Contains(mention.ClaimId))).ToList();
    }

    /// <summary>How many rows a table holds: documents, sentences or claims.</summary>
    public long Count(RegisterTable table)
    {
        using var connection = Dialect.Open();
        using var count = ParameterisedCommand.Create(connection, null, $"SELECT COUNT(*) FROM {TableName(table)}");
        return Convert.ToInt64(count.ExecuteScalar());
    }

    public void Dispose() => (Dialect as IDisposable)?.Dispose();

    private static string TableName(RegisterTable table) => table switch
    {
        RegisterTable.Documents => "documents",
        RegisterTable.Sentences => "sentences",
        RegisterTable.Claims => "claims",
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, null),
    };
}
