using ArmsWatch.Documents;

namespace ArmsWatch.Tests.Extraction;

/// <summary>What a span's label tells the extraction: the stage of a cue, whether a weapon span only stands for equipment.</summary>
public class SpanLabelTests
{
    [Theory]
    [InlineData("cancellation", Stage.Cancellation)]
    [InlineData("delivery:training", Stage.Delivery)]
    [InlineData("agreement:licence", Stage.Agreement)]
    public void A_stage_cue_tells_the_stage_before_its_kind(string label, Stage stage) =>
        Assert.Equal(stage, new Span(SpanKind.StageCue, 0, 0, 0, 0, 1) { Label = label }.CueStage);

    [Theory]
    [InlineData("delivery:aid", TransferKind.Aid)]
    [InlineData("agreement:licence", TransferKind.Licence)]
    [InlineData("delivery", null)]
    public void A_stage_cue_tells_the_kind_after_its_stage(string label, TransferKind? kind) =>
        Assert.Equal(kind, new Span(SpanKind.StageCue, 0, 0, 0, 0, 1) { Label = label }.CueKind);

    [Fact]
    public void Only_a_stage_cue_tells_a_stage() =>
        Assert.Null(new Span(SpanKind.CertaintyCue, 0, 0, 0, 0, 1) { Label = "denied" }.CueStage);

    [Fact]
    public void A_certainty_or_negation_cue_tells_its_certainty_and_no_other_span_does()
    {
        Assert.Equal(Certainty.Unlikely, new Span(SpanKind.NegationCue, 0, 0, 0, 0, 1) { Label = "unlikely" }.CueCertainty);
        Assert.Equal(Certainty.Planned, new Span(SpanKind.CertaintyCue, 0, 0, 0, 0, 1) { Label = "planned" }.CueCertainty);
        Assert.Null(new Span(SpanKind.StageCue, 0, 0, 0, 0, 1) { Label = "delivery" }.CueCertainty);
    }

    [Theory]
    [InlineData(SpanLabel.TradeWord, true)]
    [InlineData(SpanLabel.StandIn, true)]
    [InlineData(SpanLabel.Generic, false)]
    [InlineData(SpanLabel.System, false)]
    public void A_trade_word_or_a_stand_in_only_stands_for_equipment(string label, bool standsIn) =>
        Assert.Equal(standsIn, new Span(SpanKind.Weapon, 0, 0, 0, 0, 1) { Label = label }.StandsIn);
}
