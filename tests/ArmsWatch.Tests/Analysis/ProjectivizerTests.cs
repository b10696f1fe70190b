using ArmsWatch.Analysis;

namespace ArmsWatch.Tests.Analysis;

public class ProjectivizerTests
{
    [Fact]
    public void Projective_tree_is_left_as_it_is()
    {
        int[] heads = [2, 0, 2, 2];
        Assert.True(Projectivizer.IsProjective(heads));
        Assert.Equal(heads, Projectivizer.Projectivize(heads));
    }

    [Fact]
    public void Crossing_arc_is_lifted_to_the_grandparent()
    {
        // "A hearing is scheduled on the issue today": 'on' (5) hangs off 'hearing' (2) across the verb 'scheduled' (4).
        int[] heads = [2, 4, 4, 0, 7, 7, 2, 4];
        Assert.False(Projectivizer.IsProjective(heads));

        var lifted = Projectivizer.Projectivize(heads);

        Assert.True(Projectivizer.IsProjective(lifted));
        Assert.Equal([2, 4, 4, 0, 7, 7, 4, 4], lifted);
    }
}
