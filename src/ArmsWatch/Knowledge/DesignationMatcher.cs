using System.Globalization;
using System.Text;
using ArmsWatch.Documents;

namespace ArmsWatch.Knowledge;

/// <summary>Finds written names of weapon systems in tokens whatever their spacing, hyphenation and case: "Su-30MKI",
/// "Su 30 MKI", "SU-30 MKI" are one name. A trie over the names' letters and digits, walked across tokens.</summary>
/// <remarks>
/// A name matches where the text spells its letters and digits in order, with these limits:
/// - a token boundary may fall only where the name has a separator or changes between letters and digits ("Su 30",
///   not "Toron to"), and only between tokens at most one character apart;
/// - a capitalised word of the name ("Patriot", "Type") must be capitalised in the text; codes ("Su", "THAAD") need not;
/// - the token may go on after the name only with a variant ("S-300PMU-2", "Tor-M1", "F-16s"): after a digit, anything
///   but another digit ("Su-300" is not "Su-30"); after a letter, a separator, a plural "s", a capital or a digit.
/// Matching allocates nothing: it walks the trie with a dictionary lookup per character.
/// </remarks>
public sealed class DesignationMatcher<T>
{
    /// <summary>Names are at most this many letters and digits (a mask bit per position).</summary>
    public const int MaxLength = 64;

    private readonly Dictionary<long, int> edges = [];
    private readonly List<int[]?> terminals = [null];
    private readonly List<Pattern> patterns = [];

    /// <summary>One written name: where a token boundary may fall, which letters must be capitals, what it stands for.</summary>
    public sealed class Pattern(string text, ulong boundaries, ulong capitals, ulong capitalsIfJoined, bool endsInDigit, bool needsContext)
    {
        /// <summary>Capitals after a separator that the text must keep when it writes the name without it: "Tornado-S"
        /// may be "TornadoS", never "Tornados".</summary>
        public ulong CapitalsIfJoined { get; } = capitalsIfJoined;
        public string Text { get; } = text;
        /// <summary>A name written with a capital ("HAWK", "Tiger") is not the lower-case word ("hawk", "tiger").</summary>
        public bool HasCapital { get; } = text.Any(char.IsUpper);
        public ulong Boundaries { get; } = boundaries;
        public ulong Capitals { get; } = capitals;
        public bool EndsInDigit { get; } = endsInDigit;
        /// <summary>A name that is a system only with equipment words beside it ("K2 tanks", not "K2 in the Himalayas").</summary>
        public bool NeedsContext { get; } = needsContext;
        public List<T> Values { get; } = [];
    }

    /// <summary>A name found: its pattern, the last token it covers and how many letters and digits it spells.</summary>
    public readonly record struct Match(Pattern Pattern, int Last, int Length);

    /// <summary>Room for the names found at one token, on the stack.</summary>
    [System.Runtime.CompilerServices.InlineArray(16)]
    public struct Matches
    {
        private Match first;
    }

    /// <summary>Adds a written name for <paramref name="value"/>; the same name written again adds a value to it.</summary>
    public void Add(string name, T value, bool needsContext)
    {
        var (key, boundaries, capitals, capitalsIfJoined) = Describe(name);
        if (key.Length == 0 || key.Length > MaxLength)
            return;
        var node = 0;
        foreach (var c in key)
        {
            var edge = (long)node << 16 | c;
            if (!edges.TryGetValue(edge, out var child))
            {
                child = terminals.Count;
                terminals.Add(null);
                edges[edge] = child;
            }
            node = child;
        }
        var existing = terminals[node];
        Pattern? pattern = null;
        if (existing is not null)
            foreach (var index in existing)
                if (patterns[index].Text == name && patterns[index].NeedsContext == needsContext)
                    pattern = patterns[index];
        if (pattern is null)
        {
            pattern = new Pattern(name, boundaries, capitals, capitalsIfJoined, char.IsDigit(key[^1]), needsContext);
            patterns.Add(pattern);
            terminals[node] = existing is null ? [patterns.Count - 1] : [.. existing, patterns.Count - 1];
        }
        if (!pattern.Values.Contains(value))
            pattern.Values.Add(value);
    }

    /// <summary>Every name starting at token <paramref name="start"/>, longest first, written into
    /// <paramref name="found"/>; returns how many.</summary>
    public int MatchAt(ReadOnlySpan<Token> tokens, int start, Span<Match> found)
    {
        var count = 0;
        var node = 0;
        var length = 0;
        ulong crossed = 0;
        ulong separated = 0;
        // "a 1-2 kilogram charge" is not the A-1: a name spelled across tokens starts with a capital or a digit.
        var first = tokens[start].Text;
        var spelledLower = first.Length > 0 && char.IsLower(first[0]);
        Span<char> consumed = stackalloc char[MaxLength];
        for (var t = start; t < tokens.Length; t++)
        {
            var text = tokens[t].Text;
            if (t > start)
            {
                if (tokens[t].Start - tokens[t - 1].End > 1)
                    break;
                if (text is "-" or "/")
                    continue;
                if (spelledLower)
                    break;
                crossed |= 1UL << length;
                separated |= 1UL << length;
            }
            for (var j = 0; j < text.Length; j++)
            {
                var c = text[j];
                if (IsSeparator(c))
                {
                    if (length == 0)
                        return count;
                    if (length < MaxLength)
                        separated |= 1UL << length;
                    continue;
                }
                var folded = Fold(c);
                if (folded == '\0' || length == MaxLength || !edges.TryGetValue((long)node << 16 | folded, out node))
                    return Sorted(found, count);
                consumed[length++] = c;
                if (terminals[node] is { } ends)
                    foreach (var index in ends)
                    {
                        var pattern = patterns[index];
                        if (count < found.Length && Fits(pattern, consumed[..length], crossed, separated, text.AsSpan(j + 1)))
                            found[count++] = new Match(pattern, t, length);
                    }
            }
        }
        return Sorted(found, count);
    }

    /// <summary>Longest first; of names as long, the first added (the hand-kept, the most dealt) first.</summary>
    private static int Sorted(Span<Match> found, int count)
    {
        for (var i = 1; i < count; i++)
        {
            var match = found[i];
            var k = i - 1;
            while (k >= 0 && found[k].Length < match.Length)
            {
                found[k + 1] = found[k];
                k--;
            }
            found[k + 1] = match;
        }
        return count;
    }

    private static bool Fits(Pattern pattern, ReadOnlySpan<char> consumed, ulong crossed, ulong separated, ReadOnlySpan<char> rest)
    {
        if ((crossed & ~pattern.Boundaries) != 0)
            return false;
        for (var joined = pattern.CapitalsIfJoined & ~separated; joined != 0; joined &= joined - 1)
        {
            var position = System.Numerics.BitOperations.TrailingZeroCount(joined);
            if (position < consumed.Length && !char.IsUpper(consumed[position]))
                return false;
        }
        if (pattern.HasCapital && !HasCapitalOrDigit(consumed))
            return false;
        for (var capitals = pattern.Capitals; capitals != 0; capitals &= capitals - 1)
            if (!char.IsUpper(consumed[System.Numerics.BitOperations.TrailingZeroCount(capitals)]))
                return false;
        // A word that means something else too is taken as written, without a variant ("BADR-8" is not the Badr); a
        // short code takes one ("P-3K2", "F7M").
        if (pattern.NeedsContext && !pattern.EndsInDigit)
            return rest.IsEmpty || rest is "s" or "es" or "'s" or "’s" || IsClassSuffix(rest);
        if (rest.IsEmpty || IsSeparator(rest[0]))
            return true;
        if (pattern.EndsInDigit)
            return !char.IsDigit(rest[0]);
        // In capitals the word goes on: "TÜRKİYE" is not "TUR" and a variant.
        if (char.IsUpper(rest[0]) && char.IsUpper(consumed[^1]))
            return false;
        return rest is "s" or "es" || char.IsUpper(rest[0]) || char.IsDigit(rest[0]);
    }

    /// <summary>The letters and digits of a name, lower case, accents dropped, with where a token boundary may fall
    /// (before a separator's next character, or between a letter and a digit) and which letters must be capitals.</summary>
    private static (string Key, ulong Boundaries, ulong Capitals, ulong CapitalsIfJoined) Describe(string name)
    {
        var key = new StringBuilder();
        ulong boundaries = 0, capitals = 0, capitalsIfJoined = 0;
        var separated = false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var folded = Fold(c);
            if (folded == '\0')
            {
                separated = true;
                continue;
            }
            var position = key.Length;
            if (position > 0 && position < MaxLength)
            {
                var previous = key[^1];
                if (separated || char.IsDigit(previous) != char.IsDigit(folded))
                    boundaries |= 1UL << position;
                if (separated && char.IsUpper(c) && char.IsLetter(previous))
                    capitalsIfJoined |= 1UL << position;
            }
            // The first letter of a capitalised word ("Patriot", "Type", "MiG") must be a capital; codes and acronyms
            // ("Su", "THAAD") may be written in any case.
            if (position < MaxLength && char.IsUpper(c) && (position == 0 || separated || !char.IsLetter(name[i - 1]))
                && WordLength(name, i) >= 3 && HasLower(name, i))
                capitals |= 1UL << position;
            separated = false;
            key.Append(folded);
        }
        return (key.ToString(), boundaries, capitals, capitalsIfJoined);
    }

    private static int WordLength(string name, int start)
    {
        var end = start;
        while (end < name.Length && char.IsLetter(name[end]))
            end++;
        return end - start;
    }

    private static bool HasLower(string name, int start)
    {
        for (var i = start; i < name.Length && char.IsLetter(name[i]); i++)
            if (char.IsLower(name[i]))
                return true;
        return false;
    }

    private static bool HasCapitalOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsUpper(c) || char.IsDigit(c))
                return true;
        return false;
    }

    /// <summary>"Shahed-series", "Sovremenny-class": a name made an adjective of its class.</summary>
    private static bool IsClassSuffix(ReadOnlySpan<char> rest) =>
        rest.Equals("-class", StringComparison.OrdinalIgnoreCase) || rest.Equals("-series", StringComparison.OrdinalIgnoreCase)
        || rest.Equals("-type", StringComparison.OrdinalIgnoreCase);

    private static bool IsSeparator(char c) => c is '-' or '/' or '.' or '\'' or '’' or ' ' or '‑' or '–';

    /// <summary>A letter or digit as the trie stores it (lower case, no accent), or '\0' for anything else.</summary>
    private static char Fold(char c)
    {
        if (c < 128)
            return char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '\0';
        if (c == 'ı')
            return 'i';
        if (!char.IsLetterOrDigit(c))
            return '\0';
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var first = decomposed[0];
        return first < 128 && char.IsAsciiLetterOrDigit(first) ? char.ToLowerInvariant(first)
            : CharUnicodeInfo.GetUnicodeCategory(first) == UnicodeCategory.NonSpacingMark ? '\0' : char.ToLowerInvariant(first);
    }
}
