using ArmsWatch.Documents;

namespace ArmsWatch.Knowledge;

/// <summary>An official of the shipped office-holders table: the state they speak for and their offices over time.</summary>
public sealed record Person(string Name, string State, IReadOnlyList<Tenure> Tenures)
{
    /// <summary>The office held at <paramref name="date"/>, or the nearest in time; the latest when the date is unknown.</summary>
    public string RoleAt(PublicationDate? date)
    {
        if (date is not { } known)
            return Tenures[^1].Role;
        var month = known.Year * 12 + (known.Month ?? 6);
        return Tenures.MinBy(t => month < t.Start ? t.Start - month : t.End is { } end && month > end ? month - end : 0)!.Role;
    }
}

/// <summary>One office held from month <see cref="Start"/> to <see cref="End"/> (year × 12 + month; null while in office).</summary>
public sealed record Tenure(string Role, int Start, int? End);
