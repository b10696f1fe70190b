using System.Text.Json.Serialization;

namespace ArmsWatch.Documents;

/// <summary>A run of tokens in one sentence that a stage recognised as something (spaCy's <c>Span</c>): tokens
/// <see cref="First"/>..<see cref="Last"/> inclusive of sentence <see cref="Sentence"/>, characters
/// <see cref="Start"/>..<see cref="End"/> of the document text.</summary>
/// <remarks>The attributes a kind does not use stay null: a state span has <see cref="State"/>; a weapon span its
/// <see cref="Family"/>, <see cref="Designation"/>, <see cref="Category"/>, <see cref="Maker"/>, <see cref="Origin"/>
/// and <see cref="Origins"/>; a person their
/// <see cref="Name"/>, <see cref="Role"/> and <see cref="State"/>; a cue its <see cref="Label"/>
/// (a stage, a certainty); money its <see cref="Amount"/>, <see cref="Currency"/> and <see cref="ValueUsd"/>, a quantity its <see cref="Count"/>, a date its
/// <see cref="Year"/>.</remarks>
public sealed record Span(
    [property: JsonPropertyName("kind")] SpanKind Kind,
    [property: JsonPropertyName("sentence")] int Sentence,
    [property: JsonPropertyName("first")] int First,
    [property: JsonPropertyName("last")] int Last,
    [property: JsonPropertyName("start")] int Start,
    [property: JsonPropertyName("end")] int End)
{
    /// <summary>The canonical name: a state's or organisation's name, a person's full name, a family designation.</summary>
    [JsonPropertyName("name")] public string? Name { get; init; }

    /// <summary>The value a cue stands for ("agreement", "denied") or a more precise sub-kind ("demonym", "trade-word").</summary>
    [JsonPropertyName("label")] public string? Label { get; init; }

    /// <summary>The state (ISO 3166-1 alpha-3) this span stands for or belongs to.</summary>
    [JsonPropertyName("state")] public string? State { get; init; }

    /// <summary>A person's office ("Defence Minister").</summary>
    [JsonPropertyName("role")] public string? Role { get; init; }

    /// <summary>A weapon's family designation ("S-300"), null for generic equipment.</summary>
    [JsonPropertyName("family")] public string? Family { get; init; }

    [JsonPropertyName("category")] public WeaponCategory? Category { get; init; }

    /// <summary>The transfer kind a weapon term implies ("spare parts" → parts), when it implies one.</summary>
    [JsonPropertyName("transfer_kind")] public TransferKind? TransferKind { get; init; }

    /// <summary>The catalogued designation a weapon's name was read as ("Su-30MK" for "Su-30MKI"), when catalogued.</summary>
    [JsonPropertyName("designation")] public string? Designation { get; init; }

    /// <summary>The company that makes a catalogued system.</summary>
    [JsonPropertyName("maker")] public string? Maker { get; init; }

    /// <summary>The state a catalogued system comes from, the supplier when the article names none; null for a joint
    /// programme (Eurofighter), whose supplier the article must give.</summary>
    [JsonPropertyName("origin")] public string? Origin { get; init; }

    /// <summary>Every state a catalogued system comes from: its origin, or the partners of a joint programme.</summary>
    [JsonPropertyName("origins")] public string[]? Origins { get; init; }

    /// <summary>A sum's amount, in its <see cref="Currency"/>.</summary>
    [JsonPropertyName("amount")] public decimal? Amount { get; init; }

    /// <summary>A sum's currency (ISO 4217: "USD", "EUR", "INR").</summary>
    [JsonPropertyName("currency")] public string? Currency { get; init; }

    /// <summary>A sum's value in US dollars, when it is stated in dollars.</summary>
    [JsonPropertyName("value_usd")] public decimal? ValueUsd => Currency == Dollars ? Amount : null;

    /// <summary>The currency code of the contract's <c>value_usd</c>.</summary>
    public const string Dollars = "USD";

    /// <summary>How many a quantity counts.</summary>
    [JsonPropertyName("count")] public int? Count { get; init; }

    /// <summary>The year a date names (reckoned from the article's date when the label is "relative").</summary>
    [JsonPropertyName("year")] public int? Year { get; init; }

    /// <summary>Whether this weapon span only stands for equipment ("the deal", "the rest"), not naming it.</summary>
    [JsonIgnore]
    public bool StandsIn => Kind == SpanKind.Weapon && Label is SpanLabel.TradeWord or SpanLabel.StandIn;

    /// <summary>The stage a stage cue tells ("delivery:training" → delivery); null for any other span.</summary>
    [JsonIgnore]
    public Stage? CueStage => Kind == SpanKind.StageCue && Label is { } label
                              && VocabularyText<Stage>.TryParse(label.IndexOf(':') is var colon and >= 0 ? label[..colon] : label, out var stage)
        ? stage
        : null;

    /// <summary>The kind of transfer a stage cue implies ("delivery:aid" → aid); null for a cue that implies none and for
    /// any other span.</summary>
    [JsonIgnore]
    public TransferKind? CueKind => Kind == SpanKind.StageCue && Label is { } label && label.IndexOf(':') is var colon and >= 0
                                    && VocabularyText<TransferKind>.TryParse(label[(colon + 1)..], out var kind)
        ? kind
        : null;

    /// <summary>The certainty a certainty or negation cue tells ("unlikely", "denied"); null for any other span.</summary>
    [JsonIgnore]
    public Certainty? CueCertainty => Kind is SpanKind.CertaintyCue or SpanKind.NegationCue && Label is { } label
                                      && VocabularyText<Certainty>.TryParse(label, out var certainty) ? certainty : null;

    /// <summary>Whether the span covers token <paramref name="index"/> of its sentence.</summary>
    public bool Covers(int index) => First <= index && index <= Last;
}
