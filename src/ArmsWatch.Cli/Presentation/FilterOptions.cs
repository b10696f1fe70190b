using System.CommandLine;
using ArmsWatch.Register;
using ArmsWatch.Documents;

namespace ArmsWatch.Cli.Presentation;

/// <summary>The filters <c>claims</c>, <c>deals</c> and <c>export</c> share, read into a <see cref="ClaimFilter"/> (state names read as codes).</summary>
public sealed class FilterOptions
{
    private readonly Option<string?> supplier = new("--supplier") { Description = "Supplier state: its name (Russia, \"United States\", US) or code (RUS), any case; or a non-state actor's name." };
    private readonly Option<string?> recipient = new("--recipient") { Description = "Recipient state: its name (Iran) or code (IRN), any case; or a non-state actor's name." };
    private readonly Option<string?> system = new("--system") { Description = "System family, as the contract writes it (S-300, MiG-29, Kilo); case does not matter." };
    private readonly Option<string?> category = Choice("--category", "Equipment category", VocabularyText<WeaponCategory>.All);
    private readonly Option<string?> stage = Choice("--stage", "Stage of the transfer", VocabularyText<Stage>.All);
    private readonly Option<string?> certainty = Choice("--certainty", "Certainty of the statement", VocabularyText<Certainty>.All);
    private readonly Option<int?> fromYear = new("--from-year") { Description = "Earliest year (the claim's, else its article's publication year)." };
    private readonly Option<int?> toYear = new("--to-year") { Description = "Latest year (the claim's, else its article's publication year)." };
    private readonly Option<string?> text = new("--text") { Description = "Words that must all occur in the evidence sentence (full-text search, any word form)." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { supplier, recipient, system, category, stage, certainty, fromYear, toYear, text })
            command.Options.Add(option);
    }

    public ClaimFilter Read(ParseResult parse) => new()
    {
        Supplier = StateNames.Default.Resolve(parse.GetValue(supplier)),
        Recipient = StateNames.Default.Resolve(parse.GetValue(recipient)),
        System = parse.GetValue(system),
        Category = parse.GetValue(category) is { } categoryName ? VocabularyText<WeaponCategory>.Parse(categoryName) : null,
        Stage = parse.GetValue(stage) is { } stageName ? VocabularyText<Stage>.Parse(stageName) : null,
        Certainty = parse.GetValue(certainty) is { } certaintyName ? VocabularyText<Certainty>.Parse(certaintyName) : null,
        FromYear = parse.GetValue(fromYear),
        ToYear = parse.GetValue(toYear),
        Text = parse.GetValue(text),
    };

    private static Option<string?> Choice(string name, string description, IEnumerable<string> values)
    {
        // The values go in the description, where help wraps them, not beside the name, where they would push every description aside.
        var option = new Option<string?>(name) { Description = $"{description}: {string.Join(", ", values)}.", HelpName = name.TrimStart('-') };
        option.AcceptOnlyFromAmong([.. values]);
        return option;
    }
}
