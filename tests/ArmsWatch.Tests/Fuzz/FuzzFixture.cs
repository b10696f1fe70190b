using ArmsWatch.Cli.Fuzzing;
using ArmsWatch.Tests.Register;
using ArmsWatch.Text;

namespace ArmsWatch.Tests.Fuzz;

/// <summary>The fuzz targets over the pipeline the register's tests already loaded: models are read once per test run.</summary>
public static class FuzzFixture
{
    private static readonly Lazy<FuzzTargets> LazyTargets = new(() => new FuzzTargets(RegisterTestData.Pipeline, TextAnalyzer.LoadDefault()));

    public static FuzzTargets Targets => LazyTargets.Value;

    public static string Corpus { get; } = Path.Combine(RepositoryPaths.Root, "tests", "ArmsWatch.Tests", "Fuzz", "corpus");
}
