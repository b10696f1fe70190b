using ArmsWatch.Documents;
using ArmsWatch.Evaluation;
using ArmsWatch.Extraction;
using ArmsWatch.Tests.Register;

namespace ArmsWatch.Tests.Extraction;

/// <summary>How training pairs gold claims with candidates, on texts written for it.</summary>
public class GoldAlignmentTests
{
    private static AnalyzedDocument Analyze(string text) => RegisterTestData.Pipeline.Analyze(new SourceDocument("test", text));

    [Fact]
    public void Evidence_joining_a_dateline_and_a_sentence_is_the_sentence_sharing_more_of_it()
    {
        const string evidence = "OSLO, May 4. /NTB/. The Dutch ministry confirmed the delivery of F-16 fighter jets to Ukraine.";
        var document = Analyze(evidence);
        Assert.True(document.Sentences.Count >= 2, "the dateline is a sentence of its own");
        var sentence = GoldAlignment.SentenceOf(document, evidence);
        Assert.Contains("F-16", document.Sentences[sentence].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_two_stages_told_of_one_item_the_required_claim_takes_the_candidate()
    {
        const string text = "South Korea will supply 20 KT-1 trainers to Peru under a deal signed on Monday.";
        var document = Analyze(text);
        var candidates = CandidateFinder.Find(document);
        GoldClaim Claim(string stage, bool optional) =>
            new("KOR", "PER", "KT-1 trainers", "KT-1", "aircraft", "sale", stage, optional ? "planned" : "fact", text, optional);
        var required = Claim("agreement", optional: false);
        var optional = Claim("delivery", optional: true);

        foreach (var gold in new[] { new[] { optional, required }, [required, optional] })
        {
            var carried = GoldAlignment.Align(document, candidates, gold).Values.SelectMany(c => c).ToList();
            Assert.Contains(required, carried);
        }
    }
}
