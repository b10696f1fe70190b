using ArmsWatch.Documents;

namespace ArmsWatch.Knowledge;

/// <summary>Every name an article gives, officials or not: runs of two or three capitalised words that the lexicon does
/// not know as states or organisations, after the titles that introduce a name ("Deputy Prime Minister Ilya Klebanov";
/// <c>name-titles.txt</c>), kept by surname for the whole article (<see cref="FullNames"/>).</summary>
public sealed class PersonNames(IReadOnlySet<string> titles)
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "In", "On", "At", "But", "And", "Or", "If", "It", "He", "She", "They", "We", "I", "This", "That",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    public static PersonNames Load(string knowledgeDirectory) =>
        new(DataFile.ReadSet(Path.Combine(knowledgeDirectory, "name-titles.txt")));

    /// <summary>The fullest form of every name the sentences give, by surname; <paramref name="entitiesBySentence"/> are
    /// the states and organisations each sentence names, which are no person's name.</summary>
    public FullNames Collect(IReadOnlyList<Sentence> sentences, IReadOnlyList<List<EntityMention>> entitiesBySentence)
    {
        var fullNameBySurname = new Dictionary<string, string>(StringComparer.Ordinal);
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
                    Remember(fullNameBySurname, sentence.Tokens, start, last);
            }
        }
        return new FullNames(fullNameBySurname);
    }

    /// <summary>Whether a word can be part of a person's name: capitalised, with a lower-case letter after the first, not
    /// an abbreviation, a function word, a weekday or a month.</summary>
    public static bool IsNameWord(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && !word.EndsWith('.') && !NotNames.Contains(word);

    /// <summary>Runs of name-like tokens (capitalised, not known entities, not function words).</summary>
    private static IEnumerable<(int First, int Last)> NameRuns(Token[] tokens, bool[] known)
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

    private static void Remember(Dictionary<string, string> fullNameBySurname, Token[] tokens, int first, int last)
    {
        var start = Math.Max(first, last - 2);
        var full = string.Join(' ', tokens[start..(last + 1)].Select(t => t.Text));
        var surname = tokens[last].Text;
        if (!fullNameBySurname.TryGetValue(surname, out var existing) || existing.Length < full.Length)
            fullNameBySurname[surname] = full;
    }
}
