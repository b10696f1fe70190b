using ArmsWatch.Documents;

namespace ArmsWatch.Knowledge;

/// <summary>Marks the states, organisations and weapons a sentence names.</summary>
public sealed class EntityRecognizer(StateLexicon states, WeaponLexicon weapons, TrainingFinder training)
{
    /// <summary>Words that stand for a transfer's equipment without naming it: "contract", "deliveries", "package".</summary>
    public List<WeaponMention> FindTradeWords(Sentence sentence)
    {
        var found = new List<WeaponMention>();
        // "to purchase the system" is the transfer's verb, not a word standing for its equipment.
        for (var i = 0; i < sentence.Tokens.Length; i++)
            if (weapons.IsTradeWord(sentence.Tokens[i].Text) && sentence.Tokens[i].Upos != Upos.Verb)
                found.Add(new WeaponMention(i, i, i, WeaponCategory.Unspecified, null, null, null, IsTradeWord: true));
        return found;
    }

    public bool IsTradeWord(string word) => weapons.IsTradeWord(word);

    public List<EntityMention> FindEntities(Sentence sentence)
    {
        var tokens = sentence.Tokens.AsSpan();
        var mentions = new List<EntityMention>();
        for (var i = 0; i < tokens.Length;)
        {
            var (length, entity) = states.Names.LongestMatch(tokens, i);
            if (length == 0 || entity is null || IsPartOfLargerName(tokens, i, length))
            {
                i++;
                continue;
            }
            mentions.Add(new EntityMention(i, i + length - 1, entity));
            i += length;
        }
        return mentions;
    }

    public List<WeaponMention> FindWeapons(Sentence sentence)
    {
        var tokens = sentence.Tokens.AsSpan();
        var found = new List<WeaponMention>();
        // Each token is tried as the head of a term from up to nine starts: look its head word up once.
        var termHeads = new bool[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
            termHeads[t] = weapons.IsTermHead(tokens[t].Text);
        var i = 0;
        while (i < tokens.Length)
        {
            var (systemLength, system) = weapons.SystemAt(tokens, i);
            string? family = system?.Family;
            if (systemLength == 0 && WeaponLexicon.UncataloguedDesignation(tokens[i].Text) is { } designation
                && i + 1 < tokens.Length && LongestTermFrom(tokens, termHeads, i + 1).Term is not null)
            {
                systemLength = 1;
                family = designation;
            }

            if (systemLength > 0)
            {
                var last = i + systemLength - 1;
                last = ExtendOverSameSystem(tokens, last, family);
                var termStart = AfterClassWord(tokens, last + 1);
                var (termLast, term) = LongestTermFrom(tokens, termHeads, termStart);
                var category = system?.Category ?? term?.Category ?? WeaponCategory.Unspecified;
                var end = term is null ? last : termLast;
                found.Add(new WeaponMention(i, end, end, category, family, system?.Origin, term?.Kind));
                i = end + 1;
                continue;
            }

            var (termEnd, genericTerm) = LongestTermFrom(tokens, termHeads, i);
            if (genericTerm is not null)
            {
                found.Add(new WeaponMention(i, termEnd, termEnd, genericTerm.Category, null, null, genericTerm.Kind));
                i = termEnd + 1;
                continue;
            }
            i++;
        }
        var equipment = found.Count;
        foreach (var trained in training.Find(sentence.Tokens))
            if (!found.Take(equipment).Any(w => w.First <= trained.Last && trained.First <= w.Last))
                found.Add(trained);
        if (found.Count > equipment)
            found.Sort((a, b) => a.First.CompareTo(b.First));
        return found;
    }

    /// <summary>One system written in two ways side by side is one item: "Eurofighter Typhoon", "THAAD (Terminal High
    /// Altitude Area Defense)", "Terminal High Altitude Area Defense (THAAD)".</summary>
    private int ExtendOverSameSystem(ReadOnlySpan<Token> tokens, int last, string? family)
    {
        var next = last + 1;
        var bracketed = next < tokens.Length && tokens[next].Text == "(";
        if (bracketed)
            next++;
        if (next >= tokens.Length)
            return last;
        var (length, system) = weapons.SystemAt(tokens, next);
        if (length == 0 || system?.Family != family)
            return last;
        var end = next + length - 1;
        if (bracketed)
        {
            if (end + 1 >= tokens.Length || tokens[end + 1].Text != ")")
                return last;
            end++;
        }
        return end;
    }

    /// <summary>"Kilo-class attack submarines": the class word joins the system to the noun that tells its category.</summary>
    private static int AfterClassWord(ReadOnlySpan<Token> tokens, int next)
    {
        if (next + 1 < tokens.Length && tokens[next].Text == "-" && tokens[next + 1].Text is "class" or "type")
            return next + 2;
        return next < tokens.Length && tokens[next].Text is "class" or "type" ? next + 1 : next;
    }

    /// <summary>The longest generic term that starts at <paramref name="start"/>: its last token and the term.</summary>
    private (int Last, WeaponTerm? Term) LongestTermFrom(ReadOnlySpan<Token> tokens, bool[] termHeads, int start)
    {
        (int, WeaponTerm?) best = (-1, null);
        // Terms are at most a handful of words; a hyphenated modifier adds hyphen tokens.
        for (var head = start; head < Math.Min(tokens.Length, start + 9); head++)
        {
            if (!termHeads[head])
                continue;
            var (first, term) = weapons.TermEndingAt(tokens, head);
            if (term is not null && first == start)
                best = (head, term);
        }
        return best;
    }

    /// <summary>"New Delhi Television" or "Moscow-based Center": a state name inside a longer proper name is not the state.</summary>
    private static bool IsPartOfLargerName(ReadOnlySpan<Token> tokens, int first, int length)
    {
        var after = first + length;
        return after + 1 < tokens.Length && tokens[after].Text == "-" && tokens[after + 1].Text is "based";
    }
}
