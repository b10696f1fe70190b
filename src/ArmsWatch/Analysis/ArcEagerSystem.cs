namespace ArmsWatch.Analysis;

/// <summary>The labelled arc-eager transition system (Nivre 2003) and its dynamic oracle (Goldberg and Nivre 2012).</summary>
/// <remarks>
/// Actions are numbered: 0 SHIFT, 1 REDUCE, then LEFT-ARC for each label, then RIGHT-ARC for each label.
/// There is no root token: tokens still headless when the buffer empties are the root candidates, so the
/// "root" relation is never an action label; <see cref="Finish"/> picks one root and attaches the rest to it.
/// </remarks>
public sealed class ArcEagerSystem(int labelCount)
{
    public const int Shift = 0;
    public const int Reduce = 1;
    private const int FirstLeftArc = 2;

    public int LabelCount { get; } = labelCount;

    public int ActionCount => FirstLeftArc + 2 * LabelCount;

    public static int LeftArc(int label) => FirstLeftArc + label;

    public int RightArc(int label) => FirstLeftArc + LabelCount + label;

    public bool IsLeftArc(int action) => action >= FirstLeftArc && action < FirstLeftArc + LabelCount;

    public bool IsRightArc(int action) => action >= FirstLeftArc + LabelCount;

    public int LabelOf(int action) => (action - FirstLeftArc) % LabelCount;

    public static bool IsLegal(ParserState state, int move) => move switch
    {
        MoveShift => !state.IsTerminal,
        MoveReduce => state.StackCount > 0 && state.Heads[state.S0] != 0,
        MoveLeftArc => state.StackCount > 0 && !state.IsTerminal && state.Heads[state.S0] == 0,
        _ => state.StackCount > 0 && !state.IsTerminal,
    };

    /// <summary>The kind of move an action makes, ignoring its label.</summary>
    public int MoveOf(int action) => action < FirstLeftArc ? action : IsLeftArc(action) ? MoveLeftArc : MoveRightArc;

    public const int MoveShift = 0;
    public const int MoveReduce = 1;
    public const int MoveLeftArc = 2;
    public const int MoveRightArc = 3;
    public const int MoveCount = 4;

    public void Apply(ParserState state, int action)
    {
        switch (MoveOf(action))
        {
            case MoveShift: state.Shift(); break;
            case MoveReduce: state.Reduce(); break;
            case MoveLeftArc: state.LeftArc(LabelOf(action)); break;
            default: state.RightArc(LabelOf(action)); break;
        }
    }

    /// <summary>The highest-scoring legal action; while the state is not terminal SHIFT is always legal.</summary>
    public int BestLegal(ParserState state, ReadOnlySpan<float> scores)
    {
        // Legality depends only on the move, and each move's actions are one run of ids, so scan the legal runs.
        int best = -1;
        for (int move = 0; move < MoveCount; move++)
        {
            if (!IsLegal(state, move))
                continue;
            var (first, end) = move switch
            {
                MoveShift or MoveReduce => (move, move + 1),
                MoveLeftArc => (FirstLeftArc, FirstLeftArc + LabelCount),
                _ => (FirstLeftArc + LabelCount, FirstLeftArc + 2 * LabelCount),
            };
            for (int action = first; action < end; action++)
            {
                if (best < 0 || scores[action] > scores[best])
                    best = action;
            }
        }
        return best;
    }

    /// <summary>
    /// For each legal action, how many gold arcs that are still reachable it would make unreachable (labels included);
    /// illegal actions get <see cref="int.MaxValue"/>. Gold heads are 1-based with 0 for the root, and must form a
    /// projective tree for the costs to be exact.
    /// </summary>
    public void Costs(ParserState state, ReadOnlySpan<int> goldHeads, ReadOnlySpan<int> goldLabels, Span<int> costs)
    {
        Span<int> moveCosts = stackalloc int[MoveCount];
        MoveCosts(state, goldHeads, moveCosts);
        int s0 = state.S0, n0 = state.N0;
        for (int action = 0; action < ActionCount; action++)
        {
            int cost = moveCosts[MoveOf(action)];
            if (cost != int.MaxValue && IsLeftArc(action) && goldHeads[s0] == n0 && goldLabels[s0] != LabelOf(action))
                cost++;
            else if (cost != int.MaxValue && IsRightArc(action) && goldHeads[n0] == s0 && goldLabels[n0] != LabelOf(action))
                cost++;
            costs[action] = cost;
        }
    }

    private static void MoveCosts(ParserState state, ReadOnlySpan<int> gold, Span<int> costs)
    {
        costs.Fill(int.MaxValue);
        int s0 = state.S0, b = state.N0;
        if (IsLegal(state, MoveShift))
        {
            // b can no longer take a head from the stack, nor headless stack tokens as dependents.
            int cost = 0;
            for (int d = 0; d < state.StackCount; d++)
            {
                int k = state.StackAt(d);
                if (gold[b] == k || (gold[k] == b && state.Heads[k] == 0))
                    cost++;
            }
            costs[MoveShift] = cost;
        }
        if (IsLegal(state, MoveReduce))
        {
            // s0 can no longer take dependents from the buffer.
            costs[MoveReduce] = CountDependentsInBuffer(state, gold, s0);
        }
        if (IsLegal(state, MoveLeftArc))
        {
            // s0 loses a head further right (or the root) and its dependents in the buffer.
            int cost = CountDependentsInBuffer(state, gold, s0);
            if (gold[s0] != b && (gold[s0] == 0 || gold[s0] > b))
                cost++;
            costs[MoveLeftArc] = cost;
        }
        if (IsLegal(state, MoveRightArc))
        {
            // b loses any other reachable head (deeper in the stack, further right, or the root) and headless stack dependents.
            int cost = 0;
            int head = gold[b];
            if (head != s0 && (head == 0 || head > b || IsOnStack(state, head)))
                cost++;
            for (int d = 0; d < state.StackCount; d++)
            {
                int k = state.StackAt(d);
                if (gold[k] == b && state.Heads[k] == 0)
                    cost++;
            }
            costs[MoveRightArc] = cost;
        }
    }

    private static int CountDependentsInBuffer(ParserState state, ReadOnlySpan<int> gold, int head)
    {
        int count = 0;
        for (int k = state.BufferFront; k <= state.Length; k++)
        {
            if (gold[k] == head)
                count++;
        }
        return count;
    }

    private static bool IsOnStack(ParserState state, int token)
    {
        for (int d = 0; d < state.StackCount; d++)
        {
            if (state.StackAt(d) == token)
                return true;
        }
        return false;
    }

    /// <summary>
    /// Completes the tree once the buffer is empty: the leftmost headless token becomes the root (head 0) and any other
    /// headless token attaches to it with <paramref name="fragmentLabel"/>. Returns the root.
    /// </summary>
    public static int Finish(ParserState state, int fragmentLabel)
    {
        int root = 0;
        for (int i = 1; i <= state.Length; i++)
        {
            if (state.Heads[i] != 0)
                continue;
            if (root == 0)
            {
                root = i;
                continue;
            }
            state.Heads[i] = root;
            state.Labels[i] = fragmentLabel;
        }
        return root;
    }
}
