using ArmsWatch.Documents;
using ArmsWatch.Patterns;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Patterns;

/// <summary>Every shipped pattern matches the words its example sentence brackets, analysed by the shipped models.</summary>
public class PatternFileTests
{
    private static string PatternsDirectory => Path.Combine(ShippedFiles.DataDirectory, "patterns");

    public static TheoryData<string, string> ShippedPatterns()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(PatternsDirectory, "*.patterns").Order(StringComparer.Ordinal))
            foreach (var pattern in PatternFile.Load(file))
                data.Add(Path.GetFileName(file), pattern.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(ShippedPatterns))]
    public void Pattern_matches_the_bracketed_words_of_its_example(string file, string name)
    {
        var pattern = PatternFile.Load(Path.Combine(PatternsDirectory, file)).Single(p => p.Name == name);
        var open = pattern.Example.IndexOf('[');
        var close = pattern.Example.IndexOf(']');
        Assert.True(open >= 0 && close > open, $"{name}: the example brackets no words");
        var text = pattern.Example.Remove(close, 1).Remove(open, 1);
        var expected = (open, close - 1);

        var matches = new List<(int, int)>();
        foreach (var sentence in RegisterTestData.Pipeline.Analyze(new SourceDocument("example", text)).Sentences)
        {
            matches.AddRange(new PatternMatcher([pattern]).Matches(sentence.Tokens)
                .Select(m => (sentence.Tokens[m.First].Start, sentence.Tokens[m.Last].End)));
        }

        Assert.True(matches.Contains(expected),
            $"{name}: expected [{text[expected.Item1..expected.Item2]}], matched {string.Join(", ", matches.Select(m => $"[{text[m.Item1..m.Item2]}]"))}");
    }

    [Theory]
    [InlineData("The jets were grounded due to a lack of spare parts.")]
    [InlineData("Deliveries slowed due to the war.")]
    public void A_cause_is_no_plan(string text)
    {
        // "due to" plans only before a verb ("are due to arrive"); before a noun it gives a cause.
        var document = RegisterTestData.Pipeline.Analyze(new SourceDocument("example", text));

        Assert.DoesNotContain(document.Spans, span => span.Kind == SpanKind.CertaintyCue && span.Name == "due-to");
    }

    [Theory]
    [InlineData("Bulgaria ordered eight F-16 Block 70 jets.")]
    [InlineData("The navy tested the Yu-3 torpedo.")]
    [InlineData("The US will sell Harpoon Block II missiles to India.")]
    public void A_weapon_s_name_holds_no_stop(string text)
    {
        // "block" and "torpedo" stop a transfer only as verbs ("Congress blocked the sale"); as nouns they name weapons.
        var document = RegisterTestData.Pipeline.Analyze(new SourceDocument("example", text));

        Assert.DoesNotContain(document.Spans, span => span.Kind == SpanKind.StageCue && span.Label == "cancellation");
    }

    [Theory]
    [InlineData("Norway is buying 24 guns from Hanwha Land Systems of South Korea.")]
    [InlineData("The tanks come from BAE Systems Land and Armaments.")]
    public void A_company_s_name_holds_no_arrival(string text)
    {
        // "land" and "reach" tell a delivery only as verbs ("the jets landed"): in a company's name they are nouns.
        var document = RegisterTestData.Pipeline.Analyze(new SourceDocument("example", text));

        Assert.DoesNotContain(document.Spans, span => span.Kind == SpanKind.StageCue && text[span.Start..span.End] == "Land");
    }

    [Theory]
    [InlineData("cancelation", "")]
    [InlineData("delivery:trainig", "")]
    [InlineData("agreement", "probable")]
    public void A_cue_label_outside_the_contract_s_vocabulary_is_refused(string stageLabel, string certaintyLabel)
    {
        var directory = Directory.CreateTempSubdirectory("armswatch-patterns-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(directory, CueStage.StageCueFile), $"stop\t{stageLabel}\t[{{\"LOWER\": \"stop\"}}]\tThey [stop] it.\n");
            File.WriteAllText(Path.Combine(directory, CueStage.CertaintyCueFile),
                $"may\t{(certaintyLabel.Length > 0 ? certaintyLabel : "possible")}\t[{{\"LOWER\": \"may\"}}]\tThey [may] buy.\n");

            var error = Assert.Throws<InputException>(() => CueStage.Load(directory));

            Assert.Contains("of the contract", error.Message);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void The_shipped_cue_labels_are_the_contract_s()
    {
        var cues = CueStage.Load(PatternsDirectory);

        Assert.NotEmpty(cues.StageCues.Patterns);
        Assert.Contains(cues.StageCues.Patterns, p => p.Label == "delivery:training");
    }
}
