namespace ArmsWatch.Tests;

/// <summary>Tests that redirect <see cref="Console"/> (process-wide): xunit runs them one at a time and with no other test
/// running beside them, so no other test's output (a warning any command prints) lands in what they capture.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
