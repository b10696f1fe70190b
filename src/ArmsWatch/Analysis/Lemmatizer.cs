using System.Collections.Frozen;
using System.Globalization;

namespace ArmsWatch.Analysis;

/// <summary>Gives every word its lemma from its form and Penn tag ("deliveries"/NNS → "delivery", "pausing"/VBG →
/// "pause", "wo"/MD → "will"), learned from a treebank's LEMMA column.</summary>
/// <remarks>
/// Lookup, then rules, all learned: (1) a form seen in training with this tag takes its most frequent lemma;
/// (2) the same form in any casing with this tag takes that lemma: lowercase when training wrote it so ("Telephone"
/// → "telephone"); else a capitalised form keeps its own spelling ("Iranian" stays) and a lowercase or all-capitals
/// one takes training's ("mexico", "TEHRAN" → "Mexico", "Tehran"), as EWT spells a name's lemma as the name is
/// usually written; (3) a form seen only with another tag of the same word class (VBN for VBD, NNS for NNPS) takes
/// that lemma; (4) an unseen proper noun (NNP) is its own lemma, as UD English has it; (4b) an unseen form of an irregular
/// verb takes its base, when one is given (<see cref="WithIrregularVerbs"/>); (5) any other unseen word
/// takes the most frequent suffix edit of the longest ending (up to <see cref="MaxSuffix"/> letters) seen with its
/// tag ("-ies" → "-y"), cased as training words of the same tag and shape were. Numbers written with digits drop
/// their thousands separators, as UD English writes them.
/// </remarks>
public sealed class Lemmatizer
{
    private const string Magic = "ArmsWatch.Lemmatizer";
    private const int FormatVersion = 3;
    private const string ProperNoun = "NNP";

    /// <summary>The longest word ending a suffix edit is learned for.</summary>
    public const int MaxSuffix = 6;

    private readonly FrozenDictionary<string, string> _exact;
    private readonly FrozenDictionary<string, string> _folded;
    private readonly FrozenDictionary<string, string> _byClass;
    private readonly FrozenDictionary<string, SuffixEdit> _suffixes;
    private readonly FrozenDictionary<string, bool> _keepsCase;
    private readonly IrregularVerbs? _irregularVerbs;

    private Lemmatizer(
        IDictionary<string, string> exact, IDictionary<string, string> folded, IDictionary<string, string> byClass,
        IDictionary<string, SuffixEdit> suffixes, IDictionary<string, bool> keepsCase)
    {
        _exact = exact.ToFrozenDictionary(StringComparer.Ordinal);
        _folded = folded.ToFrozenDictionary(StringComparer.Ordinal);
        _byClass = byClass.ToFrozenDictionary(StringComparer.Ordinal);
        _suffixes = suffixes.ToFrozenDictionary(StringComparer.Ordinal);
        _keepsCase = keepsCase.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>This lemmatizer, giving unseen forms of irregular verbs their base (step 4b of the remarks).</summary>
    public Lemmatizer WithIrregularVerbs(IrregularVerbs verbs) => new(this, verbs);

    private Lemmatizer(Lemmatizer learned, IrregularVerbs verbs)
    {
        (_exact, _folded, _byClass, _suffixes, _keepsCase) = (learned._exact, learned._folded, learned._byClass, learned._suffixes, learned._keepsCase);
        _irregularVerbs = verbs;
    }

    /// <summary>Whether training saw the lower-case form with one of the Penn tags, in any casing.</summary>
    public bool Saw(string lowerForm, params ReadOnlySpan<string> xpos)
    {
        foreach (var tag in xpos)
            if (_folded.ContainsKey(Key(tag, lowerForm)))
                return true;
        return false;
    }

    /// <summary>The lemma of <paramref name="form"/> read with Penn tag <paramref name="xpos"/>.</summary>
    /// <remarks>Keys are built in a stack buffer and looked up as spans, so a known word costs no allocation.</remarks>
    public string Lemma(string form, string xpos)
    {
        if (form.Length > 64)
            return form;
        Span<char> key = stackalloc char[xpos.Length + 1 + form.Length];
        xpos.AsSpan().CopyTo(key);
        key[xpos.Length] = '\t';
        var word = key[(xpos.Length + 1)..];
        form.AsSpan().CopyTo(word);
        if (_exact.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var seen))
            return seen;
        if (xpos == "CD" && form.Any(char.IsAsciiDigit))
            return form.Replace(",", "", StringComparison.Ordinal);
        form.AsSpan().ToLowerInvariant(word);
        if (_folded.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var spelled))
            return SpellLike(form, spelled);
        var lower = word.ToString();
        if (_byClass.TryGetValue(ClassKey(xpos, lower), out var classLemma))
            return _keepsCase.GetValueOrDefault(Key(xpos, Shape(form))) ? Recase(form, classLemma) : classLemma;
        if (xpos == ProperNoun)
            return form;
        if (_irregularVerbs?.BaseOf(lower, xpos.StartsWith('V')) is { } verb)
            return verb;
        var lemma = lower;
        var suffixes = _suffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> suffixKey = stackalloc char[xpos.Length + 1 + MaxSuffix];
        key[..(xpos.Length + 1)].CopyTo(suffixKey);
        for (var n = Math.Min(MaxSuffix, lower.Length); n >= 0; n--)
        {
            lower.AsSpan(lower.Length - n).CopyTo(suffixKey[(xpos.Length + 1)..]);
            if (!suffixes.TryGetValue(suffixKey[..(xpos.Length + 1 + n)], out var edit) || edit.Strip > lower.Length)
                continue;
            lemma = string.Concat(lower.AsSpan(0, lower.Length - edit.Strip), edit.Append);
            break;
        }
        return _keepsCase.GetValueOrDefault(Key(xpos, Shape(form))) ? Recase(form, lemma) : lemma;
    }

    /// <summary>Learns from (form, tag, lemma) triples; deterministic: ties go to the ordinally first answer.</summary>
    public static Lemmatizer Train(IEnumerable<(string Form, string Xpos, string Lemma)> words)
    {
        var exact = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var folded = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var byClass = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var suffixes = new Dictionary<string, Dictionary<SuffixEdit, int>>(StringComparer.Ordinal);
        var keepsCase = new Dictionary<string, Dictionary<bool, int>>(StringComparer.Ordinal);
        foreach (var (form, xpos, lemma) in words)
        {
            if (lemma == "_" || form.Length == 0)
                continue;
            var lower = form.ToLowerInvariant();
            var lowerLemma = lemma.ToLowerInvariant();
            var keeps = lemma != lowerLemma;
            Count(exact, Key(xpos, form), lemma);
            Count(folded, Key(xpos, lower), lemma);
            Count(byClass, ClassKey(xpos, lower), lowerLemma);
            Count(keepsCase, Key(xpos, Shape(form)), keeps);
            var edit = SuffixEdit.Between(lower, lowerLemma);
            for (var n = 0; n <= Math.Min(MaxSuffix, lower.Length); n++)
                Count(suffixes, Key(xpos, lower[^n..]), edit);
        }
        return new Lemmatizer(Best(exact, string.CompareOrdinal), Best(folded, string.CompareOrdinal), Best(byClass, string.CompareOrdinal),
            Best(suffixes, SuffixEdit.Compare), Best(keepsCase, (a, b) => a.CompareTo(b)));
    }

    public void Save(string path) => ModelFile.Write(path, Magic, FormatVersion, writer =>
    {
        WriteTable(writer, _exact, (w, lemma) => w.Write(lemma));
        WriteTable(writer, _folded, (w, lemma) => w.Write(lemma));
        WriteTable(writer, _byClass, (w, lemma) => w.Write(lemma));
        WriteTable(writer, _suffixes, (w, edit) => { w.Write(edit.Strip); w.Write(edit.Append); });
        WriteTable(writer, _keepsCase, (w, keeps) => w.Write(keeps));
    });

    public static Lemmatizer Load(string path) => ModelFile.Read(path, Magic, FormatVersion, reader => new Lemmatizer(
        ReadTable(reader, r => r.ReadString()),
        ReadTable(reader, r => r.ReadString()),
        ReadTable(reader, r => r.ReadString()),
        ReadTable(reader, r => new SuffixEdit(r.ReadInt32(), r.ReadString())),
        ReadTable(reader, r => r.ReadBoolean())));

    private static string Key(string xpos, string text) => string.Concat(xpos, "\t", text);

    /// <summary>The key of a word in its word class: the Penn tag's first letter (VBD, VBN → V; NN, NNPS → N).</summary>
    private static string ClassKey(string xpos, string lower) => string.Concat(xpos.AsSpan(0, Math.Min(1, xpos.Length)), "\t", lower);

    /// <summary>How a word is capitalised: all capitals, an initial capital, or none.</summary>
    private static string Shape(string form) =>
        form.Length > 1 && form.All(c => !char.IsLower(c)) && form.Any(char.IsUpper) ? "AA"
        : char.IsUpper(form[0]) ? "Aa" : "aa";

    /// <summary>A lemma training wrote as <paramref name="spelled"/>, for this spelling of the word.</summary>
    /// <remarks>A capital in training's lemma marks a name or a word of one (a nationality): a capitalised form then keeps
    /// its own spelling ("McDonald" and "Mcdonald" are both written), while a form that is all lowercase or all capitals
    /// says nothing of how the name is spelled, so it takes training's spelling.</remarks>
    private static string SpellLike(string form, string spelled)
    {
        var lower = spelled.ToLowerInvariant();
        if (lower == spelled)
            return spelled;
        return Shape(form) == "Aa" ? Recase(form, lower) : spelled;
    }

    /// <summary>The lemma with the form's capitals where the two spell the same letter.</summary>
    private static string Recase(string form, string lowerLemma) => string.Create(lowerLemma.Length, (form, lowerLemma), static (span, state) =>
    {
        var (form, lemma) = state;
        for (var i = 0; i < lemma.Length; i++)
            span[i] = i < form.Length && char.ToLowerInvariant(form[i]) == lemma[i] ? form[i] : lemma[i];
    });

    private static void Count<T>(Dictionary<string, Dictionary<T, int>> table, string key, T value) where T : notnull
    {
        if (!table.TryGetValue(key, out var counts))
            table[key] = counts = [];
        counts[value] = counts.GetValueOrDefault(value) + 1;
    }

    private static Dictionary<string, T> Best<T>(Dictionary<string, Dictionary<T, int>> table, Comparison<T> tieBreak) where T : notnull =>
        table.ToDictionary(entry => entry.Key, entry => entry.Value
            .OrderByDescending(answer => answer.Value).ThenBy(answer => answer.Key, Comparer<T>.Create(tieBreak)).First().Key,
            StringComparer.Ordinal);

    private static void WriteTable<T>(BinaryWriter writer, FrozenDictionary<string, T> table, Action<BinaryWriter, T> writeValue)
    {
        writer.Write(table.Count);
        foreach (var key in table.Keys.Order(StringComparer.Ordinal))
        {
            writer.Write(key);
            writeValue(writer, table[key]);
        }
    }

    private static Dictionary<string, T> ReadTable<T>(BinaryReader reader, Func<BinaryReader, T> readValue)
    {
        var count = reader.ReadInt32();
        var table = new Dictionary<string, T>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
            table[reader.ReadString()] = readValue(reader);
        return table;
    }

    /// <summary>Turns a word into its lemma: drop <see cref="Strip"/> letters from its end, then add <see cref="Append"/>.</summary>
    private readonly record struct SuffixEdit(int Strip, string Append)
    {
        public static SuffixEdit Between(string word, string lemma)
        {
            var common = 0;
            while (common < Math.Min(word.Length, lemma.Length) && word[common] == lemma[common])
                common++;
            return new SuffixEdit(word.Length - common, lemma[common..]);
        }

        public static int Compare(SuffixEdit a, SuffixEdit b) =>
            a.Strip != b.Strip ? a.Strip.CompareTo(b.Strip) : string.CompareOrdinal(a.Append, b.Append);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"Lemmatizer({_exact.Count} forms, {_folded.Count} folded forms, {_byClass.Count} forms by word class, {_suffixes.Count} suffix edits)");
}
