namespace ArmsWatch.Cli.Presentation;

/// <summary>How <c>claims</c> and <c>deals</c> print: a table for a person at a terminal, JSON for a program reading a pipe.</summary>
public enum ListingFormat
{
    Table,
    Json,
    Csv,
}
