using System.Text.Json.Serialization;

namespace ArmsWatch.Extraction;

/// <summary>Who a speaker named only by a role word is ("the company said", "the minister told reporters", "the
/// statement said"): the last of this kind the article named (<c>data/extraction/speaker-roles.tsv</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SpeakerKind>))]
public enum SpeakerKind
{
    /// <summary>The last organisation or official body named.</summary>
    [JsonStringEnumMemberName("organisation")] Organisation,
    /// <summary>The last person named.</summary>
    [JsonStringEnumMemberName("person")] Person,
    /// <summary>A statement or release: the last source a sentence was attributed to.</summary>
    [JsonStringEnumMemberName("document")] Document,
    /// <summary>An armed service, a mission or a ministry ("the Indonesian Navy", "the Russian Embassy", "Taiwan's
    /// Ministry of National Defense"): named by the words the phrase gives it, else the last organisation named.</summary>
    [JsonStringEnumMemberName("service")] Service,
}
