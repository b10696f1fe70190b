using ArmsWatch.Knowledge;
using Xunit.Abstractions;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Knowledge;

/// <summary>The systems the gold sets name are known: of those named in an evidence sentence, at least 97 % get a span
/// of the right family and 95 % an origin that is the gold supplier where the article gives none other (issue #17).
/// Run with <c>--logger "console;verbosity=detailed"</c> to see the figures and every miss.</summary>
public sealed class CatalogueCoverageTests(ITestOutputHelper output)
{
    private const double FamilyFloor = 0.97;
    private const double OriginFloor = 0.95;

    private static readonly Lazy<Dictionary<string, HashSet<string>>> FamilyNames =
        new(() => CatalogueCoverage.FamilyNames(Path.Combine(ShippedFiles.DataDirectory, "knowledge", WeaponLexicon.CatalogueFile)));

    [Fact]
    public void Seed_systems_are_known_with_their_family_and_origin() =>
        Check("seeds", RepositoryPaths.Shared("eval", "seeds", "gold"), RepositoryPaths.Shared("eval", "seeds", "articles"));

    [Fact]
    public void Dev_systems_are_known_with_their_family_and_origin() =>
        Check("dev", RepositoryPaths.Shared("eval", "dev", "gold"), RepositoryPaths.Shared("eval", "dev", "articles.jsonl"));

    /// <summary>The training corpus's gold, once annotated: <c>corpus/gold</c> in the repository, or the folder
    /// <c>ARMSWATCH_CORPUS_GOLD</c> names; nothing to check before it exists.</summary>
    [Fact]
    public void Corpus_systems_are_known_with_their_family_and_origin()
    {
        var gold = Environment.GetEnvironmentVariable("ARMSWATCH_CORPUS_GOLD") is { Length: > 0 } given
            ? given : Path.Combine(RepositoryPaths.Root, "corpus", "gold");
        if (!Directory.Exists(gold) || !Directory.EnumerateFiles(gold, "*.json").Any())
        {
            output.WriteLine($"corpus: no gold at {gold} yet");
            return;
        }
        Check("corpus", gold, RepositoryPaths.Shared("corpus", "articles.jsonl"));
    }

    private void Check(string set, string gold, string articles)
    {
        var coverage = CatalogueCoverage.Measure(RegisterTestData.Pipeline, gold, [articles], FamilyNames.Value);
        output.WriteLine($"{set}: {coverage}");
        foreach (var miss in coverage.FamilyMisses)
            output.WriteLine($"  family miss {miss.Doc} {miss.System} (found: {miss.Found}) | {miss.Evidence}");
        foreach (var excuse in coverage.OriginExcuses)
            output.WriteLine($"  origin excused {excuse.Doc} {excuse.System} gold {excuse.Supplier}, catalogue {excuse.Found} | {excuse.Evidence}");
        foreach (var miss in coverage.OriginMisses)
            output.WriteLine($"  origin miss {miss.Doc} {miss.System} gold {miss.Supplier}, catalogue {miss.Found} | {miss.Evidence}");
        Assert.True(coverage.FamilyRate >= FamilyFloor, $"{set}: {coverage}");
        Assert.True(coverage.OriginRate >= OriginFloor, $"{set}: {coverage}");
    }
}
