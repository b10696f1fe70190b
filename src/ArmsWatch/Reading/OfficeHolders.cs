using ArmsWatch.Documents;

using System.Text.RegularExpressions;

namespace ArmsWatch.Reading;

/// <summary>
/// Who held which office of which state when, loaded from <c>data/office-holders.tsv</c>;
/// dates texts by the officials they name, and lets later stages resolve an official to a state.
/// </summary>
public sealed partial class OfficeHolders
{
    public const string FileName = "office-holders.tsv";

    private readonly Dictionary<string, List<OfficeHolder>> _byName;
    private readonly Dictionary<string, List<OfficeHolder>> _bySurname;
    private readonly Dictionary<char, string[]> _namesByFirstChar;

    public OfficeHolders(IEnumerable<OfficeHolder> tenures, YearMonth? asOf = null)
    {
        All = tenures.ToList();
        // Without a stated date, the table is current to the latest month it names.
        AsOf = asOf ?? All.Select(t => t.End is { } end && end > t.Start ? end : t.Start).DefaultIfEmpty(new YearMonth(2000, 1)).Max();
        _byName = Index(All.SelectMany(t => t.Aliases.Prepend(t.Name).Select(name => (name, t))));
        _bySurname = Index(All.Select(t => (t.Surname, t)));
        // Longest names first, so "George H. W. Bush" wins over a shorter alias inside it. Grouped by first character:
        // a regex alternation over every name was a tenth of the whole pipeline's time.
        _namesByFirstChar = _byName.Keys.Where(n => n.Length > 0).OrderByDescending(n => n.Length)
            .GroupBy(n => n[0]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>
    /// The month the table is current to (its <c># as of YYYY-MM</c> line): open-ended tenures are known to last until
    /// then, and nothing later is known. Dates are bounded by it, never by the machine's clock, so a text is dated the
    /// same whenever it is read.
    /// </summary>
    public YearMonth AsOf { get; }

    /// <summary>Every tenure, in file order.</summary>
    public IReadOnlyList<OfficeHolder> All { get; }

    /// <summary>Every full name and alias, for spotting them in text.</summary>
    public IEnumerable<string> Names => _byName.Keys;

    /// <summary>The shipped table.</summary>
    public static OfficeHolders LoadShipped() => Load(ShippedFiles.Data(FileName));

    /// <summary>Loads a table with columns name, aliases (|-separated), state, role, start YYYY-MM, end YYYY-MM or empty.</summary>
    /// <exception cref="InputException">The file is missing or a row is malformed.</exception>
    public static OfficeHolders Load(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException(path, $"cannot read the office-holders table ({e.Message})", e);
        }
        var tenures = new List<OfficeHolder>();
        YearMonth? asOf = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (AsOfLine().Match(lines[i]) is { Success: true } stated)
                asOf = YearMonth.Parse(stated.Groups["month"].Value) ?? throw new InputException($"{path}:{i + 1}", "the 'as of' month is not YYYY-MM");
            // Line 1 is the header; '#' lines are comments.
            if (i == 0 || lines[i].Length == 0 || lines[i].StartsWith('#'))
                continue;
            tenures.Add(ParseRow(lines[i], $"{path}:{i + 1}"));
        }
        return new OfficeHolders(tenures, asOf);
    }

    /// <summary>Tenures of the person with this full name or alias (case-insensitive); empty when unknown.</summary>
    public IReadOnlyList<OfficeHolder> ByName(string name) =>
        _byName.TryGetValue(name.Trim(), out var found) ? found : [];

    /// <summary>Tenures of everyone with this surname; several people when it is ambiguous.</summary>
    public IReadOnlyList<OfficeHolder> BySurname(string surname) =>
        _bySurname.TryGetValue(surname.Trim(), out var found) ? found : [];

    /// <summary>
    /// Officials named in full (or by a listed alias) in a text; surnames alone are too ambiguous to count.
    /// The role written before the name ("Deputy Prime Minister Ilya Klebanov") narrows the tenures to that office.
    /// </summary>
    public IEnumerable<OfficeHolderMention> FindIn(string text)
    {
        for (var index = 0; index < text.Length; index++)
        {
            var name = NameAt(text, index);
            if (name is null)
                continue;
            var before = WordsBefore(text, index);
            var tenures = _byName[name];
            var titled = tenures.Where(t => HasRole(before, t.Role)).ToList();
            yield return new OfficeHolderMention(index, tenures[0].Name, titled.Count > 0 ? titled : tenures, FormerCue().IsMatch(before));
            index += name.Length - 1;
        }
    }

    /// <summary>
    /// Heads of government named by their administration ("the Biden administration", "the Obama Administration"): the
    /// surname stands for the president's or prime minister's tenures (both Bushes' for "the Bush administration").
    /// </summary>
    public IEnumerable<OfficeHolderMention> AdministrationsIn(string text)
    {
        foreach (Match match in Administration().Matches(text))
        {
            var heads = BySurname(match.Groups["surname"].Value).Where(t => t.Role is "president" or "prime minister").ToList();
            if (heads.Count == 0)
                continue;
            yield return new OfficeHolderMention(match.Index, match.Value, heads, FormerCue().IsMatch(WordsBefore(text, match.Index)));
        }
    }

    // The words just before a name in its clause, where its office and "former" are written.
    private static string WordsBefore(string text, int index)
    {
        var clause = DateMentions.ClauseBefore(text, index);
        return clause[Math.Max(0, clause.Length - 45)..];
    }

    /// <summary>The longest name written exactly (case-sensitive) at <paramref name="index"/> as whole words, or null.</summary>
    private string? NameAt(string text, int index)
    {
        if ((index > 0 && IsWordChar(text[index - 1])) || !_namesByFirstChar.TryGetValue(text[index], out var names))
            return null;
        var rest = text.AsSpan(index);
        foreach (var name in names)
        {
            if (rest.StartsWith(name, StringComparison.Ordinal) && (rest.Length == name.Length || !IsWordChar(rest[name.Length])))
                return name;
        }
        return null;
    }

    // What the regex class [\p{L}\p{N}] matches: a letter or number of any script, one UTF-16 unit at a time.
    private static bool IsWordChar(char c) => char.IsLetter(c) || char.IsNumber(c);

    // Every word of the office must be written before the name; "defense" and "defence" are one word.
    private static bool HasRole(string before, string role)
    {
        var context = RoleWords().Matches(before.ToLowerInvariant().Replace("defense", "defence")).Select(m => m.Value).ToHashSet();
        return RoleWords().Matches(role.Replace("defense", "defence")).All(word => word.Value is "of" or "the" || context.Contains(word.Value));
    }

    private static OfficeHolder ParseRow(string line, string origin)
    {
        var cells = line.Split('\t');
        if (cells.Length is < 5 or > 6)
            throw new InputException(origin, $"expected 6 tab-separated columns, found {cells.Length}");
        var start = YearMonth.Parse(cells[4]) ?? throw new InputException(origin, $"start '{cells[4]}' is not YYYY-MM");
        YearMonth? end = null;
        if (cells.Length == 6 && cells[5].Trim().Length > 0)
            end = YearMonth.Parse(cells[5]) ?? throw new InputException(origin, $"end '{cells[5]}' is not YYYY-MM");
        var aliases = cells[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new OfficeHolder(cells[0].Trim(), aliases, cells[2].Trim(), cells[3].Trim().ToLowerInvariant(), start, end);
    }

    private static Dictionary<string, List<OfficeHolder>> Index(IEnumerable<(string Key, OfficeHolder Tenure)> entries)
    {
        var index = new Dictionary<string, List<OfficeHolder>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, tenure) in entries)
        {
            if (!index.TryGetValue(key, out var list))
                index[key] = list = [];
            if (!list.Contains(tenure))
                list.Add(tenure);
        }
        return index;
    }

    [GeneratedRegex(@"[\p{L}-]+")]
    private static partial Regex RoleWords();

    // A capitalised surname right before "administration", not a hyphenated era ("Obama-era"); an agency ("Federal Aviation
    // Administration") names no head of government, so the lookup by surname drops it.
    [GeneratedRegex(@"(?<![\p{L}-])(?<surname>\p{Lu}[\p{Ll}'\u2019]+)\s+[Aa]dministration\b")]
    private static partial Regex Administration();

    [GeneratedRegex(@"^#\s*as of\s+(?<month>\d{4}-\d{2})\b")]
    private static partial Regex AsOfLine();

    // A past office holder: "former President", "then-Prime Minister", "his predecessor", "the late".
    [GeneratedRegex(@"\b(?:former\b|ex-|the late\b|then-|predecessor\b|previous\b|erstwhile\b|one-?time\b)[^;]{0,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex FormerCue();
}
