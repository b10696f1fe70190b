using System.Text.Json;
using System.Text.RegularExpressions;
using ArmsWatch.Documents;

namespace ArmsWatch.Knowledge;

/// <summary>Generic equipment words and the catalogue of weapon designations, matched against tokens.</summary>
public sealed partial class WeaponLexicon
{
    /// <summary>The generated catalogue (tools/build_catalogue.py): every SIPRI designation and the hand-kept families.</summary>
    public const string CatalogueFile = "weapon-catalogue.tsv";

    /// <summary>The hand-kept generic equipment words.</summary>
    public const string TermsFile = "weapon-terms.tsv";

    /// <summary>The equipment words of SIPRI's weapon descriptions (tools/build_weapon_descriptions.py).</summary>
    public const string DescriptionsFile = "weapon-descriptions.tsv";

    private readonly Dictionary<string, List<WeaponTerm>> termsByHead = new(StringComparer.Ordinal);
    private readonly DesignationMatcher<WeaponSystem> designations = new();
    private HashSet<string> tradeWords = [];
    private HashSet<string> variantWords = [];
    private HashSet<string> shipPrefixes = [];

    /// <summary>Every designation of the catalogue.</summary>
    public IReadOnlyList<WeaponSystem> Systems { get; private set; } = [];

    public static WeaponLexicon Load(string knowledgeDirectory)
    {
        var lexicon = new WeaponLexicon
        {
            tradeWords = DataFile.ReadSet(Path.Combine(knowledgeDirectory, "trade-words.txt")),
            variantWords = DataFile.ReadSet(Path.Combine(knowledgeDirectory, "variant-words.txt")),
            shipPrefixes = new HashSet<string>(DataFile.ReadLines(Path.Combine(knowledgeDirectory, "ship-prefixes.txt")), StringComparer.Ordinal),
        };
        // The hand-kept words first; the field's words from SIPRI's descriptions (generated) where they say no more.
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in (ReadOnlySpan<string>)[TermsFile, DescriptionsFile])
            foreach (var row in DataFile.ReadTable(Path.Combine(knowledgeDirectory, file)))
            {
                var words = row[0].Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (!known.Add(string.Join(' ', words)))
                    continue;
                var term = new WeaponTerm(words, ParseCategory(row[1]), row[2] == "-" ? null : ParseKind(row[2]));
                if (!lexicon.termsByHead.TryGetValue(words[^1], out var list))
                    lexicon.termsByHead[words[^1]] = list = [];
                list.Add(term);
            }
        foreach (var list in lexicon.termsByHead.Values)
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));

        var systems = new List<WeaponSystem>();
        var names = new List<(string Name, bool NeedsContext, WeaponSystem System)>();
        foreach (var row in DataFile.ReadTable(Path.Combine(knowledgeDirectory, CatalogueFile)))
        {
            var origins = row[4] == "-" ? [] : row[4].Split('|');
            var system = new WeaponSystem(row[1], ParseCategory(row[2]), row[3] == "-" ? null : row[3])
            {
                Designation = row[0],
                Origins = origins,
                Maker = row[5] == "-" ? null : row[5],
                Deals = int.Parse(row[6], System.Globalization.CultureInfo.InvariantCulture),
                HandKept = row[7] == "hand",
            };
            systems.Add(system);
            foreach (var name in row[8].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                names.Add((name.TrimStart('~'), name.StartsWith('~'), system));
        }
        // Of two systems written alike, a hand-kept family wins, then the one SIPRI records most ("Typhoon": the fighter).
        foreach (var (name, needsContext, system) in names.OrderByDescending(n => n.System.HandKept).ThenByDescending(n => n.System.Deals))
            lexicon.designations.Add(name, system, needsContext);
        lexicon.Systems = systems;
        return lexicon;
    }

    /// <summary>Whether a word (singular or plural) stands for a transfer's equipment without naming it.</summary>
    public bool IsTradeWord(string word) => tradeWords.Contains(Normalise(word));

    /// <summary>Whether some generic term ends in this word: <see cref="TermEndingAt"/> finds none at a token that is not.</summary>
    public bool IsTermHead(string word) => termsByHead.ContainsKey(Normalise(word));

    /// <summary>The longest generic term ending at token <paramref name="head"/>: its first token index, or -1.</summary>
    public (int First, WeaponTerm? Term) TermEndingAt(ReadOnlySpan<Token> tokens, int head)
    {
        var headWord = Normalise(tokens[head].Text);
        if (!termsByHead.TryGetValue(headWord, out var candidates))
            return (-1, null);
        foreach (var term in candidates)
        {
            var first = MatchBackwards(tokens, head, term.Words);
            if (first >= 0)
                return (first, term);
        }
        return (-1, null);
    }

    /// <summary>Every catalogued name starting at token <paramref name="start"/>, longest first (see
    /// <see cref="DesignationMatcher{T}"/>); returns how many were written into <paramref name="found"/>.</summary>
    public int NamesAt(ReadOnlySpan<Token> tokens, int start, Span<DesignationMatcher<WeaponSystem>.Match> found) =>
        designations.MatchAt(tokens, start, found);

    /// <summary>A catalogued system starting at token <paramref name="start"/> whose name needs no context: how many
    /// tokens it covers (0 when none).</summary>
    public (int Length, WeaponSystem? System) SystemAt(ReadOnlySpan<Token> tokens, int start)
    {
        var buffer = new DesignationMatcher<WeaponSystem>.Matches();
        Span<DesignationMatcher<WeaponSystem>.Match> found = buffer;
        var count = designations.MatchAt(tokens, start, found);
        for (var k = 0; k < count; k++)
            if (!found[k].Pattern.NeedsContext)
                return (found[k].Last - start + 1, found[k].Pattern.Values[0]);
        return (0, null);
    }

    /// <summary>Whether a word introduces a variant number after a designation ("Block" in "F-16 Block 70").</summary>
    public bool IsVariantWord(string word) => variantWords.Contains(word);

    /// <summary>A variant written as one token after a designation: "MkII", "Mk.2", "Block-70".</summary>
    public bool IsVariantToken(string token)
    {
        var cut = 0;
        while (cut < token.Length && char.IsAsciiLetter(token[cut]))
            cut++;
        if (cut == 0 || cut == token.Length || !variantWords.Contains(token[..cut]))
            return false;
        var rest = token.AsSpan(cut).TrimStart(".-");
        return rest.Length is > 0 and <= 5 && (char.IsAsciiDigit(rest[0]) || rest.IndexOfAnyExcept("IVX") < 0);
    }

    /// <summary>Whether a word names a ship's navy before its name ("INS", "HMS", "USS").</summary>
    public bool IsShipPrefix(string word) => shipPrefixes.Contains(word);

    /// <summary>A designation the catalogue lacks, shaped like one ("Zircon-3M", "J-10C"): its family part, or null.</summary>
    public static string? UncataloguedDesignation(string token)
    {
        var match = DesignationShape().Match(token);
        return match.Success ? match.Groups["family"].Value : null;
    }

    private static int MatchBackwards(ReadOnlySpan<Token> tokens, int head, string[] words)
    {
        var position = head;
        for (var k = words.Length - 1; k >= 0; k--)
        {
            while (position >= 0 && tokens[position].Text == "-" && k < words.Length - 1)
                position--;
            if (position < 0)
                return -1;
            // "anti-ship cruise missile": a hyphenated token before the head stands for as many words of the term.
            var text = tokens[position].Text;
            if (k < words.Length - 1 && text.Length > 2 && text.Contains('-'))
            {
                var parts = text.ToLowerInvariant().Split('-', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length > k + 1)
                    return -1;
                for (var p = 0; p < parts.Length; p++)
                    if (parts[p] != words[k - parts.Length + 1 + p])
                        return -1;
                k -= parts.Length - 1;
                if (k > 0)
                    position--;
                continue;
            }
            var word = k == words.Length - 1 ? Normalise(tokens[position].Text) : tokens[position].Text.ToLowerInvariant();
            if (word != words[k] && Normalise(tokens[position].Text) != words[k])
                return -1;
            if (k > 0)
                position--;
        }
        return position;
    }

    /// <summary>Lower case and singular, for matching heads against the term list.</summary>
    public static string Normalise(string word)
    {
        var lower = word.ToLowerInvariant();
        if (lower.Length > 4 && lower.EndsWith("ies", StringComparison.Ordinal))
            return lower[..^3] + "y";
        if (lower.Length > 3 && (lower.EndsWith("sses", StringComparison.Ordinal) || lower.EndsWith("shes", StringComparison.Ordinal)
            || lower.EndsWith("ches", StringComparison.Ordinal) || lower.EndsWith("xes", StringComparison.Ordinal)))
            return lower[..^2];
        if (lower.Length > 3 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && lower != "arms")
            return lower[..^1];
        return lower;
    }

    public static WeaponCategory ParseCategory(string value) => JsonSerializer.Deserialize<WeaponCategory>($"\"{value}\"");

    public static TransferKind ParseKind(string value) => JsonSerializer.Deserialize<TransferKind>($"\"{value}\"");

    [GeneratedRegex(@"^(?<family>[A-Z][A-Za-z]{0,7}-\d+)[A-Za-z0-9/-]*$")]
    private static partial Regex DesignationShape();
}
