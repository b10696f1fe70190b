namespace ArmsWatch.Tests.Reading;

/// <summary>The shared evaluation files beside the repository: ../shared/eval.</summary>
internal static class SharedFiles
{
    public static string Eval(params string[] parts) => RepositoryPaths.Shared(["eval", .. parts]);

    public static string Seed(string name) => Eval("seeds", "articles", name);
}
