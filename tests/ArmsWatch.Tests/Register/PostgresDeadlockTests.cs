using ArmsWatch.Documents;
using ArmsWatch.Register;
using Npgsql;

namespace ArmsWatch.Tests.Register;

/// <summary>
/// A real deadlock on PostgreSQL between a worker storing a document and another writer, as two workers storing two
/// documents can make: the engine aborts the store (it waited first), which releases what it had written, the other
/// writer goes on, and the store is written again while the document stays taken, so nothing is lost.
/// </summary>
public sealed class PostgresDeadlockTests
{
    [Fact]
    public async Task A_store_the_engine_aborts_to_break_a_deadlock_is_written_again()
    {
        using var register = new PostgresTestRegister();
        using var store = register.Open();
        var document = new SourceDocument("deadlock", "Russia delivered S-400 missiles to Turkey in 2019.");
        var hash = ContentHash.Of(document.Text);
        var extraction = DocumentExtraction.Run(RegisterTestData.Pipeline, document);
        using var write = store.BeginDocument(hash, TimeSpan.FromSeconds(5));
        Assert.Equal(DocumentTake.Taken, write.Take);

        // Another writer holds the documents counter, which the store updates last, and then writes a row the store has
        // written (the same content hash): each waits for the other.
        await using var other = new NpgsqlConnection(register.ConnectionString);
        await other.OpenAsync();
        await using var otherTransaction = await other.BeginTransactionAsync();
        await Execute(other, otherTransaction, "UPDATE register_totals SET value = value WHERE name = 'documents'");
        var storing = Task.Run(() => write.Store(document, extraction.Sentences, extraction.Claims));
        await WaitUntilOneSessionWaitsForALock(register.ConnectionString, storing);
        var otherError = await Record.ExceptionAsync(() => Execute(other, otherTransaction,
            $"INSERT INTO documents (content_hash, doc, text) VALUES ('{hash}', 'other', 'other') ON CONFLICT (content_hash) DO NOTHING"));
        await otherTransaction.RollbackAsync();

        Assert.True(await storing.WaitAsync(TimeSpan.FromSeconds(30)));
        write.Commit();
        Assert.Null(otherError);
        Assert.Equal(1, store.CountDocuments(ClaimFilter.All).Value);
        Assert.NotEmpty(store.Claims(ClaimFilter.All));
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Waits until the store is blocked on the other session's row, so that it is the first to wait.</summary>
    private static async Task WaitUntilOneSessionWaitsForALock(string connectionString, Task storing)
    {
        await using var monitor = new NpgsqlConnection(connectionString);
        await monitor.OpenAsync();
        for (var tries = 0; tries < 300 && !storing.IsCompleted; tries++)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()", monitor);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
                return;
            await Task.Delay(50);
        }
        Assert.Fail(storing.IsCompleted ? $"the store ended without waiting: {storing.Exception?.InnerException?.Message}" : "the store never waited for the row");
    }
}
