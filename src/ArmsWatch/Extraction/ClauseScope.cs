using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>Where the clause around a token begins and ends: cues and modals count only inside it.</summary>
/// <remarks>A token-level approximation of the clause until the extractor reads dependency trees:
/// boundaries are semicolons, dashes, "but", ", which" and ", and" before a verb.</remarks>
public static class ClauseScope
{
    public static int StartBefore(Token[] tokens, int index)
    {
        for (var i = index - 1; i > 0; i--)
        {
            if (!IsBoundary(tokens, i))
                continue;
            // "supply Turkey, which Medvedev visited, with air defense systems": a relative clause closed by a comma
            // before the item is an aside; the clause around it goes on.
            if (tokens[i].Text == "which" && ClosesBefore(tokens, i, index))
            {
                i--;
                continue;
            }
            return i + 1;
        }
        return 0;
    }

    /// <summary>"Chavez, who accused the US government of plans to invade, has signed": the token lies in a relative clause set
    /// off by commas that closes before <paramref name="limit"/>, so it says nothing of the clause around it.</summary>
    public static bool InAside(Token[] tokens, int index, int limit)
    {
        var opened = false;
        for (var i = index; i > 0 && tokens[i].Text != "," && !opened; i--)
            opened = tokens[i].Text is "who" or "which" or "whom" or "whose" && tokens[i - 1].Text == ",";
        return opened && ClosesBefore(tokens, index, limit);
    }

    private static bool ClosesBefore(Token[] tokens, int from, int index)
    {
        for (var k = from + 1; k < index; k++)
            if (tokens[k].Text == ",")
                return true;
        return false;
    }

    public static int EndAfter(Token[] tokens, int index)
    {
        for (var i = index + 1; i < tokens.Length; i++)
            if (IsBoundary(tokens, i))
                return i - 1;
        return tokens.Length - 1;
    }

    private static bool IsBoundary(Token[] tokens, int i)
    {
        var text = tokens[i].Text;
        if (text is ";" or "—" or "--" or ":")
            return true;
        if (text is "but" or "But" or "although" or "though" or "while" or "whereas")
            return true;
        if (i == 0 || tokens[i - 1].Text != ",")
            return false;
        // ", and air defense systems under existing contracts" closes a list; ", and Iran received" opens a clause.
        return text == "which" || text == "and" && HasFiniteVerbBeforeNextComma(tokens, i + 1);
    }

    /// <summary>A finite verb or auxiliary: "existing" in "under existing contracts" does not open a clause.</summary>
    private static bool HasFiniteVerbBeforeNextComma(Token[] tokens, int from)
    {
        for (var k = from; k < tokens.Length && tokens[k].Text is not ("," or ";" or "."); k++)
            if (tokens[k].Upos == Upos.Aux || tokens[k].Xpos is "VBD" or "VBZ" or "VBP" or "MD")
                return true;
        return false;
    }
}
