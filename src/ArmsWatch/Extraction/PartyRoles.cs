using ArmsWatch.Documents;
using ArmsWatch.Knowledge;

namespace ArmsWatch.Extraction;

/// <summary>Supplier and recipient as the sentence states them (null where it does not).</summary>
/// <param name="Either">A subject whose role the cue leaves open ("Russia expects to secure deals"); the article's context decides.</param>
/// <param name="Other">With <paramref name="Either"/>, the second of two parties named together ("between Russia and Iran",
/// "Russia and India signed"): one supplies, the other receives, and the article's context says which.</param>
public readonly record struct Parties(string? Supplier, string? Recipient, string? Either = null, string? Other = null);

/// <summary>Reads who supplies and who receives from the words around a cue and an item.</summary>
/// <remarks>
/// Prepositions decide first ("to X" receives, "from X" supplies, "for X" after the item receives, "X's" before
/// the item owns it); then the subject before the cue takes the role the cue gives it ("sell" → supplier,
/// "buy" → recipient); an origin adjective ("Russian-made", "German") marks the supplier.
/// </remarks>
public static class PartyRoles
{
    /// <param name="transferWord">The cue word nearest the item ("exports" in "ban on exports to Azerbaijan of drones"), after which
    /// "to X" and "from X" belong to the transfer; the chosen cue may be a framing word further away.</param>
    /// <param name="transferCue">The cue of <paramref name="transferWord"/>.</param>
    /// <param name="items">The sentence's equipment items, which prepositional phrases may qualify instead of <paramref name="item"/>.</param>
    public static Parties Read(Token[] tokens, IReadOnlyList<EntityMention> entities, WeaponMention item, IReadOnlyList<WeaponMention> items,
        int cueIndex, int transferWord, StageCue cue, StageCue transferCue, int scopeStart, int scopeEnd)
    {
        if (item.Kind == TransferKind.Training && item.First > 0 && tokens[item.First - 1].Text == "for"
            && TraineesAbroad(tokens, entities, item, scopeStart) is { } abroad)
            return abroad;
        if (Pair(tokens, entities, cueIndex, scopeStart) is { } pair)
            return new Parties(null, null, pair.First, pair.Second);
        string? supplier = null, recipient = null, subject = null, counterpart = null, origin = null;
        var transferSubject = false;
        foreach (var mention in entities)
        {
            var party = PartyName(mention.Entity);
            if (party is null || mention.First < scopeStart || mention.Last > scopeEnd
                || ClauseScope.InAside(tokens, mention.First, Math.Min(cueIndex, item.First)))
                continue;
            var before = PrepositionBefore(tokens, mention.First);
            if (before is "and" or "or")
                before = PrepositionOfList(tokens, mention.First) ?? before;
            if (before is "'s" && entities.FirstOrDefault(e => e.Last == mention.First - 2) is { } possessor)
                before = PrepositionBefore(tokens, possessor.First);   // "to Russia's Wagner group": "to" governs the group
            // A prepositional party belongs to the transfer only after both the cue and the item start:
            // "sell missiles to Iran", not "the ambassador to Moscow said Tehran could buy".
            // "engines to be used aboard the submarine from China": a prepositional party qualifies the item it follows.
            var qualifiesAnother = QualifiesAnotherItem(tokens, entities, items, item, mention);
            var afterTransfer = mention.First > transferWord && !qualifiesAnother;
            var possessive = mention.Last + 1 < tokens.Length && tokens[mention.Last + 1].Text is "'s" or "'";
            // "to Russia's Wagner group": the group named after a state's possessive is the party, not the state.
            if (possessive && entities.Any(e => e.First == mention.Last + 2 && e.Entity.Kind == EntityKind.Group))
                continue;
            // "allowing New Delhi to purchase S-400s", "requests from Germany to transfer": the frame's object is the subject
            // of the transfer verb, and the frame's own subject (who allows) is neither party; not so the addressee of a
            // request ("Kyiv's request to the US to acquire").
            if (transferWord > cueIndex && mention.First > cueIndex && mention.Last + 2 == transferWord && tokens[mention.Last + 1].Text == "to"
                && before != "to")
            {
                if (transferCue.Subject == SubjectRole.Recipient) recipient ??= party;
                else if (transferCue.Subject == SubjectRole.Supplier) supplier ??= party;
                transferSubject = true;
                continue;
            }
            if (mention.Entity.Kind == EntityKind.Demonym)
            {
                var isAdjective = mention.Last + 1 < tokens.Length && tokens[mention.Last + 1].Text == "-";
                if (item.Kind == TransferKind.Training && mention.First > item.First && mention.Last <= item.Last)
                {
                    recipient ??= party;   // "training of Iranian officers": the trainees' state receives
                    continue;
                }
                // "German Leopard 2 tanks", "Russian-made weapons": the maker, when it qualifies the item.
                if (mention.Last < item.First && item.First - mention.Last <= 3)
                    origin ??= party;
                else if (isAdjective)
                    continue;   // "spare parts for Russian-made weapons": describes another noun, not a party
                else if (before is "to" or "for" && afterTransfer)
                    recipient ??= party;
                else if (mention.Last < cueIndex && before is not ("of" or "in" or "with" or "by"))
                    subject = party;   // "Iranian generals are interested": the people of a state act for it
                continue;
            }
            // "concerned about North Korea planning on delivering": a gerund's subject is the party right before it.
            if (mention.Last + 1 < cueIndex && tokens[mention.Last + 1].Text.EndsWith("ing")
                && tokens[mention.Last + 1].Upos is Upos.Verb or Upos.Noun && before is "about" or "of" or "over")
            {
                subject = party;
                continue;
            }
            switch (before)
            {
                case "to" or "into" when afterTransfer:
                    recipient ??= party;
                    continue;
                case "from" when afterTransfer:
                    supplier ??= party;
                    continue;
                case "for" when afterTransfer:
                    recipient ??= party;
                    continue;
                case "with" when qualifiesAnother:
                    continue;   // "abandon the S-400 deal with Russia ... or lose the F-35 jets": Russia is the S-400's
                case "with":
                    counterpart ??= party;
                    continue;
                case "by" when ModifiesNoun(tokens, items, mention, cueIndex, transferWord):
                    continue;   // "hit by US sanctions": the agent is the sanctions
                case "by":
                    if (cue.Subject == SubjectRole.Recipient) recipient ??= party; else supplier ??= party;
                    continue;
                case "to" or "into" or "from" or "for" or "of" or "in" or "on" or "at" or "against" or "over" or "about" or "between"
                    or "among" or "across" or "behind" or "during":
                    continue;
            }
            if (possessive && item.First - mention.Last <= 4 && mention.Last < item.First && cueIndex < mention.First)
            {
                recipient ??= party;   // "upgrade Iran's Su-25 attack planes": the owner receives
                continue;
            }
            if (mention.Last < cueIndex && !SubordinateClauseBetween(tokens, mention.Last, cueIndex)
                && !ModifiesNoun(tokens, items, mention, cueIndex, transferWord) && !HasOwnSubject(tokens, cueIndex))
                subject = party;   // the nearest before the cue: "Officials said that Iran had expressed interest"
            else if (mention.First > transferWord && OnlyModifiersBetween(tokens, transferWord, mention.First) && mention.Last < item.First
                     && transferCue.ObjectReceives)
                recipient ??= party;   // "offer Iran its range of fighters", "in talks to supply Turkey with": the indirect object
        }

        if (transferSubject)
            subject = null;
        return new RoleEvidence { Supplier = supplier, Recipient = recipient, Subject = subject, Counterpart = counterpart, Origin = origin }
            .Resolve(cue, item);
    }

    /// <summary>"engines to be used aboard the submarine from China": a phrase naming a party qualifies the nearest item
    /// before it, unless that item is listed with ours ("fighters and tanks to Iran"). Before our item, it does so only when
    /// our item has a maker of its own, named or catalogued ("purchase jet fighters from Moscow in favor of US warplanes");
    /// otherwise the phrase states the parties of the whole transaction ("delivered S-300s to Iran under a contract").</summary>
    private static bool QualifiesAnotherItem(Token[] tokens, IReadOnlyList<EntityMention> entities, IReadOnlyList<WeaponMention> items,
        WeaponMention item, EntityMention party)
    {
        var nearest = items.Where(w => w.Last < party.First - 1).MaxBy(w => w.Last);
        if (nearest is null || nearest == item)
            return false;
        var named = PartyName(party.Entity);
        var ownMaker = entities.FirstOrDefault(e => e.Last == item.First - 1) is { } maker && PartyName(maker.Entity) is { } made
                       && made != named || item.Origin is { } catalogued && catalogued != named;
        if (nearest.First < item.First && !ownMaker)
            return false;
        var (from, to) = nearest.First > item.Last ? (item.Last, nearest.First) : (nearest.Last, item.First);
        for (var i = from + 1; i < to; i++)
            if (tokens[i].Upos is Upos.Verb or Upos.Aux or Upos.Adp or Upos.Pron or Upos.Sconj or Upos.Part)
                return true;
        return false;
    }

    /// <summary>"Around 400 Russian sailors are in France for training": the host state ("in/to X") trains the people of
    /// the state named first.</summary>
    private static Parties? TraineesAbroad(Token[] tokens, IReadOnlyList<EntityMention> entities, WeaponMention item, int scopeStart)
    {
        string? host = null, trainees = null;
        foreach (var mention in entities.Where(e => e.First >= scopeStart && e.Last < item.First))
        {
            if (PartyName(mention.Entity) is not { } party)
                continue;
            if (PrepositionBefore(tokens, mention.First) is "in" or "to")
                host = party;
            else if (host is null)
                trainees ??= party;
        }
        return host is not null && trainees is not null && host != trainees ? new Parties(host, trainees) : null;
    }

    /// <summary>Two parties named together as the two sides: "between X and Y", or "X and Y" as the subject of the cue.</summary>
    private static (string First, string Second)? Pair(Token[] tokens, IReadOnlyList<EntityMention> entities, int cueIndex, int scopeStart)
    {
        for (var k = 0; k + 1 < entities.Count; k++)
        {
            var (left, right) = (entities[k], entities[k + 1]);
            if (left.First < scopeStart || right.First != left.Last + 2 || tokens[left.Last + 1].Text != "and")
                continue;
            if (PartyName(left.Entity) is not { } a || PartyName(right.Entity) is not { } b || a == b)
                continue;
            // "a contract between Russia and Iran", not "a joint venture between India and Russia".
            var between = left.First > 1 && tokens[left.First - 1].Text == "between" && IsTradeNoun(tokens[left.First - 2].Text);
            var subjectOfCue = right.Last < cueIndex && cueIndex - right.Last <= 3 && PrepositionBefore(tokens, left.First) is not
                ("to" or "from" or "for" or "with" or "of" or "in" or "by" or "between");
            if (between || subjectOfCue)
                return (a, b);
        }
        return null;
    }

    private static bool IsTradeNoun(string word) =>
        Knowledge.WeaponLexicon.Normalise(word) is "contract" or "deal" or "agreement" or "sale" or "talk" or "negotiation" or "cooperation" or "accord";

    /// <summary>"India protested after it approved the sale": a subordinate clause with its own subject opens between the
    /// party and the cue, so the party is not the cue's subject.</summary>
    private static bool SubordinateClauseBetween(Token[] tokens, int from, int to)
    {
        for (var i = from + 1; i + 1 < to; i++)
            if (tokens[i].Text is "after" or "before" or "when" or "because" or "since" or "until" or "although" or "while"
                && tokens[i + 1].Upos == Upos.Pron)
                return true;
        return false;
    }

    /// <summary>"US sanctions", "the Ukraine situation": a state named as the modifier of a noun that does not act for it is
    /// not the subject of a verb; "US officials", "the US government" do act for it.</summary>
    private static bool ModifiesNoun(Token[] tokens, IReadOnlyList<WeaponMention> items, EntityMention mention, int cueIndex, int transferWord)
    {
        var next = mention.Last + 1;
        // Only after a determiner or a preposition ("the Ukraine situation", "hit by US sanctions"): a sentence's subject
        // may be followed by a verb that reads like a noun ("India plans to induct").
        var determined = tokens[mention.First].Upos == Upos.Det || mention.First > 0 && tokens[mention.First - 1].Upos is Upos.Det or Upos.Adp;
        return determined
               && next < tokens.Length && tokens[next].Upos == Upos.Noun && char.IsLower(tokens[next].Text[0])
               && !AgentNouns.Contains(tokens[next].Text)
               // "the U.S. weapons sales", "the Iran deal": a state qualifying the equipment or the transfer is a party of it.
               && next != cueIndex && next != transferWord && !items.Any(w => w.First <= next && next <= w.Last);
    }

    private static readonly HashSet<string> AgentNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "government", "governments", "official", "officials", "authorities", "administration", "forces", "military", "army", "navy",
        "troops", "ministry", "ministers", "minister", "president", "leaders", "leader", "leadership", "company", "companies", "firm",
        "firms", "industry", "manufacturer", "manufacturers", "side", "delegation", "team", "regime", "defence", "defense", "envoy",
        "ambassador", "diplomats", "agency", "state", "contractor", "contractors", "buyers", "buyer", "customers", "customer",
    };

    /// <summary>"sanctions on nations buying arms": a participle right after a noun has that noun as its subject.</summary>
    private static bool HasOwnSubject(Token[] tokens, int cueIndex) =>
        cueIndex > 0 && tokens[cueIndex].Xpos == "VBG" && tokens[cueIndex - 1].Upos == Upos.Noun;

    /// <summary>"supply NATO member Turkey with": only modifiers and names lie between the verb and its indirect object.</summary>
    private static bool OnlyModifiersBetween(Token[] tokens, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
            if (!(tokens[i].Text is "the" or "member" or "ally" or "neighbouring" or "neighboring" || char.IsUpper(tokens[i].Text[0])))
                return false;
        return to - from <= 4;
    }

    /// <summary>How a party is written in a claim: a state's code, or a non-state group's name; null for outlets and bodies.</summary>
    public static string? PartyName(Entity entity) => entity.Kind switch
    {
        EntityKind.Outlet or EntityKind.Body => null,
        EntityKind.Group => entity.Name,
        _ => entity.State,
    };

    private static string? PrepositionBefore(Token[] tokens, int index)
    {
        var i = index - 1;
        while (i >= 0 && tokens[i].Text is "the" or "The" or "neighbouring" or "neighboring" or "member" or "NATO" or "ally")
            i--;
        if (i < 0)
            return null;
        var preposition = tokens[i].Text.ToLowerInvariant();
        // "subject to BAE Systems receiving", "according to Russia": a compound preposition, not a transfer's "to".
        return preposition == "to" && i > 0 && CompoundPrepositionHeads.Contains(tokens[i - 1].Text)
            ? tokens[i - 1].Text.ToLowerInvariant() + " to"
            : preposition;
    }

    /// <summary>"under pressure from Ukraine, European allies and the United States": the preposition that opens a list
    /// governs its last member too.</summary>
    private static string? PrepositionOfList(Token[] tokens, int index)
    {
        for (var i = index - 1; i >= Math.Max(0, index - 8); i--)
        {
            if (tokens[i].Upos == Upos.Adp)
                return PrepositionBefore(tokens, i + 1);
            if (!(tokens[i].Text is "," or "and" or "or" || tokens[i].Upos is Upos.Det or Upos.Adj or Upos.Noun or Upos.Propn))
                return null;
        }
        return null;
    }

    private static readonly HashSet<string> CompoundPrepositionHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "subject", "due", "according", "thanks", "close", "next", "prior", "addition", "similar", "owing", "compared", "opposed",
        "response", "reply", "regard", "relation", "contrary", "pursuant",
    };
}
