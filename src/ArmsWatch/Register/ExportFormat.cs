namespace ArmsWatch.Register;

/// <summary>The file formats the register writes.</summary>
public enum ExportFormat
{
    Json,
    Csv,
    Parquet,
}
