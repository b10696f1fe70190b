using System.Text.RegularExpressions;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>
/// The stage a figure (a quantity, a value) is reported at, as a deal shows it: request, offer, negotiation, framework,
/// contract, delivery or cancellation. A framework's ceiling, a contract's order and a delivered batch are different
/// figures of one deal, not a disagreement.
/// </summary>
public sealed class FigureBasis
{
    public const string Framework = "framework";
    public const string Contract = "contract";

    /// <summary>A figure stated once for several programmes of a sentence, shown on each (see <see cref="ArticleProgramme.Shared"/>).</summary>
    public const string Package = "package";

    /// <summary>A sum a mention's sentence states that no claim carries as a value (see <see cref="StatedSums"/>).</summary>
    public const string Stated = "stated";

    private readonly Regex cues;

    public FigureBasis(IEnumerable<string> frameworkCues) =>
        cues = new Regex(@"\b(?:" + string.Join('|', frameworkCues.Select(Regex.Escape)) + @")\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>The cues shipped in <c>data/register/framework-cues.txt</c>, loaded once.</summary>
    public static FigureBasis Shipped => LazyShipped.Value;

    private static readonly Lazy<FigureBasis> LazyShipped =
        new(() => new FigureBasis(DataFile.ReadLines(Path.Combine(ShippedFiles.DataDirectory, "register", "framework-cues.txt"))));

    /// <param name="evidence">The sentence the claim stands on.</param>
    /// <param name="itemOffset">Where the item starts in it: only words before the item qualify its figures.</param>
    public string Of(Stage stage, string evidence, int itemOffset) => stage switch
    {
        Stage.Agreement => cues.IsMatch(evidence.AsSpan(0, Math.Clamp(itemOffset, 0, evidence.Length))) ? Framework : Contract,
        _ => VocabularyText<Stage>.Name(stage),
    };
}
