namespace ArmsWatch.Extraction;

/// <summary>What an article has said so far, as the decisions on a later sentence see it: the states it named, in
/// order, and the parties of the claims already read.</summary>
public sealed class DocumentMemory
{
    private readonly List<string> _recent = [];
    private readonly List<string> _suppliers = [];
    private readonly List<string> _recipients = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>States named before, most recent first, each once.</summary>
    public IReadOnlyList<string> RecentStates => _recent;

    public HashSet<string> HeadlineStates { get; } = new(StringComparer.Ordinal);

    public int CountOf(string value) => _counts.GetValueOrDefault(value);

    public void Named(string value, bool inHeadline)
    {
        _recent.Remove(value);
        _recent.Insert(0, value);
        _counts[value] = _counts.GetValueOrDefault(value) + 1;
        if (inHeadline)
            HeadlineStates.Add(value);
    }

    public void Claimed(string? supplier, string? recipient)
    {
        if (supplier is not null)
            _suppliers.Add(supplier);
        if (recipient is not null)
            _recipients.Add(recipient);
    }

    /// <summary>How many claims ago <paramref name="value"/> last supplied (0 = the latest claim's supplier); -1 never.</summary>
    public int SupplierRank(string value) => Rank(_suppliers, value);

    public int RecipientRank(string value) => Rank(_recipients, value);

    private static int Rank(List<string> values, string value)
    {
        var seen = new List<string>();
        for (var i = values.Count - 1; i >= 0; i--)
        {
            if (values[i] == value)
                return seen.Count;
            if (!seen.Contains(values[i]))
                seen.Add(values[i]);
        }
        return -1;
    }
}
