using ArmsWatch.Extraction;
using ArmsWatch.Learning;

namespace ArmsWatch.Tests.Learning;

public class ChoiceModelTests
{
    /// <summary>Options described by a "case" feature; the one whose case is "to" is the recipient.</summary>
    private static List<ChoiceExample> Recipients() => Enumerable.Range(0, 100).Select(i => ChoiceExample.Of(
        [["case=from", $"noise={i % 3}"], ["case=to", $"noise={(i + 1) % 3}"], ["none"]],
        [false, true, false])).ToList();

    [Fact]
    public void Training_learns_which_option_is_right()
    {
        var model = ChoiceModel.Train(Recipients(), new ChoiceTraining());
        var p = model.Probabilities([["case=from"], ["case=to"], ["none"]]);
        Assert.True(p[1] > 0.8, string.Join(", ", p));
        Assert.True(model.WeightOf("case=to") > model.WeightOf("case=from"));
    }

    [Fact]
    public void Training_is_deterministic_to_the_byte()
    {
        byte[] Bytes()
        {
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
                ChoiceModel.Train(Recipients(), new ChoiceTraining()).Write(writer);
            return stream.ToArray();
        }
        Assert.Equal(Bytes(), Bytes());
    }

    [Fact]
    public void A_model_reads_back_what_it_wrote()
    {
        var model = ChoiceModel.Train(Recipients(), new ChoiceTraining());
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            model.Write(writer);
        stream.Position = 0;
        var read = ChoiceModel.Read(new BinaryReader(stream));
        Assert.Equal(model.WeightOf("case=to"), read.WeightOf("case=to"), 5);
    }

    [Fact]
    public void Calibration_fits_overconfident_probabilities_down()
    {
        // Claims given 0.9 that are right half the time.
        var outcomes = Enumerable.Range(0, 200).Select(i => (0.9, i % 2 == 0)).ToList();
        var calibration = Calibration.Fit(outcomes);
        Assert.InRange(calibration.Apply(0.9), 0.45, 0.55);
        Assert.Equal(0.7, Calibration.Identity.Apply(0.7), 6);
    }
}
