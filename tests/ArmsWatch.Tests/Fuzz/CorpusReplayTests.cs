using ArmsWatch.Cli.Fuzzing;
using ArmsWatch.Documents;

namespace ArmsWatch.Tests.Fuzz;

/// <summary>
/// Every input kept in <c>Fuzz/corpus/STAGE/</c> (past findings and hand-made hard cases) goes through its stage again:
/// it may be refused as bad input, nothing else may escape.
/// </summary>
public sealed class CorpusReplayTests
{
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Directory.EnumerateDirectories(FuzzFixture.Corpus).Order(StringComparer.Ordinal))
            foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
                data.Add(Path.GetFileName(folder), Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Corpus_input_is_read_or_refused_as_bad_input(string stage, string name)
    {
        var input = File.ReadAllBytes(Path.Combine(FuzzFixture.Corpus, stage, name));
        var scratch = Path.Combine(Path.GetTempPath(), $"armswatch-corpus-{Guid.NewGuid():N}");
        try
        {
            FuzzFixture.Targets.Run(Enum.Parse<FuzzStage>(stage, ignoreCase: true), input, scratch);
        }
        catch (InputException)
        {
            // Refused, with the input named: the allowed outcome for bad input.
        }
        finally
        {
            foreach (var file in Directory.EnumerateFiles(Path.GetTempPath(), Path.GetFileName(scratch) + ".*"))
                File.Delete(file);
        }
    }

    [Fact]
    public void Every_stage_has_a_corpus_folder()
    {
        var folders = Directory.EnumerateDirectories(FuzzFixture.Corpus).Select(Path.GetFileName).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(Enum.GetNames<FuzzStage>(), stage => Assert.Contains(stage, folders));
    }
}
