using ArmsWatch.Cli.Presentation;
using ArmsWatch.Documents;
using ArmsWatch.Register;

namespace ArmsWatch.Tests.Cli;

/// <summary>`armswatch deals` on a terminal: one line per deal within the width; --wide adds the merge rule under each, wrapped at spaces.</summary>
[Collection(ReadableRegisters.Collection)]
public sealed class DealsTableTests(ReadableRegisters registers)
{
    [Theory]
    [MemberData(nameof(ClaimsTableTests.SetsAndWidths), MemberType = typeof(ClaimsTableTests))]
    public void Compact_deals_are_one_line_each_within_the_terminal_width(string set, int width)
    {
        using var store = registers.Open(set);
        var deals = store.Deals(ClaimFilter.All);
        var lines = TableOutput.Lines(DealsTable.Of(deals, wide: false, width, StateNames.Default), width);

        Assert.All(lines, line => Assert.True(TableOutput.Width(line) <= width, $"{TableOutput.Width(line)} columns: {line}"));
        Assert.DoesNotContain(lines, line => line.Contains("same supplier"));
        var notes = ClaimsTable.Notes(deals.SelectMany(d => new[] { d.Key.Supplier, d.Key.Recipient }), StateNames.Default).Count();
        Assert.Equal(1 + deals.Count + 1 + notes, lines.Count);
    }

    [Theory]
    [MemberData(nameof(ClaimsTableTests.SetsAndWidths), MemberType = typeof(ClaimsTableTests))]
    public void Wide_deals_show_why_they_were_merged_within_the_terminal_width(string set, int width)
    {
        using var store = registers.Open(set);
        var deals = store.Deals(ClaimFilter.All);
        var lines = TableOutput.Lines(DealsTable.Of(deals, wide: true, width, StateNames.Default), width);

        Assert.All(lines, line => Assert.True(TableOutput.Width(line) <= width, $"{TableOutput.Width(line)} columns: {line}"));
        var words = lines.SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        foreach (var word in deals.SelectMany(deal => deal.MergeRule.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            Assert.Contains(word, words);
    }
}
