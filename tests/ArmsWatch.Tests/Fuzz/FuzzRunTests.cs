using ArmsWatch.Cli.Fuzzing;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Fuzz;

/// <summary>A short fuzzing run for CI (the long run is `armswatch fuzz --inputs 1000000`): no crash, no hang.</summary>
public sealed class FuzzRunTests
{
    [Fact]
    public void Seven_hundred_mutated_inputs_over_every_stage_find_nothing()
    {
        var findings = Directory.CreateTempSubdirectory("armswatch-fuzz-").FullName;
        try
        {
            var texts = RegisterTestData.DevArticles.Select(document => document.Text).ToList();
            var runner = new FuzzRunner(FuzzFixture.Targets, new FuzzSeeds(texts), findings, TimeSpan.FromSeconds(30));

            var report = runner.Run(inputs: 700, seed: 1, workers: 2);

            Assert.Equal(700, report.Inputs);
            Assert.All(report.PerStage.Values, count => Assert.Equal(100, count));
            Assert.Empty(report.Findings);
        }
        finally
        {
            Directory.Delete(findings, recursive: true);
        }
    }

    [Fact]
    public void The_same_seed_generates_the_same_inputs()
    {
        var seeds = new FuzzSeeds(RegisterTestData.SeedArticles.Select(document => document.Text).ToList());
        var runner = new FuzzRunner(FuzzFixture.Targets, seeds, Path.GetTempPath(), TimeSpan.FromSeconds(30));

        Assert.Equal(runner.Generate(5, 1234).Bytes, runner.Generate(5, 1234).Bytes);
        Assert.NotEqual(runner.Generate(5, 1234).Bytes, runner.Generate(6, 1234).Bytes);
    }
}
