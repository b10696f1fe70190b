using ArmsWatch.Documents;
using ArmsWatch.Knowledge;

namespace ArmsWatch.Extraction;

/// <summary>Word patterns around a cue and its item that change the step the cue tells of, or whether it tells of one:
/// equipment in service, rejected requests, terms that do not hold, one transfer against trade in general.</summary>
/// <remarks>Each reads a few tokens around given positions; the extractor decides where to apply them.</remarks>
public static class CuePatterns
{
    private static readonly HashSet<string> RejectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "refused", "refuses", "refusal", "rejected", "rejects", "rejection", "declined", "declines", "denied", "rebuffed", "dismissed",
    };

    private static readonly HashSet<string> PressureWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "pressure", "pressured", "pressuring", "pressures", "urged", "urges", "urge", "urging", "calls", "called", "calling", "demanded",
        "demands", "demanding", "lobbied", "lobbying", "appealed", "appeals", "pushed", "pushing", "asked", "asking",
    };

    private static readonly HashSet<string> TurnWords = new(StringComparer.OrdinalIgnoreCase) { "turned", "turns", "turn" };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase) { "a", "an", "the", "this", "that" };

    /// <summary>"Ukraine used a Patriot missile system", "Russia's use of Iranian drones": a state named as the user of equipment
    /// that another state makes has received it from that state, its maker. Not "the arms would not be used" (a passive, the
    /// item as subject) nor "12 of them used" (no user named).</summary>
    public static string? InServiceOfAnother(Token[] tokens, int cueIndex, WeaponMention item, Parties parties, Certainty certainty)
    {
        var passive = cueIndex > 0 && (CueLexicon.IsPassiveAuxiliary(tokens[cueIndex - 1].Text) || tokens[cueIndex - 1].Text == "being");
        if (passive || !IsWhatIsUsed(tokens, cueIndex, item) || certainty is Certainty.Denied or Certainty.Unlikely
            || parties.Recipient is not { } user || parties.Other is not null)
            return null;
        var maker = parties.Supplier ?? item.Origin;
        return maker is not null && maker != user ? maker : null;
    }

    /// <summary>The item is what the verb says is used: its object ("used a Patriot missile system", "use of Iranian drones")
    /// or, before it, what a pronoun object stands for ("The TB2 made headlines when Ukrainian forces used them"); not an
    /// item further on ("used a Patriot system to take out a Russian radar jet").</summary>
    private static bool IsWhatIsUsed(Token[] tokens, int cueIndex, WeaponMention item)
    {
        if (item.Last < cueIndex)
            return cueIndex + 1 < tokens.Length && tokens[cueIndex + 1].Upos == Upos.Pron;
        // "use the first set of HIMARS": a noun of measure before "of" leaves the item the object.
        for (var i = cueIndex + 1; i < item.First; i++)
            if (!(tokens[i].Upos is Upos.Det or Upos.Adj or Upos.Num or Upos.Adp || tokens[i].Upos == Upos.Noun && tokens[i + 1].Text == "of")
                || tokens[i].Text == "to")
                return false;
        return item.First - cueIndex <= 5;
    }

    /// <summary>The cue sits in a clause that names the terms of something: "the conditions in which France can authorise".</summary>
    public static bool InTermsClause(Token[] tokens, int cueIndex)
    {
        for (var i = cueIndex - 1; i >= Math.Max(1, cueIndex - 6); i--)
            if (tokens[i].Text == "which" && tokens[i - 1].Upos == Upos.Adp && i >= 2 && tokens[i - 2].Text is "conditions" or "terms" or "circumstances")
                return true;
        return false;
    }

    /// <summary>A negated verb soon after the item, past asides and dashes: "-- have not been met".</summary>
    public static bool NegatedVerbAfter(Token[] tokens, int from)
    {
        for (var i = from; i < Math.Min(tokens.Length - 1, from + 8); i++)
            if (tokens[i].Text is "not" or "n't" or "never" && tokens[i + 1].Upos is Upos.Verb or Upos.Aux)
                return true;
        return false;
    }

    /// <summary>A word that turns a request down, right before the request's noun: "refused Ukraine's request", "turned
    /// down the request", "Israel's refusal to Washington's request".</summary>
    public static int? RejectionBefore(Token[] tokens, int scopeStart, int cueIndex)
    {
        for (var i = cueIndex - 1; i >= Math.Max(scopeStart, cueIndex - 8); i--)
        {
            if (RejectionWords.Contains(tokens[i].Text)
                || tokens[i].Text.Equals("down", StringComparison.OrdinalIgnoreCase) && i > 0 && TurnWords.Contains(tokens[i - 1].Text))
                return i;
            if (tokens[i].Upos is Upos.Verb or Upos.Aux)
                return null;
        }
        return null;
    }

    /// <summary>"an initial arms shipment", "the arms delivery": one transfer, told of with a determiner and a singular
    /// noun, unlike trade in general ("arms exports", "arms sales").</summary>
    public static bool IsOneTransfer(Token[] tokens, WeaponMention item, int cueIndex)
    {
        if (tokens[cueIndex].Xpos != "NN")
            return false;
        var i = item.First - 1;
        while (i >= 0 && tokens[i].Upos == Upos.Adj)
            i--;
        return i >= 0 && Determiners.Contains(tokens[i].Text);
    }

    /// <summary>"signed agreements whereby Paris will supply", "a deal under which Russia is to deliver": the clause after the
    /// agreement spells out its terms, so the agreement still governs.</summary>
    public static bool SpellsOutTerms(Token[] tokens, int agreement, int verb)
    {
        if (agreement < 0)
            return false;
        for (var i = agreement + 1; i < verb; i++)
            if (tokens[i].Text is "whereby" || tokens[i].Text is "which" && tokens[i - 1].Text is "under")
                return true;
        return false;
    }

    /// <summary>The first verb from <paramref name="from"/> to <paramref name="until"/>, before any comma, says the trade
    /// has begun: "the exports commenced last month".</summary>
    public static bool PredicateBegins(Token[] tokens, int from, int until)
    {
        for (var i = from; i <= until && tokens[i].Text != ","; i++)
            if (tokens[i].Upos == Upos.Verb)
                return tokens[i].Text is "began" or "begun" or "begin" or "begins" or "started" or "start" or "starts"
                    or "commenced" or "commence" or "commences";
        return false;
    }

    /// <summary>A verb of telling: "the details of the deal were not disclosed" withholds the telling, not the deal.</summary>
    public static bool IsDisclosureVerb(string word) =>
        word is "disclosed" or "revealed" or "announced" or "specified" or "released" or "published" or "confirmed" or "made";

    /// <summary>"selected the Gripen to be its next-generation fighter aircraft", "chose the Rafale as their new fighter": the
    /// role a named item is to fill, not a second item.</summary>
    public static bool IsRoleOfAnotherItem(Token[] tokens, WeaponMention item)
    {
        var i = item.First - 1;
        while (i >= 0 && item.First - i <= 5 && tokens[i].Upos is Upos.Adj or Upos.Noun or Upos.Punct && tokens[i].Text != ",")
            i--;
        return i > 0 && tokens[i].Text is "its" or "their" && tokens[i - 1].Text is "as" or "be";
    }

    /// <summary>"abandoned plans to purchase jet fighters from Moscow in favor of US and French warplanes": the item preferred
    /// instead of another is a possible request, whatever happened to the other.</summary>
    public static bool IsPreferredAlternative(Token[] tokens, WeaponMention item)
    {
        var i = item.First - 1;
        while (i >= 0 && item.First - i <= 6 && (tokens[i].Upos is Upos.Adj or Upos.Propn or Upos.Det || tokens[i].Text is "and" or "," or "-" or "made"))
            i--;
        return i >= 2 && tokens[i].Text == "of" && tokens[i - 1].Text is "favor" or "favour" && tokens[i - 2].Text == "in";
    }

    /// <summary>"defend itself against ballistic missile threats", "a deal to replace obsolete F-5 Tiger aircraft with Russian
    /// jets": what is defended against or replaced is not equipment that changes hands.</summary>
    public static bool IsThreatOrReplaced(Token[] tokens, WeaponMention item) =>
        WordBeforeModifiers(tokens, item) is { } i && NotTransferredBefore.Contains(tokens[i].Text);

    private static readonly HashSet<string> NotTransferredBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "against", "replace", "replaces", "replaced", "replacing",
    };

    /// <summary>The word before the item's modifiers (adjectives, determiners, numbers, names, participles), if close.</summary>
    private static int? WordBeforeModifiers(Token[] tokens, WeaponMention item)
    {
        var i = item.First - 1;
        while (i >= 0 && item.First - i <= 4 && (tokens[i].Upos is Upos.Adj or Upos.Adv or Upos.Det or Upos.Num or Upos.Propn || tokens[i].Xpos is "VBG" or "VBN"))
            i--;
        return i >= 0 ? i : null;
    }

    /// <summary>The trade word is followed, in its clause, by "for" or "to" and a verb, and then the item: "a deal to export
    /// tanks", "a deal in May 2021 for the drones", "entered a deal to obtain 24 fighters".</summary>
    public static bool SpellsOutItem(Token[] tokens, WeaponMention tradeWord, WeaponMention item)
    {
        if (item.First <= tradeWord.Last || item.First - tradeWord.Last > 8)
            return false;
        var opened = false;
        for (var i = tradeWord.Last + 1; i < item.First; i++)
        {
            if (tokens[i].Text is "," or ";" or "and" or "but" || tokens[i].Upos is Upos.Aux or Upos.Pron)
                return false;
            if (tokens[i].Text is "for" || tokens[i].Text is "to" && i + 1 < item.First && tokens[i + 1].Upos == Upos.Verb)
                opened = true;
            else if (tokens[i].Upos == Upos.Verb && !(i > 0 && tokens[i - 1].Text == "to"))
                return false;
        }
        return opened;
    }

    /// <summary>"under pressure from its allies to halt the delivery", "urged France to cancel the sale": others want the stop;
    /// no decision has stopped anything yet.</summary>
    public static bool IsUrgedStop(Token[] tokens, int scopeStart, int cueIndex)
    {
        if (cueIndex < 1 || tokens[cueIndex - 1].Text != "to")
            return false;
        for (var i = cueIndex - 2; i >= Math.Max(scopeStart, cueIndex - 12); i--)
            if (PressureWords.Contains(tokens[i].Text))
                return true;
        return false;
    }
}
