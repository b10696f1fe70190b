using ArmsWatch.Documents;
using ArmsWatch.Text;

namespace ArmsWatch.Knowledge;

/// <summary>A number counting something, token <paramref name="Index"/> of its sentence.</summary>
public readonly record struct Quantity(int Index, int Count);

/// <summary>The numbers of a sentence that count something, read from the tree: a whole number that modifies a noun,
/// directly or through the name before it ("three frigates", "36 F-16 jets", where the parser hangs "36" on "F-16"),
/// not part of a name, a year or a sum, nor a percentage.</summary>
public static class Quantities
{
    private const int Largest = 1_000_000;

    // "36 F-16 jets": the number, the designation it stands before, the noun they both modify.
    private const int MaxSteps = 2;

    /// <param name="taken">Whether a token is part of a name, a sum or a date already.</param>
    public static IEnumerable<Quantity> Find(Token[] tokens, Func<int, bool> taken)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (taken(i) || tokens[i].Upos != Upos.Num || !CountsANoun(tokens, i))
                continue;
            if (Count(tokens[i].Text) is { } count)
                yield return new Quantity(i, count);
        }
    }

    /// <summary>The whole number a word writes, as a count ("36", "three", "1,200"); null for a fraction, zero or a
    /// number too large to count equipment.</summary>
    public static int? Count(string word) =>
        NumberParser.Parse(word) is { } number && number == Math.Floor(number) && number is > 0 and < Largest ? (int)number : null;

    private static bool CountsANoun(Token[] tokens, int index)
    {
        for (var steps = 0; steps < MaxSteps && tokens[index].DepRel is "nummod" or "compound"; steps++)
        {
            var head = tokens[index].Head - 1;
            if (head < 0 || head >= tokens.Length)
                return false;
            if (tokens[head].Upos is Upos.Noun or Upos.Propn)
                return tokens[head].Text is not ("%" or "percent" or "per");
            index = head;
        }
        return false;
    }
}
