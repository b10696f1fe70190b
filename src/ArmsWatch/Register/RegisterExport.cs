using System.Text.Json;
using ArmsWatch.Extraction;
using Parquet.Serialization;

namespace ArmsWatch.Register;

/// <summary>Writes claims or deals as CSV, JSON or Parquet.</summary>
/// <remarks>
/// JSON keeps everything (a deal's timeline, figures and rule); CSV and Parquet hold the flat rows
/// (<see cref="ClaimRow"/>, <see cref="DealRow"/>) an analyst opens in a spreadsheet or a dataframe.
/// </remarks>
public static class RegisterExport
{
    public static void Claims(IReadOnlyList<StoredClaim> claims, ExportFormat format, Stream output) => Write(claims, ClaimRow.Of, format, output);

    public static void Deals(IReadOnlyList<Deal> deals, ExportFormat format, Stream output) => Write(deals, DealRow.Of, format, output);

    /// <summary>The items themselves as JSON; their flat rows (<paramref name="rowOf"/>) as CSV or Parquet.</summary>
    private static void Write<T, TRow>(IReadOnlyList<T> items, Func<T, TRow> rowOf, ExportFormat format, Stream output)
    {
        switch (format)
        {
            case ExportFormat.Json:
                JsonSerializer.Serialize(output, items, ClaimsJson.Options);
                break;
            case ExportFormat.Csv:
                WriteCsv(items.Select(rowOf), output);
                break;
            case ExportFormat.Parquet:
                ParquetSerializer.SerializeAsync(items.Select(rowOf).ToList(), output).GetAwaiter().GetResult();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, null);
        }
    }

    private static void WriteCsv<TRow>(IEnumerable<TRow> rows, Stream output)
    {
        using var writer = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true);
        CsvText.Write(rows, writer);
    }
}
