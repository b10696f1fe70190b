using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArmsWatch.Documents;

/// <summary>Writes a <see cref="PublicationDate"/> as the contract does ("2001", "2001-03", "2001-03-14") and reads any
/// form <see cref="PublicationDate.Parse"/> reads.</summary>
public sealed class PublicationDateJson : JsonConverter<PublicationDate>
{
    public override PublicationDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && PublicationDate.Parse(reader.GetString()) is { } date
            ? date
            : throw new JsonException("expected a date written YYYY, YYYY-MM or YYYY-MM-DD");

    public override void Write(Utf8JsonWriter writer, PublicationDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
