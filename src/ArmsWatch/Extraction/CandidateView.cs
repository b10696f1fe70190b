using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>A candidate as the decisions see it: its party options, and the keys of its features and of each option's
/// features (to score them). The features' names are described again only to explain a decision.</summary>
public sealed class CandidateView
{
    private readonly AnalyzedDocument _document;
    private readonly ClaimFeatures _features;
    private readonly DocumentMemory _memory;
    private readonly string[] _sentenceParties;

    /// <param name="keys">A list to describe the features in (cleared first), shared by the views of a document so it
    /// grows once.</param>
    public CandidateView(AnalyzedDocument document, SentenceTree tree, ClaimCandidate candidate, DocumentMemory memory, ClaimFeatures features,
        FeatureList keys)
    {
        (_document, _features, _memory) = (document, features, memory);
        (Candidate, Tree) = (candidate, tree);
        Options = PartyOptions.For(document, candidate, memory);
        _sentenceParties = Options.Where(o => o.Source == PartySource.Mention).Select(o => o.Value).OfType<string>().Distinct().ToArray();
        keys.Clear();
        ClaimFeatures.OfCandidate(document, tree, candidate, keys);
        FeatureKeys = keys.Keys();
        var optionKeys = new ulong[Options.Count][];
        for (var i = 0; i < optionKeys.Length; i++)
        {
            keys.Clear();
            ClaimFeatures.OfParty(document, tree, candidate, Options[i], _sentenceParties, memory, keys);
            optionKeys[i] = keys.Keys();
        }
        OptionKeys = optionKeys;
    }

    public ClaimCandidate Candidate { get; }

    public SentenceTree Tree { get; }

    public IReadOnlyList<PartyOption> Options { get; }

    public ulong[] FeatureKeys { get; }

    public IReadOnlyList<ulong[]> OptionKeys { get; }

    /// <summary>The names of the candidate's features that <paramref name="named"/> asks for, by their index in
    /// <see cref="FeatureKeys"/>.</summary>
    public IReadOnlyDictionary<int, string> FeatureNames(Predicate<int> named)
    {
        var names = _features.NewList(named);
        ClaimFeatures.OfCandidate(_document, Tree, Candidate, names);
        return names.Names;
    }

    /// <summary>The names of an option's features that <paramref name="named"/> asks for, by their index in its
    /// <see cref="OptionKeys"/>. Asked while the candidate's sentence is read: they read what the article said before,
    /// which later sentences change.</summary>
    public IReadOnlyDictionary<int, string> OptionFeatureNames(int option, Predicate<int> named)
    {
        var names = _features.NewList(named);
        ClaimFeatures.OfParty(_document, Tree, Candidate, Options[option], _sentenceParties, _memory, names);
        return names.Names;
    }
}
