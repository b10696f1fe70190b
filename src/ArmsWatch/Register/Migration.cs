namespace ArmsWatch.Register;

/// <summary>One version of the schema: the SQL that brings the previous version to this one.</summary>
/// <param name="Version">Applied in ascending order; recorded in <c>schema_migrations</c> once applied.</param>
public sealed record Migration(int Version, string Name, string Sql);
