using System.Runtime.CompilerServices;
using System.Text;

namespace ArmsWatch.Extraction;

/// <summary>The features a description adds, as keys (what the models weigh) and, when asked for, as names (what
/// explains a decision): a name is hashed from its pieces as it is written, never built unless asked for.</summary>
/// <remarks>A feature of a group switched off is left out, its pieces not even evaluated.</remarks>
public sealed class FeatureList(IReadOnlySet<string> disabledGroups, bool named)
{
    // Enough for a candidate's features without growing.
    private readonly List<ulong> _keys = new(64);
    private readonly bool _allGroups = disabledGroups.Count == 0;
    private readonly List<string> _names = [];

    internal StringBuilder? Name { get; } = named ? new StringBuilder() : null;

    /// <summary>The names, in the keys' order (only for a list made to name its features).</summary>
    public IReadOnlyList<string> Names => Name is null ? throw new InvalidOperationException("The features were not named.") : _names;

    public ulong[] Keys() => [.. _keys];

    public void Clear()
    {
        _keys.Clear();
        _names.Clear();
    }

    /// <summary>Adds a feature outside any group ("bias").</summary>
    public void Add([InterpolatedStringHandlerArgument("")] ref FeatureText name) => Keep(ref name);

    /// <summary>Adds "group:name", unless the group is switched off.</summary>
    public void Add(string group, [InterpolatedStringHandlerArgument("", "group")] ref FeatureText name) => Keep(ref name);

    internal bool Accepts(string group) => _allGroups || !disabledGroups.Contains(group);

    private void Keep(ref FeatureText name)
    {
        if (!name.Enabled)
            return;
        _keys.Add(name.Key);
        if (Name is not null)
        {
            _names.Add(Name.ToString());
            Name.Clear();
        }
    }
}
