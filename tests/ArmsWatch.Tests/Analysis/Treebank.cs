using ArmsWatch.Analysis;

namespace ArmsWatch.Tests.Analysis;

/// <summary>UD English EWT files from the shared data folder beside the repository.</summary>
internal static class Treebank
{
    private static readonly Lazy<List<ConllSentence>> s_dev = new(() => ConllReader.ReadFile(PathOf("en_ewt-ud-dev.conllu")));

    public static List<ConllSentence> Dev() => s_dev.Value;

    public static string PathOf(string fileName) => RepositoryPaths.Shared("data", "ud-english-ewt", fileName);
}
