using System.Globalization;

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
    public static RegisterStore Open(string? target, TimeSpan? busyTimeout = null) => Open(StoreTarget.Parse(target, busyTimeout));

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

    /// <summary>How many claims match: exact from the tallies, or a floor when the filter asks for words in many claims.</summary>
    public Count CountClaims(ClaimFilter filter) => ClaimTallies.CountClaims(Dialect, filter);

    /// <summary>
    /// Changes whenever the register's content does: the number of documents stored, since claims, deals and tallies
    /// change only with a document, in its transaction. One single-row read.
    /// </summary>
    public long Version() => ClaimTallies.Documents(Dialect);

    /// <summary>The highest claim id stored, 0 when there is none.</summary>
    public long LatestClaimId() => ClaimQuery.LatestId(Dialect);

    /// <summary>Documents holding a claim that matches the filter (all documents for an empty filter), newest first.</summary>
    public IReadOnlyList<DocumentSummary> Documents(ClaimFilter filter, int offset, int limit) => DocumentQuery.List(Dialect, filter, offset, limit);

    public Count CountDocuments(ClaimFilter filter) => DocumentQuery.Count(Dialect, filter);

    /// <summary>One document with its text, sentences and claims; null when the register has no document with this id.</summary>
    public StoredDocument? Document(long id) => DocumentQuery.Find(Dialect, id);

    /// <summary>The id of the document whose text has this <see cref="ContentHash"/>, or null.</summary>
    public long? DocumentId(string contentHash) => DocumentQuery.IdOf(Dialect, contentHash);

    /// <summary>Every deal with a mention matching the filter, each with its whole timeline (for the CLI and exports).</summary>
    public IReadOnlyList<Deal> Deals(ClaimFilter filter) => DealQuery.All(Dialect, filter);

    /// <summary>One page of the deals with a mention matching the filter (without timelines), and how many there are.</summary>
    public (IReadOnlyList<Deal> Deals, long Total) Deals(ClaimFilter filter, int offset, int limit) => DealQuery.Page(Dialect, filter, offset, limit);

    /// <summary>The deal with this id and a page of its timeline; null when there is none.</summary>
    public DealDetail? Deal(string id, int offset, int limit) => DealQuery.Find(Dialect, id, offset, limit);

    /// <summary>Claims per supplier → recipient pair and per year, for the claims matching the filter.</summary>
    public FlowSummary Flows(ClaimFilter filter) => ClaimTallies.Flows(Dialect, filter);

    /// <summary>How many rows a table holds: documents, sentences or claims.</summary>
    public long Count(RegisterTable table)
    {
        using var connection = Dialect.Open();
        using var count = ParameterisedCommand.Create(connection, null, $"SELECT COUNT(*) FROM {TableName(table)}");
        return Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
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
