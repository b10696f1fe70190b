using ArmsWatch.Cli.Presentation;
using ArmsWatch.Documents;

namespace ArmsWatch.Tests.Cli;

/// <summary>
/// `armswatch claims` on a terminal: on the seeds, the dev set and the samples, no line is wider than the terminal at
/// 80, 100 or 120 columns; the compact table gives one line per claim with the parties' names; --wide wraps the
/// evidence at spaces and never breaks a word.
/// </summary>
[Collection(ReadableRegisters.Collection)]
public sealed class ClaimsTableTests(ReadableRegisters registers)
{
    public static TheoryData<string, int> SetsAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var (set, _) in ReadableRegisters.Sets)
            foreach (var width in new[] { 80, 100, 120 })
                data.Add(set, width);
        return data;
    }

    [Theory]
    [MemberData(nameof(SetsAndWidths))]
    public void Compact_table_is_one_line_per_claim_within_the_terminal_width(string set, int width)
    {
        using var store = registers.Open(set);
        var claims = store.Claims(ArmsWatch.Register.ClaimFilter.All);
        var lines = TableOutput.Lines(ClaimsTable.Of(claims, wide: false, width, StateNames.Default), width);

        Assert.All(lines, line => Assert.True(TableOutput.Width(line) <= width, $"{TableOutput.Width(line)} columns: {line}"));
        // A heading, a line per claim, the count, and a note per former state's code.
        var notes = ClaimsTable.Notes(claims.SelectMany(c => new[] { c.Claim.Supplier, c.Claim.Recipient }), StateNames.Default).Count();
        Assert.Equal(1 + claims.Count + 1 + notes, lines.Count);
        Assert.StartsWith($"{claims.Count} claims", lines[1 + claims.Count].Trim());
    }

    [Theory]
    [InlineData(100)]
    [InlineData(120)]
    public void Compact_table_names_the_state_beside_its_code(int width)
    {
        using var store = registers.Open("seeds");
        var lines = TableOutput.Lines(ClaimsTable.Of(store.Claims(ArmsWatch.Register.ClaimFilter.All), wide: false, width, StateNames.Default), width);
        Assert.Contains(lines, line => line.Contains("RUS Russia") && line.Contains("IRN Iran"));
    }

    [Theory]
    [MemberData(nameof(SetsAndWidths))]
    public void Wide_table_wraps_the_evidence_at_spaces_within_the_terminal_width(string set, int width)
    {
        using var store = registers.Open(set);
        var claims = store.Claims(ArmsWatch.Register.ClaimFilter.All);
        var lines = TableOutput.Lines(ClaimsTable.Of(claims, wide: true, width, StateNames.Default), width);

        Assert.All(lines, line => Assert.True(TableOutput.Width(line) <= width, $"{TableOutput.Width(line)} columns: {line}"));
        var words = lines.SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet();
        foreach (var claim in claims)
            foreach (var word in CellText.OneLine(claim.Claim.Evidence).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => word.Length < width / 3))
                Assert.Contains(word, words);
    }

    [Fact]
    public void Negative_claims_and_a_former_states_code_are_explained()
    {
        var states = StateNames.Default;
        Assert.Equal(["SUN = Soviet Union, a former state (its code is not in today's ISO 3166-1 list)"], ClaimsTable.Notes(["SUN", "RUS", null, "SUN"], states));
        Assert.Equal("agreement, denied", ClaimsTable.StageText(Stage.Agreement, Certainty.Denied));
        Assert.Equal("delivery", ClaimsTable.StageText(Stage.Delivery, Certainty.Fact));
    }

    [Fact]
    public void Confidence_is_a_column_only_when_a_claim_has_one()
    {
        using var store = registers.Open("samples");
        var claims = store.Claims(ArmsWatch.Register.ClaimFilter.All);
        Assert.DoesNotContain("conf", TableOutput.Lines(ClaimsTable.Of(claims, wide: false, 120, StateNames.Default), 120)[0]);

        var scored = claims.Select((stored, i) => stored with { Claim = stored.Claim with { Confidence = i % 2 == 0 ? 0.875 : null } }).ToList();
        var lines = TableOutput.Lines(ClaimsTable.Of(scored, wide: false, 100, StateNames.Default), 100);
        Assert.Contains("conf", lines[0]);
        Assert.Contains(lines, line => line.Contains("0.88"));
        Assert.All(lines, line => Assert.True(TableOutput.Width(line) <= 100, line));
    }
}
