using ArmsWatch.Reading;
using ArmsWatch.Register;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Cli;

/// <summary>The seeds, the dev set and the samples, each extracted once into a register of its own, for the tables' tests.</summary>
public sealed class ReadableRegisters : IDisposable
{
    /// <summary>The test collection sharing one instance (each set is extracted once for all the classes that read them).</summary>
    public const string Collection = "readable registers";

    private readonly Dictionary<string, SqliteTestRegister> registers = [];

    public ReadableRegisters()
    {
        foreach (var (name, path) in Sets)
        {
            var register = new SqliteTestRegister();
            using (var store = register.Open())
            {
                var ingester = DocumentIngester.ForPipeline(store, RegisterTestData.Pipeline);
                foreach (var outcome in new DocumentReader().Read([path]))
                    if (outcome.Document is { } document)
                        ingester.Ingest(document);
            }
            registers[name] = register;
        }
    }

    public static IReadOnlyList<(string Name, string Path)> Sets { get; } =
    [
        ("seeds", RepositoryPaths.Shared("eval", "seeds", "articles")),
        ("dev", RepositoryPaths.Shared("eval", "dev", "articles.jsonl")),
        ("samples", Path.Combine(RepositoryPaths.Root, "samples")),
    ];

    public string FilePath(string set) => registers[set].FilePath;

    public RegisterStore Open(string set) => registers[set].Open();

    public void Dispose()
    {
        foreach (var register in registers.Values)
            register.Dispose();
    }
}

[CollectionDefinition(ReadableRegisters.Collection)]
public sealed class ReadableRegistersCollection : ICollectionFixture<ReadableRegisters>;
