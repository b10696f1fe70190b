using System.Text.Json;
using System.Text.RegularExpressions;
using ArmsWatch.Documents;
using ArmsWatch.Reading;

namespace ArmsWatch.Tests.Knowledge;

/// <summary>How well the knowledge stage knows the systems a gold set names: of the gold claims whose evidence sentence
/// names a system, how many get a weapon span of the right family there, and how many of those an origin that is the
/// gold supplier where the article gives none other.</summary>
/// <remarks>
/// - A system is named in the sentence when the gold item has a digit or a capitalised word past the sentence's first
///   word ("Orbiter 1K drone", "the Iron Dome"), or the sentence spells the gold system; "the deal", "drones" standing
///   for a system named elsewhere are not counted.
/// - The right family: a weapon span in the sentence whose family, or a name of one of its family's designations, is
///   the gold system by the scorer's rule (one compact form a prefix or suffix of the other: "Su-30" / "Su-30MKI").
/// - The origin: the span's origin (or one of a joint programme's origins) is the gold supplier; a claim whose gold
///   supplier differs from the origin but is named in the article (a re-export, a second-hand sale, a licence holder
///   selling) is excused, since the article gives the supplier; a gold supplier that is no state is not counted.
/// </remarks>
public sealed class CatalogueCoverage
{
    public sealed record Miss(string Doc, string System, string? Supplier, string Found, string Evidence);

    public int Named { get; private set; }
    public int Recognised { get; private set; }
    public int OriginCounted { get; private set; }
    public int OriginMatched { get; private set; }
    public int OriginExcused { get; private set; }
    public List<Miss> FamilyMisses { get; } = [];
    public List<Miss> OriginMisses { get; } = [];
    public List<Miss> OriginExcuses { get; } = [];

    public double FamilyRate => Named == 0 ? 1 : (double)Recognised / Named;
    public double OriginRate => OriginCounted == 0 ? 1 : (double)OriginMatched / OriginCounted;

    public override string ToString() =>
        $"{Recognised}/{Named} systems named in gold recognised with the right family ({FamilyRate:P1}); origin = gold " +
        $"supplier for {OriginMatched}/{OriginCounted} ({OriginRate:P1}; {OriginExcused} excused: the article names another supplier; " +
        $"over all {OriginMatched}/{OriginCounted + OriginExcused}, {(double)OriginMatched / Math.Max(1, OriginCounted + OriginExcused):P1})";

    /// <summary>Measures one gold set: <paramref name="goldDirectory"/> holds <c>doc.json</c> files, <paramref name="articles"/>
    /// the texts (files, folders or JSON Lines) the pipeline reads.</summary>
    public static CatalogueCoverage Measure(ArmsWatchPipeline pipeline, string goldDirectory, IEnumerable<string> articles,
        IReadOnlyDictionary<string, HashSet<string>> familyNames)
    {
        var coverage = new CatalogueCoverage();
        var documents = new DocumentReader().Read(articles).Where(o => o.Document is not null)
            .ToDictionary(o => o.Document!.Id, o => o.Document!);
        foreach (var file in Directory.EnumerateFiles(goldDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(file));
            var doc = gold.RootElement.GetProperty("doc").GetString()!;
            if (!documents.TryGetValue(doc, out var source))
                continue;
            var analysed = pipeline.Analyze(source);
            // Words of parties' names and of generic equipment ("Chinese UCAVs", "APCs") name no system.
            var partyWords = analysed.Spans.Where(span => span.Kind != SpanKind.Weapon || span.Family is null)
                .SelectMany(span => Words(source.Text[span.Start..span.End])).Concat(Demonyms.Value).ToHashSet();
            var seen = new HashSet<(string, string)>();
            foreach (var claim in gold.RootElement.GetProperty("claims").EnumerateArray())
            {
                if (claim.GetProperty("system").GetString() is not { Length: > 0 } system)
                    continue;
                var evidence = claim.GetProperty("evidence").GetString() ?? "";
                var item = claim.GetProperty("item").GetString() ?? "";
                var supplier = claim.GetProperty("supplier").GetString();
                if (!NamesSystem(item, evidence, system, partyWords) || !seen.Add((evidence, system + "|" + supplier)))
                    continue;
                coverage.Count(doc, analysed, system, supplier, evidence, familyNames);
            }
        }
        return coverage;
    }

    private void Count(string doc, AnalyzedDocument analysed, string system, string? supplier, string evidence,
        IReadOnlyDictionary<string, HashSet<string>> familyNames)
    {
        Named++;
        var sentences = SentencesOf(analysed, evidence).ToList();
        var weapons = sentences
            .SelectMany(s => analysed.SpansIn(s, SpanKind.Weapon)).Where(span => span.Family is not null).ToList();
        var right = weapons.FirstOrDefault(span => SameFamily(system, span.Family!)
            || familyNames.TryGetValue(span.Family!, out var names) && names.Any(name => SameFamily(system, name)));
        if (right is null)
        {
            FamilyMisses.Add(new Miss(doc, system, supplier, sentences.Count == 0 ? "no sentence"
                : string.Join(", ", weapons.Select(w => $"{analysed.Source.Text[w.Start..w.End]} → {w.Family}")), evidence));
            return;
        }
        Recognised++;
        if (supplier is null || !Regex.IsMatch(supplier, "^[A-Z]{3}$"))
            return;
        var origins = right.Origins ?? (right.Origin is null ? [] : [right.Origin]);
        if (origins.Contains(supplier))
        {
            OriginCounted++;
            OriginMatched++;
        }
        else if (analysed.Spans.Any(span => span.State == supplier && span.Kind != SpanKind.Weapon))
        {
            OriginExcused++;
            OriginExcuses.Add(new Miss(doc, system, supplier, $"{right.Family}: {right.Origin ?? string.Join('|', origins)}", evidence));
        }
        else
        {
            OriginCounted++;
            OriginMisses.Add(new Miss(doc, system, supplier, $"{right.Family}: {right.Origin ?? "-"}", evidence));
        }
    }

    /// <summary>The document's sentences the evidence covers (the gold may join or split sentences differently).</summary>
    private static List<int> SentencesOf(AnalyzedDocument document, string evidence)
    {
        var wanted = Words(evidence);
        var best = -1;
        var bestOverlap = 0.0;
        var found = new List<int>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var words = Words(document.Sentences[s].Text);
            if (words.Count == 0)
                continue;
            // The scorer's overlap: shared words over the shorter's, so a headline the splitter joined to the next line counts.
            var overlap = (double)words.Count(wanted.Contains) / Math.Min(words.Count, wanted.Count);
            if (overlap >= 0.8 && words.Count >= 3)
                found.Add(s);
            if (overlap > bestOverlap)
                (best, bestOverlap) = (s, overlap);
        }
        return found.Count > 0 ? found : best >= 0 ? [best] : [];
    }

    /// <summary>The words of every state's demonyms ("Korean" of "South Korean"): they name a party, not a system.</summary>
    private static readonly Lazy<HashSet<string>> Demonyms = new(() => DataFile.ReadTable(
            Path.Combine(ShippedFiles.DataDirectory, "knowledge", "countries.tsv"))
        .SelectMany(row => row[2].Split('|')).SelectMany(Words).ToHashSet());

    private static HashSet<string> Words(string text) =>
        Regex.Matches(text.ToLowerInvariant(), @"[\p{L}\p{N}]+").Select(m => m.Value).ToHashSet();

    /// <summary>Whether the sentence names the gold system itself, not a word standing for it ("the deal", "drones",
    /// "Chinese-built tanks", "Sukhoi fighter jets"): the sentence spells the system, or the gold item has a word with a
    /// digit or a capitalised word that is not a party's name, outside a title-case headline.</summary>
    private static bool NamesSystem(string item, string evidence, string system, HashSet<string> partyWords)
    {
        var spelled = Compact(system);
        if (Compact(evidence).Contains(spelled)
            || Regex.Matches(evidence, @"[\w/-]+").Any(m => m.Value.Any(char.IsDigit) && m.Value.Any(char.IsLetter)
                && Compact(m.Value).Length >= 3 && SameFamily(m.Value, system)))
            return true;
        var sentenceWords = evidence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (sentenceWords.Count(w => char.IsUpper(w[0])) >= 0.6 * sentenceWords.Length)
            return false;
        var startsSentence = evidence.TrimStart(' ', '"', '“', '‘', '\'', '(').StartsWith(item, StringComparison.Ordinal);
        return item.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((word, k) => (word, k)).Any(w =>
            w.word.Any(char.IsDigit) && !Regex.IsMatch(w.word, @"^[\d.,]+(-\w+)?$")
            || char.IsUpper(w.word[0]) && !(w.k == 0 && startsSentence) && w.word != "The"
               && !Words(w.word.Split('-')[0]).Any(partyWords.Contains));
    }

    /// <summary>The scorer's rule for one family: one compact form is a prefix or suffix of the other.</summary>
    public static bool SameFamily(string a, string b)
    {
        var (x, y) = (Compact(a), Compact(b));
        return x.Length > 0 && y.Length > 0
            && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal)
                || x.EndsWith(y, StringComparison.Ordinal) || y.EndsWith(x, StringComparison.Ordinal));
    }

    private static string Compact(string text) => Regex.Replace(text.ToLowerInvariant().Replace("-", ""), "[^a-z0-9]", "");

    /// <summary>Every name of every designation of each family in the shipped catalogue.</summary>
    public static Dictionary<string, HashSet<string>> FamilyNames(string catalogue)
    {
        var names = new Dictionary<string, HashSet<string>>();
        foreach (var row in DataFile.ReadTable(catalogue))
        {
            if (!names.TryGetValue(row[1], out var set))
                names[row[1]] = set = [row[1]];
            set.Add(row[0]);
            foreach (var name in row[8].Split('|', StringSplitOptions.RemoveEmptyEntries))
                set.Add(name.TrimStart('~'));
        }
        return names;
    }
}
