using ArmsWatch.Analysis;
using FsCheck;
using FsCheck.Xunit;

namespace ArmsWatch.Tests.Analysis;

public class ArcEagerSystemTests
{
    [Property(MaxTest = 300)]
    public bool Any_sequence_of_legal_actions_ends_in_a_well_formed_tree(byte length, int seed)
    {
        var system = new ArcEagerSystem(labelCount: 5);
        var state = new ParserState();
        var random = new Random(seed);
        state.Reset(length);
        while (!state.IsTerminal)
        {
            int action;
            do action = random.Next(system.ActionCount);
            while (!ArcEagerSystem.IsLegal(state, system.MoveOf(action)));
            system.Apply(state, action);
        }
        int root = ArcEagerSystem.Finish(state, fragmentLabel: 0);

        var heads = state.Heads.AsSpan(1, length);
        bool labelled = Enumerable.Range(1, length).All(i => i == root || state.Labels[i] >= 0);
        return TreeAssert.IsWellFormed(heads) && labelled;
    }

    [Fact]
    public void Dynamic_oracle_from_the_start_rebuilds_every_projective_dev_tree_at_zero_cost()
    {
        var sentences = ToyTreebank.Sentences().Concat(Treebank.Dev().Take(300)).Where(s => Projectivizer.IsProjective(s.Heads));
        var labels = new LabelSet(Treebank.Dev().SelectMany(s => s.DepRels).Where(l => l != DependencyParser.RootLabel));
        var system = new ArcEagerSystem(labels.Count);
        var state = new ParserState();
        var costs = new int[system.ActionCount];

        foreach (var sentence in sentences)
        {
            int[] goldHeads = [0, .. sentence.Heads];
            int[] goldLabels = [-1, .. sentence.DepRels.Select(labels.IdOf)];
            state.Reset(sentence.Length);
            while (!state.IsTerminal)
            {
                system.Costs(state, goldHeads, goldLabels, costs);
                int best = Array.IndexOf(costs, costs.Min());
                Assert.Equal(0, costs[best]);
                system.Apply(state, best);
            }
            ArcEagerSystem.Finish(state, fragmentLabel: 0);

            Assert.Equal(goldHeads, state.Heads.AsSpan(0, sentence.Length + 1).ToArray());
            Assert.Equal(goldLabels, state.Labels.AsSpan(0, sentence.Length + 1).ToArray());
        }
    }
}
