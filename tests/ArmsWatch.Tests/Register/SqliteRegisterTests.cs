namespace ArmsWatch.Tests.Register;

/// <summary>The register contract on SQLite, in a temporary file.</summary>
public sealed class SqliteRegisterTests : RegisterStoreContract
{
    protected override ITestRegister CreateRegister() => new SqliteTestRegister();
}
