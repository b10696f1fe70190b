using System.Data.Common;
using ArmsWatch.Documents;

namespace ArmsWatch.Register;

/// <summary>A WHERE clause built from a <see cref="ClaimFilter"/>, each condition with its value as a parameter. The
/// claim, tally and deal queries share it, each naming its own table's columns.</summary>
public sealed class FilterConditions(DbCommand command)
{
    private readonly List<string> conditions = [];

    public void Add(string condition) => conditions.Add(condition);

    public void Add(string condition, string name, object value)
    {
        conditions.Add(condition);
        ParameterisedCommand.Add(command, name, value);
    }

    /// <summary>The filter's parties, system and category over the columns of <paramref name="table"/> (its alias);
    /// <paramref name="systemCondition"/> compares the system with <c>@system</c>.</summary>
    public void AddWhat(ClaimFilter filter, string table, string systemCondition)
    {
        if (!string.IsNullOrWhiteSpace(filter.Supplier))
            Add($"{table}.supplier = @supplier", "supplier", filter.Supplier.Trim().ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(filter.Recipient))
            Add($"{table}.recipient = @recipient", "recipient", filter.Recipient.Trim().ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(filter.System))
            Add(systemCondition, "system", filter.System.Trim().ToLowerInvariant());
        if (filter.Category is { } category)
            Add($"{table}.category = @category", "category", VocabularyText<WeaponCategory>.Name(category));
    }

    /// <summary>The filter's stage and certainty over the columns of <paramref name="table"/>.</summary>
    public void AddStep(ClaimFilter filter, string table)
    {
        if (filter.Stage is { } stage)
            Add($"{table}.stage = @stage", "stage", VocabularyText<Stage>.Name(stage));
        if (filter.Certainty is { } certainty)
            Add($"{table}.certainty = @certainty", "certainty", VocabularyText<Certainty>.Name(certainty));
    }

    /// <summary>" WHERE …" with every condition, or nothing when there is none.</summary>
    public string Where => conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
}
