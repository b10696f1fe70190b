namespace ArmsWatch.Analysis;

/// <summary>An arc-eager configuration: stack, buffer front, the arcs built so far and the child summaries features read.</summary>
/// <remarks>
/// Tokens are 1-based; 0 means "no token" everywhere (an empty stack slot, a missing child, no head yet).
/// The arrays only grow, so one state per thread serves every sentence without allocating.
/// </remarks>
public sealed class ParserState
{
    private int[] _stack = new int[64];
    public int[] Heads { get; private set; } = new int[64];
    public int[] Labels { get; private set; } = new int[64];
    public int[] LeftmostChild { get; private set; } = new int[64];
    public int[] SecondLeftmostChild { get; private set; } = new int[64];
    public int[] RightmostChild { get; private set; } = new int[64];
    public int[] SecondRightmostChild { get; private set; } = new int[64];
    public int[] LeftChildCount { get; private set; } = new int[64];
    public int[] RightChildCount { get; private set; } = new int[64];
    public ulong[] LeftChildLabels { get; private set; } = new ulong[64];
    public ulong[] RightChildLabels { get; private set; } = new ulong[64];

    public int Length { get; private set; }

    public int StackCount { get; private set; }

    /// <summary>The first token of the buffer; past <see cref="Length"/> once the buffer is empty.</summary>
    public int BufferFront { get; private set; }

    public bool IsTerminal => BufferFront > Length;

    public int S0 => StackCount > 0 ? _stack[StackCount - 1] : 0;

    public int S1 => StackCount > 1 ? _stack[StackCount - 2] : 0;

    public int N0 => BufferAt(0);

    public int N1 => BufferAt(1);

    public int N2 => BufferAt(2);

    public int BufferAt(int offset) => BufferFront + offset <= Length ? BufferFront + offset : 0;

    public int StackAt(int depth) => _stack[StackCount - 1 - depth];

    public void Reset(int length)
    {
        if (Heads.Length <= length)
            Grow(length + 1);
        Length = length;
        StackCount = 0;
        BufferFront = 1;
        Heads.AsSpan(0, length + 1).Clear();
        Labels.AsSpan(0, length + 1).Fill(-1);
        LeftmostChild.AsSpan(0, length + 1).Clear();
        SecondLeftmostChild.AsSpan(0, length + 1).Clear();
        RightmostChild.AsSpan(0, length + 1).Clear();
        SecondRightmostChild.AsSpan(0, length + 1).Clear();
        LeftChildCount.AsSpan(0, length + 1).Clear();
        RightChildCount.AsSpan(0, length + 1).Clear();
        LeftChildLabels.AsSpan(0, length + 1).Clear();
        RightChildLabels.AsSpan(0, length + 1).Clear();
    }

    public void Shift() => _stack[StackCount++] = BufferFront++;

    public void Reduce() => StackCount--;

    /// <summary>Buffer front becomes the head of the stack top, which is popped.</summary>
    public void LeftArc(int label)
    {
        AddArc(BufferFront, S0, label);
        StackCount--;
    }

    /// <summary>Stack top becomes the head of the buffer front, which is pushed.</summary>
    public void RightArc(int label)
    {
        AddArc(S0, BufferFront, label);
        Shift();
    }

    private void AddArc(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        ulong labelBit = 1UL << (label & 63);
        if (dependent < head)
        {
            LeftChildCount[head]++;
            LeftChildLabels[head] |= labelBit;
            if (LeftmostChild[head] == 0 || dependent < LeftmostChild[head])
            {
                SecondLeftmostChild[head] = LeftmostChild[head];
                LeftmostChild[head] = dependent;
            }
            else if (SecondLeftmostChild[head] == 0 || dependent < SecondLeftmostChild[head])
            {
                SecondLeftmostChild[head] = dependent;
            }
        }
        else
        {
            RightChildCount[head]++;
            RightChildLabels[head] |= labelBit;
            if (dependent > RightmostChild[head])
            {
                SecondRightmostChild[head] = RightmostChild[head];
                RightmostChild[head] = dependent;
            }
            else if (dependent > SecondRightmostChild[head])
            {
                SecondRightmostChild[head] = dependent;
            }
        }
    }

    private void Grow(int size)
    {
        size = Math.Max(size, Heads.Length * 2);
        _stack = new int[size];
        Heads = new int[size];
        Labels = new int[size];
        LeftmostChild = new int[size];
        SecondLeftmostChild = new int[size];
        RightmostChild = new int[size];
        SecondRightmostChild = new int[size];
        LeftChildCount = new int[size];
        RightChildCount = new int[size];
        LeftChildLabels = new ulong[size];
        RightChildLabels = new ulong[size];
    }
}
