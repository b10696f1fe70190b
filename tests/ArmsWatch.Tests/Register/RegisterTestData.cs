using System.Text.Json;
using ArmsWatch.Documents;
using ArmsWatch.Extraction;
using ArmsWatch.Reading;
using ArmsWatch.Register;

namespace ArmsWatch.Tests.Register;

/// <summary>Documents for the register's tests: the seed articles (extracted, or with their gold claims) and small made-up ones.</summary>
public static class RegisterTestData
{
    private static readonly Lazy<ArmsWatchPipeline> LazyPipeline = new(ArmsWatchPipeline.LoadDefault);

    public static ArmsWatchPipeline Pipeline => LazyPipeline.Value;

    public static IReadOnlyList<SourceDocument> SeedArticles { get; } = Read(RepositoryPaths.Shared("eval", "seeds", "articles"));

    public static IReadOnlyList<SourceDocument> DevArticles { get; } = Read(RepositoryPaths.Shared("eval", "dev", "articles.jsonl"));

    /// <summary>The seed articles with the gold claims of ../shared/eval/seeds/gold instead of the extractor's.</summary>
    public static DocumentExtraction GoldExtraction(SourceDocument document)
    {
        var json = File.ReadAllText(RepositoryPaths.Shared("eval", "seeds", "gold", document.Id + ".json"));
        var gold = JsonSerializer.Deserialize<DocumentClaims>(json, ClaimsJson.Options)!;
        return new DocumentExtraction(Pipeline.Analyze(document).Sentences, gold);
    }

    /// <summary>A one-sentence document carrying the given claims, their evidence its whole text.</summary>
    public static (SourceDocument Document, DocumentExtraction Extraction) OneSentence(string id, string text, string? published, params Claim[] claims)
    {
        var document = new SourceDocument(id, text, Title: $"Title of {id}", Url: $"https://example.org/{id}", Published: PublicationDate.Parse(published));
        var sentence = new Sentence(0, text.Length, text, []);
        var placed = claims.Select(claim => claim with { Evidence = text, SentenceStart = 0, SentenceEnd = text.Length }).ToList();
        return (document, new DocumentExtraction([sentence], new DocumentClaims { Doc = id, Published = PublicationDate.Parse(published), Claims = placed }));
    }

    public static Claim Claim(string supplier, string recipient, string item, string? system, WeaponCategory category,
        Stage stage, Certainty certainty = Certainty.Fact, int? year = null, decimal? value = null, int? quantity = null, string? source = null) =>
        new()
        {
            Supplier = supplier, Recipient = recipient, Item = item, System = system, Category = category, Stage = stage,
            Certainty = certainty, Year = year, ValueUsd = value, Quantity = quantity, Source = source, Evidence = "",
        };

    /// <summary>Stores made-up documents as they are (no extraction).</summary>
    public static void Store(RegisterStore store, params (SourceDocument Document, DocumentExtraction Extraction)[] documents)
    {
        var byId = documents.ToDictionary(pair => pair.Document.Id, pair => pair.Extraction);
        var ingester = new DocumentIngester(store, document => byId[document.Id]);
        foreach (var (document, _) in documents)
            Assert.True(ingester.Ingest(document).Stored, $"{document.Id} was not stored");
    }

    private static List<SourceDocument> Read(string path) =>
        new DocumentReader().Read([path]).Select(outcome => outcome.Document ?? throw outcome.Error!).ToList();
}
