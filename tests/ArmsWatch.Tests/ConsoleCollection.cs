namespace ArmsWatch.Tests;

/// <summary>Tests that redirect <see cref="Console"/> (process-wide): xunit runs the classes of one collection one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
