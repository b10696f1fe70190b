namespace ArmsWatch.Documents;

/// <summary>The path between two tokens of a sentence's tree through their lowest common ancestor: <see cref="Up"/>
/// steps climbing from <see cref="From"/> to it, then <see cref="Down"/> steps descending to <see cref="To"/>.</summary>
public readonly record struct TreePath(SentenceTree Tree, int From, int To, int Up, int Down)
{
    public int Length => Up + Down;

    /// <summary>Whether the step climbs from a dependent to its head (else it descends from a head).</summary>
    public bool Climbs(int step) => step < Up;

    /// <summary>The relation (without subtype) of the dependent the step leaves or reaches.</summary>
    public string RelationAt(int step) =>
        Tree.RelationOf(Climbs(step) ? Ancestor(From, step) : Ancestor(To, Down - 1 - (step - Up)));

    private int Ancestor(int token, int generations)
    {
        for (var i = 0; i < generations; i++)
            token = Tree.HeadOf(token);
        return token;
    }
}
