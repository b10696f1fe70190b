using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>A dependency path as a feature names it: "none" when the tokens are not connected, "same" for one token,
/// "long" beyond <see cref="MaxSteps"/> steps, else its steps ("↑nsubj" climbs from a dependent to its head, "↓obl"
/// descends).</summary>
public readonly struct PathName(TreePath? path)
{
    public const int MaxSteps = 4;

    internal void AppendTo(ref FeatureText text)
    {
        if (path is not { } steps)
            text.Append("none");
        else if (steps.Length > MaxSteps)
            text.Append("long");
        else if (steps.Length == 0)
            text.Append("same");
        else
            for (var step = 0; step < steps.Length; step++)
            {
                text.Append(steps.Climbs(step) ? "↑" : "↓");
                text.Append(steps.RelationAt(step));
            }
    }
}
