namespace ArmsWatch.Tests.Server;

/// <summary>A measurement, not a check: skipped unless ARMSWATCH_BENCH=1, so CI never runs it and no figure is asserted.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("ARMSWATCH_BENCH") != "1")
            Skip = "a benchmark: run with ARMSWATCH_BENCH=1";
    }
}
