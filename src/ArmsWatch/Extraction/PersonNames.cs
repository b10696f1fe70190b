using ArmsWatch.Documents;
using ArmsWatch.Knowledge;

namespace ArmsWatch.Extraction;

/// <summary>The people an article names, so a later "Pukhov" resolves to the "Ruslan Pukhov" given earlier.</summary>
public sealed class PersonNames
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "It", "He", "She", "They", "We", "I", "This", "That",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private readonly Dictionary<string, string> fullNameBySurname = new(StringComparer.Ordinal);

    /// <summary>Collects runs of two or three capitalised words that the lexicon does not know as states or organisations.</summary>
    public static PersonNames Collect(IReadOnlyList<Sentence> sentences, IReadOnlyList<List<EntityMention>> entitiesBySentence,
        IReadOnlySet<string> titles)
    {
        var names = new PersonNames();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var known = new bool[sentence.Tokens.Length];
            foreach (var mention in entitiesBySentence[s])
                for (var k = mention.First; k <= mention.Last; k++)
                    known[k] = true;
            foreach (var (first, last) in NameRuns(sentence.Tokens, known))
            {
                // "Deputy Prime Minister Ilya Klebanov": the name is what follows the last title word.
                var start = first;
                for (var k = first; k < last; k++)
                    if (titles.Contains(sentence.Tokens[k].Text))
                        start = k + 1;
                if (last > start)
                    names.Remember(sentence.Tokens, start, last);
            }
        }
        return names;
    }

    /// <summary>The fullest form of a name seen in the article: "Pukhov" → "Ruslan Pukhov".</summary>
    public string Resolve(string name)
    {
        var surname = name.Split(' ')[^1];
        return fullNameBySurname.TryGetValue(surname, out var full) && full.Length > name.Length ? full : name;
    }

    /// <summary>Runs of name-like tokens (capitalised, not known entities, not function words).</summary>
    public static IEnumerable<(int First, int Last)> NameRuns(Token[] tokens, bool[] known)
    {
        var start = -1;
        for (var i = 0; i <= tokens.Length; i++)
        {
            var isName = i < tokens.Length && !known[i] && IsNameWord(tokens[i].Text);
            if (isName && start < 0)
                start = i;
            else if (!isName && start >= 0)
            {
                yield return (start, i - 1);
                start = -1;
            }
        }
    }

    public static bool IsNameWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && !word.EndsWith('.') && !NotNames.Contains(word);

    private void Remember(Token[] tokens, int first, int last)
    {
        var start = Math.Max(first, last - 2);
        var full = string.Join(' ', tokens[start..(last + 1)].Select(t => t.Text));
        var surname = tokens[last].Text;
        if (!fullNameBySurname.TryGetValue(surname, out var existing) || existing.Length < full.Length)
            fullNameBySurname[surname] = full;
    }
}
