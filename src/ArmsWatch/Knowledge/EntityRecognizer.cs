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
        // Each token is tried as the head of a term from up to nine starts: look up the term ending at it once.
        var termHeads = new (int First, WeaponTerm? Term)[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
            termHeads[t] = weapons.IsTermHead(tokens[t].Text) ? weapons.TermEndingAt(tokens, t) : (-1, null);
        var i = 0;
        var free = 0;   // the first token no mention has taken
        while (i < tokens.Length)
        {
            if (FindSystem(tokens, termHeads, i, free) is { } system)
            {
                found.Add(system);
                i = free = system.Last + 1;
                continue;
            }
            if (WeaponLexicon.UncataloguedDesignation(tokens[i].Text) is { } designation
                && i + 1 < tokens.Length && LongestTermFrom(tokens, termHeads, i + 1) is { Term: { } uncatalogued } after)
            {
                found.Add(new WeaponMention(i, after.Last, after.Last, uncatalogued.Category, designation, null, uncatalogued.Kind));
                i = free = after.Last + 1;
                continue;
            }

            var (termEnd, genericTerm) = LongestTermFrom(tokens, termHeads, i);
            if (genericTerm is not null)
            {
                found.Add(new WeaponMention(i, termEnd, termEnd, genericTerm.Category, null, null, genericTerm.Kind));
                i = free = termEnd + 1;
                continue;
            }
            i++;
        }
        var equipment = found.Count;
        foreach (var trained in training.Find(sentence.Tokens))
        {
            // "training Venezuelan pilots": the training the tree gives people replaces the bare word it is told by.
            var word = found.FindIndex(w => w.Kind == TransferKind.Training && w.IsGeneric && w.First == trained.Head && w.Last == trained.Head);
            if (word >= 0)
                found[word] = trained;
            else if (!found.Take(equipment).Any(w => w.First <= trained.Last && trained.First <= w.Last))
                found.Add(trained);
        }
        if (found.Count > equipment)
            found.Sort((a, b) => a.First.CompareTo(b.First));
        return found;
    }

    /// <summary>The catalogued system named at token <paramref name="start"/>, with the equipment noun after it: the
    /// longest name that stands, where a name that needs context ("K2", "Tiger") has an equipment word beside it.</summary>
    private WeaponMention? FindSystem(ReadOnlySpan<Token> tokens, (int First, WeaponTerm? Term)[] termHeads, int start, int free)
    {
        var buffer = new DesignationMatcher<WeaponSystem>.Matches();
        Span<DesignationMatcher<WeaponSystem>.Match> names = buffer;
        var count = weapons.NamesAt(tokens, start, names);
        for (var k = 0; k < count; k++)
        {
            var name = names[k];
            if (InsideOrganisationName(tokens, start, name.Last))
                return null;
            var last = VariantTail(tokens, name.Last);
            // "Agosta 70", "Hawk 200": a number written after a name is its variant; not after the last word of a longer
            // name ("Chris Smith 29 tackles", "Palm Bay 18", "MX Master 3"), where it is a score, an age or a model.
            var numbered = name.Pattern.NeedsContext && !name.Pattern.EndsInDigit && last + 1 < tokens.Length
                && tokens[last + 1].Text.Length <= 4 && tokens[last + 1].Text.All(char.IsAsciiDigit) && !AfterACapitalisedWord(tokens, start);
            if (numbered)
                last++;
            var first = VariantBefore(tokens, start, free);
            var sameAfter = ExtendOverSameSystem(tokens, last, name.Pattern.Values[0].Family);
            var termStart = AfterClassWord(tokens, sameAfter + 1);
            var (termLast, term) = LongestTermFrom(tokens, termHeads, termStart);
            var classWord = termStart > sameAfter + 1 || EndsInClassWord(tokens[name.Last].Text);
            // Only equipment words are context: "Stan Deal" is a man, not a ship and a deal; adjectives may come between
            // ("K-8 light military aircraft").
            var equipment = term is not null && term.Category != WeaponCategory.Unspecified;
            var context = equipment || classWord || numbered || sameAfter != last
                || EquipmentAfterAdjectives(tokens, termHeads, termStart) || EquipmentInApposition(tokens, termHeads, termStart)
                || HasContextBefore(tokens, termHeads, first);
            if (name.Pattern.NeedsContext && !context)
                continue;
            // Namesakes written alike compete ("Dolphin" the helicopter and the submarine): the noun after them, or a class
            // word ("the Dolphin class": a class is a ship's), tells them apart.
            var systems = name.Pattern.Values;
            for (var other = 0; other < count; other++)
                if (other != k && names[other].Last == name.Last && names[other].Length == name.Length
                    && (context || !names[other].Pattern.NeedsContext) && names[other].Pattern.Values.Except(systems).Any())
                    systems = [.. systems, .. names[other].Pattern.Values.Except(systems)];
            var system = ChooseByCategory(systems, term?.Category ?? (classWord ? WeaponCategory.Ships : null));
            var end = term is null ? sameAfter : termLast;
            return new WeaponMention(first, end, end, system.Category, system.Family, system.Origin, term?.Kind)
            {
                Designation = system.Designation,
                Maker = system.Maker,
                Origins = system.Origins,
            };
        }
        return null;
    }

    /// <summary>Whether a firm's name ends at token <paramref name="last"/>: "Hyundai Rotem K2", "Shenyang F-6s".</summary>
    private bool OrganisationEndsAt(ReadOnlySpan<Token> tokens, int last)
    {
        for (var start = Math.Max(0, last - 4); start <= last; start++)
            if (states.Names.LongestMatch(tokens, start) is ({ } length, { Kind: EntityKind.Organisation }) && start + length - 1 == last)
                return true;
        return false;
    }

    /// <summary>"Hyundai Rotem", "Patria": a name that is (the end of) a firm's or an outlet's name is that firm.</summary>
    private bool InsideOrganisationName(ReadOnlySpan<Token> tokens, int first, int last)
    {
        for (var start = Math.Max(0, first - 3); start <= first; start++)
        {
            var (length, entity) = states.Names.LongestMatch(tokens, start);
            if (length > 0 && start + length - 1 >= last
                && entity!.Kind is EntityKind.Organisation or EntityKind.Outlet or EntityKind.Body or EntityKind.Group)
                return true;
        }
        return false;
    }

    /// <summary>"the K-8, a jet trainer": an apposition naming the equipment.</summary>
    private static bool EquipmentInApposition(ReadOnlySpan<Token> tokens, (int First, WeaponTerm? Term)[] termHeads, int start)
    {
        if (start + 2 >= tokens.Length || tokens[start].Text != "," || tokens[start + 1].Upos != Upos.Det)
            return false;
        return LongestTermFrom(tokens, termHeads, start + 2).Term is { Category: not WeaponCategory.Unspecified }
            || EquipmentAfterAdjectives(tokens, termHeads, start + 2);
    }

    private static bool EquipmentAfterAdjectives(ReadOnlySpan<Token> tokens, (int First, WeaponTerm? Term)[] termHeads, int start)
    {
        for (var next = start; next < Math.Min(tokens.Length, start + 3) && tokens[next].Upos is Upos.Adj or Upos.Noun; next++)
            if (LongestTermFrom(tokens, termHeads, next + 1).Term is { Category: not WeaponCategory.Unspecified })
                return true;
        return false;
    }

    /// <summary>Of systems written alike, the one whose category the noun after it tells ("Mistral missiles", "Mistral
    /// ships"); else the first (hand-kept, then most dealt).</summary>
    private static WeaponSystem ChooseByCategory(List<WeaponSystem> systems, WeaponCategory? category)
    {
        if (systems.Count == 1 || category is null or WeaponCategory.Unspecified)
            return systems[0];
        foreach (var system in systems)
            if (system.Category == category)
                return system;
        // A missile noun after a surface-to-air system's name: "Patriot missiles".
        foreach (var system in systems)
            if (category is WeaponCategory.Missiles or WeaponCategory.AirDefence
                && system.Category is WeaponCategory.Missiles or WeaponCategory.AirDefence)
                return system;
        return systems[0];
    }

    /// <summary>"F-16 Block 70", "Hawk Mk 127", "Anza MkII", "Typhoon Tranche 3": a variant written after the name is
    /// part of it.</summary>
    private int VariantTail(ReadOnlySpan<Token> tokens, int last)
    {
        while (true)
        {
            if (last + 2 < tokens.Length && weapons.IsVariantWord(tokens[last + 1].Text) && IsVariantNumber(tokens[last + 2].Text))
                last += 2;
            else if (last + 1 < tokens.Length && weapons.IsVariantToken(tokens[last + 1].Text))
                last++;
            else
                return last;
        }
    }

    /// <summary>"Block 70 F-16s": a variant written before the name, on tokens no other mention took.</summary>
    private int VariantBefore(ReadOnlySpan<Token> tokens, int start, int free) =>
        start - 2 >= free && weapons.IsVariantWord(tokens[start - 2].Text) && IsVariantNumber(tokens[start - 1].Text) ? start - 2 : start;

    private static bool IsVariantNumber(string text) =>
        text.Length is > 0 and <= 6 && (char.IsDigit(text[0]) || text.All(c => c is 'I' or 'V' or 'X' or 'A' or 'B' or 'C'));

    /// <summary>What before a name that needs context makes it a system: a number ("48 K9s"), a maker ("Hyundai Rotem
    /// K2"), a ship prefix ("INS Vikramaditya"), or an equipment word, a quotation mark between ("howitzers "Nora B-52"").</summary>
    private bool HasContextBefore(ReadOnlySpan<Token> tokens, (int First, WeaponTerm? Term)[] termHeads, int first)
    {
        var before = first - 1;
        if (before < 0)
            return false;
        var text = tokens[before].Text;
        if (tokens[before].Upos == Upos.Num || text.Length > 0 && char.IsDigit(text[0]) || weapons.IsShipPrefix(text)
            || OrganisationEndsAt(tokens, before))
            return true;
        if (text is "\"" or "“" or "'" or "‘" or "``")
            before--;
        return before >= 0 && termHeads[before].Term is { Category: not WeaponCategory.Unspecified };
    }

    /// <summary>One system written in two ways side by side is one item: "Eurofighter Typhoon", "THAAD (Terminal High
    /// Altitude Area Defense)", "Terminal High Altitude Area Defense (THAAD)".</summary>
    private int ExtendOverSameSystem(ReadOnlySpan<Token> tokens, int last, string? family)
    {
        if (family is null)
            return last;
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
        if (next + 1 < tokens.Length && tokens[next].Text == "-" && IsClassWord(tokens[next + 1].Text))
            return next + 2;
        return next < tokens.Length && IsClassWord(tokens[next].Text) ? next + 1 : next;
    }

    /// <summary>"Sovremenny-class", "Shahed-series": the class word written onto the name.</summary>
    private static bool EndsInClassWord(string token) =>
        token.EndsWith("-class", StringComparison.OrdinalIgnoreCase) || token.EndsWith("-series", StringComparison.OrdinalIgnoreCase)
        || token.EndsWith("-type", StringComparison.OrdinalIgnoreCase);

    private static bool IsClassWord(string word) => word is "class" or "type" or "series" or "Class" or "-class" or "-Class";

    /// <summary>The longest generic term that starts at <paramref name="start"/>: its last token and the term.</summary>
    private static (int Last, WeaponTerm? Term) LongestTermFrom(ReadOnlySpan<Token> tokens, (int First, WeaponTerm? Term)[] termHeads, int start)
    {
        (int, WeaponTerm?) best = (-1, null);
        // Terms are at most a handful of words; a hyphenated modifier adds hyphen tokens.
        for (var head = start; head < Math.Min(tokens.Length, start + 9); head++)
            if (termHeads[head] is { Term: { } term } ending && ending.First == start)
                best = (head, term);
        return best;
    }

    private static bool AfterACapitalisedWord(ReadOnlySpan<Token> tokens, int start) =>
        start > 0 && tokens[start - 1].Text is { Length: > 1 } word && char.IsUpper(word[0]) && word.All(char.IsLetter);

    /// <summary>"New Delhi Television" or "Moscow-based Center": a state name inside a longer proper name is not the state.</summary>
    private static bool IsPartOfLargerName(ReadOnlySpan<Token> tokens, int first, int length)
    {
        var after = first + length;
        return after + 1 < tokens.Length && tokens[after].Text == "-" && tokens[after + 1].Text is "based";
    }
}
