namespace ArmsWatch.Register;

/// <summary>The register's tables that hold content, for counts.</summary>
public enum RegisterTable
{
    Documents,
    Sentences,
    Claims,
}
