using ArmsWatch.Register;

namespace ArmsWatch.Tests.Register;

/// <summary>A fresh, empty register for one test, on one engine; disposing it throws the data away.</summary>
public interface ITestRegister : IDisposable
{
    /// <summary>Opens the register (migrating it); may be called again for a second worker on the same data.</summary>
    RegisterStore Open();

    /// <summary>The engine on the same data without migrating it: for building a register of an older schema by hand.</summary>
    SqlDialect Unmigrated();
}
