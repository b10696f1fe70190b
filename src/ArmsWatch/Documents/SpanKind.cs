using System.Text.Json.Serialization;

namespace ArmsWatch.Documents;

/// <summary>What a span of a document stands for; the knowledge and cue stages add them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SpanKind>))]
public enum SpanKind
{
    /// <summary>A state by its name, demonym or seat of government ("Russia", "Iranian", "the Kremlin").</summary>
    [JsonStringEnumMemberName("state")] State,
    /// <summary>A firm, agency, ministry or armed service that stands for a state ("Rosoboronexport").</summary>
    [JsonStringEnumMemberName("organisation")] Organisation,
    /// <summary>A news outlet: a source, never a party.</summary>
    [JsonStringEnumMemberName("outlet")] Outlet,
    /// <summary>An international body ("the UN", "the EU").</summary>
    [JsonStringEnumMemberName("body")] Body,
    /// <summary>A non-state armed group ("Hezbollah").</summary>
    [JsonStringEnumMemberName("group")] Group,
    /// <summary>A person, with their role and state when known.</summary>
    [JsonStringEnumMemberName("person")] Person,
    /// <summary>Equipment: a catalogued system, a generic term, or a word standing for a transfer's equipment.</summary>
    [JsonStringEnumMemberName("weapon")] Weapon,
    /// <summary>A word or phrase that tells a transfer's stage ("signed a contract", "delivered").</summary>
    [JsonStringEnumMemberName("stage-cue")] StageCue,
    /// <summary>A word or phrase that hedges or plans ("reportedly", "will", "may").</summary>
    [JsonStringEnumMemberName("certainty-cue")] CertaintyCue,
    /// <summary>A word or phrase that negates or stops ("not", "refused to", "put on hold").</summary>
    [JsonStringEnumMemberName("negation-cue")] NegationCue,
    /// <summary>A sum of money with its amount and currency, and its value in US dollars when stated in dollars ("$4.5 billion", "€450 million").</summary>
    [JsonStringEnumMemberName("money")] Money,
    /// <summary>A number counting something ("36 jets", "three frigates").</summary>
    [JsonStringEnumMemberName("quantity")] Quantity,
    /// <summary>A time expression that names a year ("in 2018", "July 22, 2021", "last year").</summary>
    [JsonStringEnumMemberName("date")] Date,
}
