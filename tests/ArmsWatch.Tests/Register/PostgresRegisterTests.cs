namespace ArmsWatch.Tests.Register;

/// <summary>The register contract on a real PostgreSQL server on loopback (see <c>.ci/postgres.sh</c>).</summary>
public sealed class PostgresRegisterTests : RegisterStoreContract
{
    protected override ITestRegister CreateRegister() => new PostgresTestRegister();
}
