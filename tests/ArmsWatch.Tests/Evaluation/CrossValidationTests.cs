using ArmsWatch.Evaluation;

namespace ArmsWatch.Tests.Evaluation;

public class CrossValidationTests
{
    // A report with the given counts (F1 = 2tp / (2tp + fp + fn)).
    private static ScoreReport Report(int tp, int fp, int fn, int flips = 0) =>
        new(1, tp, fp, fn, tp, flips, new Dictionary<string, double?>(), null, (0, 0, 0), []);

    [Fact]
    public void The_lowest_threshold_within_the_noise_of_the_best_is_chosen()
    {
        var tried = new List<(double, ScoreReport)>
        {
            (0.20, Report(600, 400, 340)), // F1 0.619: too far below
            (0.25, Report(590, 330, 350)), // F1 0.634: within 0.005 of the best
            (0.30, Report(580, 300, 360)), // F1 0.637: the best
            (0.35, Report(540, 260, 400)), // F1 0.621
        };

        Assert.Equal(0.25, CrossValidation.Chosen(tried));
    }

    [Fact]
    public void A_lower_threshold_with_more_polarity_flips_than_the_best_is_not_chosen()
    {
        var tried = new List<(double, ScoreReport)>
        {
            (0.25, Report(590, 330, 350, flips: 8)),
            (0.30, Report(580, 300, 360, flips: 7)),
        };

        Assert.Equal(0.30, CrossValidation.Chosen(tried));
    }
}
