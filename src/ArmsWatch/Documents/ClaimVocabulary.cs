using System.Text.Json.Serialization;

namespace ArmsWatch.Documents;

// The closed vocabularies of ../shared/spec/claims.md, spelled as the contract spells them in JSON.

/// <summary>How far a transfer has gone.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Stage>))]
public enum Stage
{
    [JsonStringEnumMemberName("request")] Request,
    [JsonStringEnumMemberName("offer")] Offer,
    [JsonStringEnumMemberName("negotiation")] Negotiation,
    [JsonStringEnumMemberName("agreement")] Agreement,
    [JsonStringEnumMemberName("delivery")] Delivery,
    [JsonStringEnumMemberName("cancellation")] Cancellation,
}

/// <summary>How sure the sentence is of the step it reports.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Certainty>))]
public enum Certainty
{
    [JsonStringEnumMemberName("fact")] Fact,
    [JsonStringEnumMemberName("planned")] Planned,
    [JsonStringEnumMemberName("possible")] Possible,
    [JsonStringEnumMemberName("unlikely")] Unlikely,
    [JsonStringEnumMemberName("denied")] Denied,
}

/// <summary>What sort of transfer it is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TransferKind>))]
public enum TransferKind
{
    [JsonStringEnumMemberName("sale")] Sale,
    [JsonStringEnumMemberName("licence")] Licence,
    [JsonStringEnumMemberName("upgrade")] Upgrade,
    [JsonStringEnumMemberName("parts")] Parts,
    [JsonStringEnumMemberName("aid")] Aid,
    [JsonStringEnumMemberName("lease")] Lease,
    [JsonStringEnumMemberName("training")] Training,
}

/// <summary>The kind of equipment.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WeaponCategory>))]
public enum WeaponCategory
{
    [JsonStringEnumMemberName("aircraft")] Aircraft,
    [JsonStringEnumMemberName("air-defence")] AirDefence,
    [JsonStringEnumMemberName("armoured-vehicles")] ArmouredVehicles,
    [JsonStringEnumMemberName("artillery")] Artillery,
    [JsonStringEnumMemberName("missiles")] Missiles,
    [JsonStringEnumMemberName("ships")] Ships,
    [JsonStringEnumMemberName("sensors")] Sensors,
    [JsonStringEnumMemberName("engines")] Engines,
    [JsonStringEnumMemberName("naval-weapons")] NavalWeapons,
    [JsonStringEnumMemberName("satellites")] Satellites,
    [JsonStringEnumMemberName("small-arms")] SmallArms,
    [JsonStringEnumMemberName("other")] Other,
    [JsonStringEnumMemberName("unspecified")] Unspecified,
}

/// <summary>Polarity as the contract defines it: a cancellation, or an unlikely/denied step, but not both.</summary>
public static class Polarity
{
    public static bool IsNegative(Stage stage, Certainty certainty) =>
        (stage == Stage.Cancellation) != (certainty is Certainty.Unlikely or Certainty.Denied);
}
