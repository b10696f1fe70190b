using System.Text.Json;
using ArmsWatch.Documents;

namespace ArmsWatch.Evaluation;

/// <summary>A gold claim of a <c>&lt;doc&gt;.json</c> file, as training reads it.</summary>
public sealed record GoldClaim(
    string? Supplier, string? Recipient, string Item, string? System, string Category, string Kind, string Stage,
    string Certainty, string Evidence, bool Optional);

/// <summary>A gold file: the document id and its claims (see ../shared/spec/claims.md).</summary>
public sealed record GoldDocument(string Doc, IReadOnlyList<GoldClaim> Claims)
{
    public static GoldDocument Read(string path)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            var claims = root.TryGetProperty("claims", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(c => new GoldClaim(
                    Text(c, "supplier"), Text(c, "recipient"), Text(c, "item") ?? "", Text(c, "system"),
                    Text(c, "category") ?? "unspecified", Text(c, "kind") ?? "sale", Text(c, "stage") ?? "agreement",
                    Text(c, "certainty") ?? "fact", Text(c, "evidence") ?? "",
                    c.TryGetProperty("optional", out var optional) && optional.ValueKind == JsonValueKind.True)).ToList()
                : [];
            return new GoldDocument(Text(root, "doc") ?? Path.GetFileNameWithoutExtension(path), claims);
        }
        catch (JsonException e)
        {
            throw new InputException(path, $"not a gold file: {e.Message}", e);
        }
    }

    /// <summary>Every <c>*.json</c> of a folder, by document id.</summary>
    public static Dictionary<string, GoldDocument> ReadFolder(string directory)
    {
        if (!Directory.Exists(directory))
            throw new InputException(directory, "gold folder not found");
        return Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(Read).ToDictionary(g => g.Doc, StringComparer.Ordinal);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value.ToString() : null;
}
