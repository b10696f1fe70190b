using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>
/// Where a deal stands: the latest stage reported as a fact (a cancellation after an agreement is cancelled; an
/// agreement or delivery after a cancellation is resumed), the history kept beside it. When nothing is reported as a
/// fact yet, the latest stage reported at all, with its certainty ("delivery, planned").
/// </summary>
/// <remarks>
/// Steps are ordered by year, and within a year by the order stages follow (request … delivery, then cancellation):
/// sentences of one year rarely say which came first. Steps with no year count only when no step has one.
/// </remarks>
public static class DealStatus
{
    public static (Stage Stage, Certainty Certainty, bool Resumed) Of(IReadOnlyList<DealStep> history)
    {
        if (history.Count == 0)
            throw new ArgumentException("a deal has at least one step", nameof(history));
        var dated = history.Where(step => step.Year is not null).ToList();
        var ordered = (dated.Count > 0 ? dated : history).OrderBy(step => step.Year).ThenBy(step => step.Stage).ToList();
        var facts = ordered.Where(step => step.Certainty == Certainty.Fact).ToList();
        if (facts.Count == 0)
        {
            var latest = ordered[^1];
            var stage = ordered.Where(step => step.Year == latest.Year && step.Stage == latest.Stage);
            // Of several certainties for the latest stage, the surest (planned before possible before denied).
            return (latest.Stage, stage.Select(step => step.Certainty).Min(), false);
        }
        var last = facts[^1];
        var resumed = last.Stage != Stage.Cancellation && facts.Take(facts.Count - 1).Any(step => step.Stage == Stage.Cancellation);
        return (last.Stage, Certainty.Fact, resumed);
    }
}
