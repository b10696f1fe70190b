using System.Data.Common;

namespace ArmsWatch.Register;

/// <summary>One version of the schema: the SQL that brings the previous version to this one.</summary>
/// <param name="Version">Applied in ascending order; recorded in <c>schema_migrations</c> once applied.</param>
/// <param name="Backfill">What SQL alone cannot derive for rows already stored (run after <paramref name="Sql"/>, in the same transaction).</param>
public sealed record Migration(int Version, string Name, string Sql, Action<SqlDialect, DbConnection, DbTransaction>? Backfill = null);
