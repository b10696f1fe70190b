using ArmsWatch.Documents;
using ArmsWatch.Text;

namespace ArmsWatch.Knowledge;

/// <summary>Finds the people a sentence names, as parties are read from them: officials of the office-holders table by
/// full name, alias, or surname once named or after a title ("Prime Minister Rishi Sunak", "Shoigu said"), and offices
/// tied to a state ("Russia's defence minister", "the Defence Minister of India", "Iran's ambassador to Moscow",
/// "Sergei Shoigu, Russia's defence minister").</summary>
/// <remarks>A person the table knows speaks for the table's state; a role tied to a state by the sentence speaks for
/// that state ("X's ambassador to Y" is X's). Role words are data (person-roles.tsv).</remarks>
public sealed class PersonFinder
{
    private readonly Gazetteer<Person> names = new();
    private readonly Gazetteer<string> roles = new();
    private readonly Dictionary<string, List<Person>> bySurname = new(StringComparer.Ordinal);
    private readonly HashSet<string> titles;

    private PersonFinder(HashSet<string> titles) => this.titles = titles;

    /// <summary>Everyone of the table, once each.</summary>
    public IReadOnlyList<Person> People { get; private set; } = [];

    public static PersonFinder Load(string knowledgeDirectory, string officeHolders, Tokenizer tokenizer)
    {
        var finder = new PersonFinder(DataFile.ReadSet(Path.Combine(knowledgeDirectory, "person-titles.txt")));
        var rows = DataFile.ReadTable(officeHolders).ToList();
        var people = new List<Person>();
        foreach (var group in rows.GroupBy(row => (row[0], row[2])))
        {
            var tenures = group.Select(row => new Tenure(row[3], Month(row[4]) ?? 0, row.Length > 5 ? Month(row[5]) : null))
                .OrderBy(t => t.Start).ToList();
            var person = new Person(group.Key.Item1, group.Key.Item2, tenures);
            people.Add(person);
            var aliases = group.SelectMany(row => row[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            foreach (var name in aliases.Prepend(person.Name).Distinct())
            {
                var words = tokenizer.Tokenize(name).Select(t => t.Text).ToList();
                finder.names.Add(words, person);
                if (words.Count > 1)
                {
                    if (!finder.bySurname.TryGetValue(words[^1], out var list))
                        finder.bySurname[words[^1]] = list = [];
                    if (!list.Contains(person))
                        list.Add(person);
                }
            }
        }
        finder.People = people;
        foreach (var row in DataFile.ReadTable(Path.Combine(knowledgeDirectory, "person-roles.tsv")))
            foreach (var written in Capitalisations(row[0]))
                finder.roles.Add(tokenizer.Tokenize(written).Select(t => t.Text).ToList(), row[1]);
        return finder;
    }

    /// <summary>The people sentence <paramref name="sentence"/> names. <paramref name="named"/> holds the officials the
    /// document named in full so far (by surname), so that a later "Shoigu" is found; it is updated.</summary>
    public List<PersonMention> Find(Sentence sentence, IReadOnlyList<EntityMention> entities, PublicationDate? date,
        Dictionary<string, Person> named)
    {
        var tokens = sentence.Tokens.AsSpan();
        var found = new List<PersonMention>();
        var stateAt = new EntityMention?[tokens.Length];
        foreach (var entity in entities)
            for (var k = entity.First; k <= entity.Last; k++)
                stateAt[k] = entity;
        for (var i = 0; i < tokens.Length;)
        {
            if (stateAt[i] is { } entity && entity.Entity.Kind is not (EntityKind.State or EntityKind.Demonym or EntityKind.Metonym))
            {
                i = entity.Last + 1;
                continue;
            }
            var (roleLength, role) = roles.LongestMatch(tokens, i);
            if (roleLength > 0 && IsRoleAt(tokens, i))
            {
                var mention = RoleMention(tokens, i, i + roleLength - 1, role!, stateAt, named);
                // "the president said": an office tied to no state and no name tells nothing of a party.
                if (mention.Name is not null || mention.State is not null)
                    found.Add(mention);
                i = mention.Last + 1;
                continue;
            }
            if (PersonAt(tokens, i, named) is var (length, person) && length > 0)
            {
                var (mention, through) = WithApposition(tokens, i, i + length - 1, person!, stateAt, date);
                found.Add(mention);
                i = through + 1;
                continue;
            }
            i++;
        }
        return found;
    }

    /// <summary>"Russian Defence Minister Sergei Shoigu", "the Defence Minister of India", "Iran's ambassador to Moscow".</summary>
    private PersonMention RoleMention(ReadOnlySpan<Token> tokens, int first, int last, string role, EntityMention?[] stateAt,
        Dictionary<string, Person> named)
    {
        string? state = null;
        var start = first;
        // The state before: "Russian", "Russia's", "U.S.".
        var before = first - 1;
        if (before >= 0 && tokens[before].Text is "'s" or "’s" or "'")
            before--;
        if (before >= 0 && stateAt[before] is { Entity.State: { } stateBefore } owner)
            (state, start) = (stateBefore, owner.First);
        var end = last;
        // Or after: "the Defence Minister of India".
        if (state is null && last + 2 < tokens.Length && tokens[last + 1].Text == "of" && stateAt[last + 2] is { Entity.State: { } of } after
            && after.First == last + 2)
            (state, end) = (of, after.Last);
        // The name after: a known official, or capitalised words.
        var next = end + 1;
        if (next < tokens.Length && PersonAt(tokens, next, named) is var (length, person) && length > 0)
            return new PersonMention(start, next + length - 1, person!.Name, role, person.State, InTable: true);
        var nameEnd = next;
        while (nameEnd < tokens.Length && nameEnd < next + 3 && IsNameWord(tokens[nameEnd]) && stateAt[nameEnd] is null)
            nameEnd++;
        var name = nameEnd > next ? string.Join(' ', tokens[next..nameEnd].ToArray().Select(t => t.Text)) : null;
        return new PersonMention(start, name is null ? end : nameEnd - 1, name, role, state, InTable: false);
    }

    /// <summary>"Sergei Shoigu, Russia's defence minister, said": the office after the name is the person's.</summary>
    /// <returns>The mention and the last token of the name and its apposition.</returns>
    private (PersonMention Mention, int Through) WithApposition(ReadOnlySpan<Token> tokens, int first, int last, Person person,
        EntityMention?[] stateAt, PublicationDate? date)
    {
        var next = last + 1;
        if (next + 1 < tokens.Length && tokens[next].Text == ",")
        {
            var k = next + 1;
            if (tokens[k].Text is "the" or "The" && k + 1 < tokens.Length)
                k++;
            if (stateAt[k] is { } entity)
            {
                k = entity.Last + 1;
                if (k < tokens.Length && tokens[k].Text is "'s" or "’s")
                    k++;
            }
            if (k < tokens.Length && roles.LongestMatch(tokens, k) is ({ } length, { } role) && length > 0)
                return (new PersonMention(first, last, person.Name, role, person.State, InTable: true), k + length - 1);
        }
        return (new PersonMention(first, last, person.Name, person.RoleAt(date), person.State, InTable: true), last);
    }

    /// <summary>An official at token <paramref name="start"/>: by full name or alias, or by a surname the document named
    /// in full before or that a title introduces ("President Putin").</summary>
    private (int Length, Person? Person) PersonAt(ReadOnlySpan<Token> tokens, int start, Dictionary<string, Person> named)
    {
        var (length, person) = names.LongestMatch(tokens, start);
        if (length > 0)
        {
            named[tokens[start + length - 1].Text] = person!;
            return (length, person);
        }
        var word = tokens[start].Text;
        if (word.Length < 3 || !char.IsUpper(word[0]) || start + 1 < tokens.Length && IsNameWord(tokens[start + 1]))
            return (0, null);
        if (named.TryGetValue(word, out var seen))
            return (1, seen);
        if (start > 0 && titles.Contains(tokens[start - 1].Text) && bySurname.TryGetValue(word, out var candidates)
            && candidates.Select(c => c.State).Distinct().Count() == 1)
            return (1, candidates[^1]);
        return (0, null);
    }

    /// <summary>An office word used as a verb ("to premier a film") names no office.</summary>
    private static bool IsRoleAt(ReadOnlySpan<Token> tokens, int i) => tokens[i].Upos is not Upos.Verb;

    private static bool IsNameWord(Token token) =>
        token.Text.Length > 1 && char.IsUpper(token.Text[0]) && token.Upos is Upos.Propn or Upos.None && token.Text.Any(char.IsLower);

    private static IEnumerable<string> Capitalisations(string role)
    {
        yield return role;
        var words = role.Split(' ');
        yield return string.Join(' ', words.Select(Capitalised));
        yield return Capitalised(words[0]) + (words.Length > 1 ? " " + string.Join(' ', words[1..]) : "");
        // "Minister of Defence": function words stay lower case.
        yield return string.Join(' ', words.Select(w => w is "of" or "for" or "the" or "and" or "to" ? w : Capitalised(w)));
    }

    private static string Capitalised(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static int? Month(string text) =>
        text.Length >= 7 && int.TryParse(text[..4], out var year) && int.TryParse(text[5..7], out var month) ? year * 12 + month
        : text.Length == 4 && int.TryParse(text, out var onlyYear) ? onlyYear * 12 + 6 : null;
}
