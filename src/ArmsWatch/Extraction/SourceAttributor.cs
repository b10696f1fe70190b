using ArmsWatch.Documents;
using ArmsWatch.Knowledge;

namespace ArmsWatch.Extraction;

/// <summary>Who a sentence attributes its statement to: "X said", "said X", "according to X", "X told", "quoted X as saying".</summary>
/// <remarks>
/// The contract's rules: a person or a named organisation is a source; a state speaking ("Russia said", "the Kremlin
/// insists", "the government said") gives null; a pronoun speaker is the person quoted before, else the person named before; with both a speaker and
/// an outlet, the speaker.
/// </remarks>
public sealed class SourceAttributor(AttributionLexicon cues)
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she" };
    private const int Reach = 14;
    private const int TitleReach = 5;

    /// <summary>The source of a sentence, or null; <paramref name="people"/> are the fullest names the article gives,
    /// <paramref name="named"/> carries who the article named and quoted before (read in sentence order). The tree is read first (the subject of a speech verb, the object of "according to");
    /// the words around the verb only when the tree names no speaker.</summary>
    public string? SourceOf(Sentence sentence, SentenceTree tree, IReadOnlyList<Span> spans, IReadOnlyList<EntityMention> entities,
        FullNames people, SpeakersSoFar named)
    {
        foreach (var span in spans)
        {
            if (span.Kind == SpanKind.Person)
                named.LastPerson = Name(people, tree.Tokens, span.First, span.Last);
            else if (span.Kind is SpanKind.Organisation or SpanKind.Body && span.Name is { } organisation)
                named.NamedOrganisation(organisation);
        }
        var lastSpeaker = named.LastSpeaker;
        var (fromTree, isPerson, stateSpeaks) = SpeakerInTree(tree, spans, people, named);
        var source = stateSpeaks ? null
            : fromTree is not null ? Remember(fromTree, isPerson, ref lastSpeaker)
            : SpeakerNearVerb(sentence, entities, people, named.PronounReferent, ref lastSpeaker);
        named.LastSpeaker = lastSpeaker;
        named.LastSource = source ?? named.LastSource;
        return source;
    }

    /// <summary>The speaker the dependency tree gives: the subject of a speech verb ("Pukhov said", "said Pukhov", "the
    /// agency told reporters") or the noun "according to" marks; a person before an organisation, an outlet last. A state
    /// speaking ("Russia said") gives no source.</summary>
    private (string? Speaker, bool IsPerson, bool StateSpeaks) SpeakerInTree(SentenceTree tree, IReadOnlyList<Span> spans, FullNames people, SpeakersSoFar named)
    {
        var tokens = tree.Tokens;
        string? outlet = null;
        for (var v = 0; v < tokens.Length; v++)
        {
            if (!cues.IsSpeechVerb(tokens[v]))
                continue;
            var speaker = tokens[v].Text.Equals("according", StringComparison.OrdinalIgnoreCase)
                ? (tree.RelationOf(v) == "case" ? tree.HeadOf(v) : -1)
                : tree.ChildrenOf(v).FirstOrDefault(c => tree.RelationOf(c) == "nsubj", -1);
            if (speaker < 0)
                speaker = QuotedAsSaying(tree, v);
            if (speaker < 0)
                speaker = SpeakerReadAsObject(tree, v, spans);
            // "as noted by the company", "as reported by Reuters": the agent of a passive speech verb (not "said by phone").
            if (speaker < 0 && tokens[v].Xpos == "VBN")
                speaker = tree.ChildrenOf(v).FirstOrDefault(c => tree.RelationOf(c) == "obl" && tree.CaseMarkerOf(c) == "by", -1);
            if (speaker < 0)
                continue;
            // "the Pentagon's spokesman John Kirby said": a role the phrase names a person in is that person's.
            if (tokens[speaker].Upos == Upos.Noun && NamesBeside(tree, speaker)
                    .Select(c => spans.FirstOrDefault(x => x.Covers(c) && x.Kind == SpanKind.Person))
                    .FirstOrDefault(x => x is not null) is { } person)
                return (Name(people, tokens, person.First, person.Last), true, false);
            // "according to a statement by the agency", "the ministry's statement said": the one who made the statement.
            if (tokens[speaker].Upos == Upos.Noun && !spans.Any(x => x.Covers(speaker)))
                speaker = tree.ChildrenOf(speaker).FirstOrDefault(c => tree.RelationOf(c) == "nmod"
                    && (tree.CaseMarkerOf(c) is "by" or "from" or "of" || tokens[c].DepRel == "nmod:poss"), speaker);
            var span = spans.FirstOrDefault(x => x.Covers(speaker) && x.Kind is SpanKind.Person or SpanKind.Organisation
                or SpanKind.Outlet or SpanKind.Body or SpanKind.State or SpanKind.Group);
            switch (span?.Kind)
            {
                case SpanKind.State:
                    return (null, false, true);
                case SpanKind.Outlet:
                    outlet ??= span.Name;
                    continue;
                case SpanKind.Person:
                    return (Name(people, tokens, span.First, span.Last), true, false);
                case not null:
                    return (span.Name, false, false);
            }
            if (Pronouns.Contains(tokens[speaker].Text))
                return (named.PronounReferent, true, false);
            // "a Foreign Ministry spokesperson said", "a State Department official said", "Sputnik news agency reported": one
            // who speaks for a body or an outlet the phrase names is that body or outlet (the contract).
            if (tokens[speaker].Upos == Upos.Noun && tree.ChildrenOf(speaker)
                    .Where(c => tree.RelationOf(c) == "compound" || tokens[c].DepRel == "nmod:poss")
                    .Select(c => spans.FirstOrDefault(x => x.Covers(c) && x.Kind is SpanKind.Organisation or SpanKind.Body or SpanKind.Outlet))
                    .FirstOrDefault(x => x is not null) is { } body)
                return (body.Name, false, false);
            if (tokens[speaker].Upos is Upos.Noun or Upos.Propn && cues.SpeakerRoles.TryGetValue(tree.LowerLemmaOf(speaker), out var role))
            {
                // "the Russian Embassy in Kampala said", "the Pakistan Air Force said": a state's service, mission or
                // ministry is named like a ministry (the contract's *Services and missions as speakers*).
                if (role == SpeakerKind.Service && ServiceName(tree, speaker, spans) is { } service)
                    return (service, false, false);
                // "the company said", "the minister told reporters", "the statement said": the last of that kind named.
                if (tokens[speaker].Upos == Upos.Noun && named.LastOf(role, tokens[speaker].Text) is { } earlier)
                    return (earlier, role == SpeakerKind.Person, false);
            }
            if (IsNamePart(tokens, speaker) && !IsDateline(tokens, speaker))
            {
                var words = tree.ChildrenOf(speaker).Where(c => tree.RelationOf(c) is "compound" or "flat" && IsNamePart(tokens, c))
                    .Append(speaker).ToList();
                return (Name(people, tokens, words.Min(), words.Max()), true, false);
            }
        }
        return (outlet, false, false);
    }

    /// <summary>The words a role noun and a name beside it are joined by: the name its apposition, flat or compound part
    /// ("spokesman John Kirby" read either way round), or the word the role describes.</summary>
    private static IEnumerable<int> NamesBeside(SentenceTree tree, int role)
    {
        foreach (var child in tree.ChildrenOf(role))
            if (tree.RelationOf(child) is "appos" or "flat" or "compound")
                yield return child;
        if ((tree.Tokens[role].DepRel == "nmod:desc" || tree.RelationOf(role) is "compound" or "appos") && tree.HeadOf(role) is var head and >= 0)
            yield return head;
    }

    /// <summary>The name of a service, mission or ministry: its head with the words before it that name it ("Russian
    /// Embassy", "Pakistan Air Force"; not a possessive, "Taiwan's") and its "of" phrase ("Ministry of National Defense"),
    /// when a state's word is among them or the "of" phrase is a name; null otherwise ("the ministry said").</summary>
    private static string? ServiceName(SentenceTree tree, int head, IReadOnlyList<Span> spans)
    {
        var tokens = tree.Tokens;
        var modifiers = tree.ChildrenOf(head)
            .Where(c => c < head && tree.RelationOf(c) is "compound" or "amod" && tokens[c].DepRel != "nmod:poss"
                        && (tokens[c].Upos == Upos.Propn || spans.Any(s => s.Kind == SpanKind.State && s.Covers(c))))
            .ToList();
        var ofPhrase = tree.ChildrenOf(head).FirstOrDefault(c => c > head && tree.RelationOf(c) == "nmod" && tree.CaseMarkerOf(c) == "of"
            && tokens[c].Upos == Upos.Propn, -1);
        var ownState = modifiers.Any(c => spans.Any(s => s.Kind == SpanKind.State && s.Covers(c)));
        if (!ownState && ofPhrase < 0)
            return null;
        var first = modifiers.Count > 0 ? modifiers.Min() : head;
        var last = ofPhrase >= 0 ? Enumerable.Range(ofPhrase, tokens.Length - ofPhrase).TakeWhile(i => tree.Dominates(ofPhrase, i)).Max() : head;
        return Text(tokens, first, last);
    }

    /// <summary>"..., said President of Ukraine Petro Poroshenko": a speech verb after the statement, its speaker after it,
    /// which the parser may read as its object when a title makes the name long; -1 when there is none.</summary>
    private static int SpeakerReadAsObject(SentenceTree tree, int verb, IReadOnlyList<Span> spans)
    {
        if (verb == 0 || tree.Tokens[verb - 1].Text is not ("," or "\"" or "”" or "'"))
            return -1;
        return tree.ChildrenOf(verb).FirstOrDefault(c => c > verb && tree.RelationOf(c) == "obj"
            && spans.Any(x => x.Covers(c) && x.Kind is SpanKind.Person or SpanKind.Organisation or SpanKind.Body), -1);
    }

    /// <summary>"Interfax quoted Yuri Borisov as saying", "Tass reported UAC President Yuri Slyusar as saying": the one
    /// quoted is the name "as saying" hangs on, or the verb's object it hangs beside; -1 when there is no such name.</summary>
    private static int QuotedAsSaying(SentenceTree tree, int verb)
    {
        if (tree.RelationOf(verb) != "advcl" || !tree.ChildrenOf(verb).Any(c => tree.RelationOf(c) == "mark" && tree.Tokens[c].Text == "as")
            || tree.HeadOf(verb) is not (var head and >= 0))
            return -1;
        var quoted = tree.Tokens[head].Upos is Upos.Propn or Upos.Noun ? head
            : tree.ChildrenOf(head).FirstOrDefault(c => tree.RelationOf(c) is "obj" or "dep", -1);
        // Only a name: "quoted a Foreign Ministry spokesperson as saying" is left to the words around the verb.
        return quoted >= 0 && tree.Tokens[quoted].Upos == Upos.Propn ? quoted : -1;
    }

    // A proper noun, or the lower-case part of a hyphenated name written as one word ("Sang-bum": "bum" after "Sang-").
    private static bool IsNamePart(Token[] tokens, int index) =>
        tokens[index].Upos == Upos.Propn
        || index >= 2 && tokens[index - 1].Text == "-" && tokens[index - 1].Start == tokens[index - 2].End && tokens[index].Start == tokens[index - 1].End
           && tokens[index - 2].Upos == Upos.Propn;

    /// <summary>"WASHINGTON (Reuters) -", "SEOUL, Feb. 7", "BELGRADE ---": a place in capitals opening the sentence is its dateline, which
    /// a parser may take for the subject.</summary>
    private static bool IsDateline(Token[] tokens, int index) =>
        index <= 2 && tokens[index].Text.Length > 2 && tokens[index].Text.All(c => !char.IsLetter(c) || char.IsUpper(c))
        && tokens[..index].All(t => t.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        && index + 1 < tokens.Length && tokens[index + 1].Text is "," or "(" or "-" or "--" or "---" or "–" or "—" or ":";

    // The words as the text wrote them: a space only where the text had one ("Kim Jong-un", not "Kim Jong - un").
    private static string Text(Token[] tokens, int first, int last)
    {
        var text = new System.Text.StringBuilder(tokens[first].Text);
        for (var i = first + 1; i <= last; i++)
            text.Append(tokens[i].Start > tokens[i - 1].End ? " " : "").Append(tokens[i].Text);
        return text.ToString();
    }

    /// <summary>A speaker's name, and whether it is a person's (an organisation or an outlet is not).</summary>
    private readonly record struct Speaker(string Name, bool IsPerson);

    private static Speaker? Person(string? name) => name is null ? null : new Speaker(name, true);

    /// <summary>The speaker found by the words around a speech verb, where the tree names none.</summary>
    private string? SpeakerNearVerb(Sentence sentence, IReadOnlyList<EntityMention> entities, FullNames people, string? pronounReferent, ref string? lastSpeaker)
    {
        var tokens = sentence.Tokens;
        string? outlet = null;
        for (var v = 0; v < tokens.Length; v++)
        {
            if (!cues.IsSpeechVerb(tokens[v]))
                continue;
            var lemma = tokens[v].Lemma;
            if (tokens[v].Text.Equals("according", StringComparison.OrdinalIgnoreCase))
            {
                if (v + 1 < tokens.Length && tokens[v + 1].Text == "to")
                {
                    var named = SpeakerAfter(tokens, entities, people, v + 2, out var isOutlet);
                    if (named is { } found && !isOutlet)
                        return Remember(found.Name, found.IsPerson, ref lastSpeaker);
                    outlet ??= named?.Name;
                }
                continue;
            }
            var isState = false;
            var speaker = lemma == "quote" ? SpeakerAfter(tokens, entities, people, v + 1, out _) : null;
            speaker ??= SpeakerBefore(tokens, entities, people, v, pronounReferent, out isState);
            if (speaker is null && !isState && lemma is not "report" and not "quote")
                speaker = SpeakerAfter(tokens, entities, people, v + 1, out _);
            if (isState)
                return null;
            if (speaker is { } said)
                return Remember(said.Name, said.IsPerson, ref lastSpeaker);
        }
        return outlet;
    }

    /// <summary>A person quoted by full name is who a later "he said" or "she added" means; an organisation or an outlet
    /// ("Yedioth Ahronoth revealed") is not.</summary>
    private static string Remember(string speaker, bool isPerson, ref string? lastSpeaker)
    {
        if (isPerson && speaker.Contains(' '))
            lastSpeaker = speaker;
        return speaker;
    }

    private static Speaker? SpeakerBefore(Token[] tokens, IReadOnlyList<EntityMention> entities, FullNames people, int verb,
        string? pronounReferent, out bool isState)
    {
        isState = false;
        if (PersonBeforeAppositive(tokens, entities, people, verb) is { } person)
            return Person(person);
        for (var i = verb - 1; i >= Math.Max(0, verb - Reach); i--)
        {
            var text = tokens[i].Text;
            if (text is "," or "\"" or "'" or "also" or "has" or "had" or "have" or "was" or "later" or "recently" or "then"
                || IsDateWord(tokens[i]))
                continue;
            if (Pronouns.Contains(text))
                return Person(pronounReferent);
            var entity = entities.FirstOrDefault(e => e.Last == i);
            if (entity is not null)
            {
                isState = entity.Entity.Kind is EntityKind.State or EntityKind.Metonym or EntityKind.Demonym;
                return isState ? null : new Speaker(entity.Entity.Name, false);
            }
            if (PersonNames.IsNameWord(text) && !IsFunctionWord(tokens[i]))
            {
                var first = NameStart(tokens, entities, i);
                // "Pukhov of the Center for Analysis ... said": a run inside an organisation's name is not the speaker.
                if (first > 1 && tokens[first - 1].Text is "of" or "the" or "for" or "and")
                {
                    i = first;
                    continue;
                }
                return Person(Name(people, tokens, first, i));
            }
            // The subject may be a longer phrase: "Pukhov of the Center for Analysis ... said"; look for its first name.
            if (text is "of" or "the" or "for" or "and" || char.IsUpper(text[0]))
                continue;
            return null;   // a common noun ("the government", "officials") names no source
        }
        return null;
    }

    /// <summary>"Mikhail Dmitriyev, Head of the Federal Service for Military-Technical Cooperation, said": the person before an
    /// appositive that ends at the verb, not the organisation inside it.</summary>
    private static string? PersonBeforeAppositive(Token[] tokens, IReadOnlyList<EntityMention> entities, FullNames people, int verb)
    {
        if (verb < 2 || tokens[verb - 1].Text != ",")
            return null;
        for (var comma = verb - 2; comma > 0 && comma >= verb - Reach; comma--)
        {
            if (tokens[comma].Text != ",")
                continue;
            var last = comma - 1;
            if (!PersonNames.IsNameWord(tokens[last].Text) || entities.Any(e => e.First <= last && last <= e.Last))
                return null;
            var first = NameStart(tokens, entities, last);
            return first < last ? Name(people, tokens, first, last) : null;
        }
        return null;
    }

    /// <summary>A capitalised word the tagger reads as a function word ("As noted by the company") names no one.</summary>
    private static bool IsFunctionWord(Token token) =>
        token.Upos is Upos.Adp or Upos.Sconj or Upos.Cconj or Upos.Det or Upos.Pron or Upos.Aux or Upos.Part;

    /// <summary>"Vedomosti on 9 September reported": a date between the speaker and the verb.</summary>
    private static bool IsDateWord(Token token) => token.Text is "on" or "last" or "this" or "earlier" || token.Upos == Upos.Num;

    private static Speaker? SpeakerAfter(Token[] tokens, IReadOnlyList<EntityMention> entities, FullNames people, int start, out bool isOutlet)
    {
        isOutlet = false;
        for (var i = start; i < Math.Min(tokens.Length, start + 4); i++)
        {
            var entity = entities.FirstOrDefault(e => e.First == i);
            if (entity is not null)
            {
                isOutlet = entity.Entity.Kind == EntityKind.Outlet;
                if (entity.Entity.Kind is EntityKind.State or EntityKind.Metonym or EntityKind.Demonym)
                    return Person(NamedAfterTitle(tokens, people, entity.Last + 1));   // "according to Vietnam's defence minister Phung Quang Thanh"
                return new Speaker(entity.Entity.Name, false);
            }
            if (PersonNames.IsNameWord(tokens[i].Text))
                return Person(Name(people, tokens, i, NameEnd(tokens, i)));
            if (tokens[i].Text is not ("the" or "a" or "an"))
                break;
        }
        return null;
    }

    /// <summary>A person named after a state's title: "'s defence minister general Phung Quang Thanh"; null when the title
    /// names no one (then the state speaks, which gives no source).</summary>
    private static string? NamedAfterTitle(Token[] tokens, FullNames people, int start)
    {
        var i = start;
        if (i < tokens.Length && tokens[i].Text is "'s" or "’s" or "'")
            i++;
        var titleStart = i;
        while (i < tokens.Length && i - titleStart < TitleReach && tokens[i].Text.Length > 0 && char.IsLower(tokens[i].Text[0]))
            i++;
        if (i == titleStart || i >= tokens.Length || !PersonNames.IsNameWord(tokens[i].Text))
            return null;
        var last = NameEnd(tokens, i);
        return last > i ? Name(people, tokens, i, last) : null;
    }

    /// <summary>The first word of the run of name words ending at <paramref name="last"/>, stopping at a recognised entity.</summary>
    private static int NameStart(Token[] tokens, IReadOnlyList<EntityMention> entities, int last)
    {
        var first = last;
        while (first > 0 && PersonNames.IsNameWord(tokens[first - 1].Text) && entities.All(e => e.Last != first - 1))
            first--;
        return first;
    }

    /// <summary>The last word of the run of name words starting at <paramref name="first"/>.</summary>
    private static int NameEnd(Token[] tokens, int first)
    {
        var last = first;
        while (last + 1 < tokens.Length && PersonNames.IsNameWord(tokens[last + 1].Text))
            last++;
        return last;
    }

    /// <summary>The full name the article gives for the words <paramref name="first"/>..<paramref name="last"/>.</summary>
    private static string Name(FullNames people, Token[] tokens, int first, int last) => people.Resolve(Text(tokens, first, last));
}
