using System.Runtime.CompilerServices;
using System.Text;

namespace ArmsWatch.Extraction;

/// <summary>The features a description adds, as keys (what the models weigh) and, for the features asked for, as names
/// (what explains a decision): a name is hashed from its pieces as it is written, and joined only when asked for.</summary>
/// <remarks>A feature of a group switched off is left out, its pieces not even evaluated.</remarks>
/// <param name="named">Which features (by their index among the keys) to name; none when null.</param>
public sealed class FeatureList(IReadOnlySet<string> disabledGroups, Predicate<int>? named = null)
{
    private readonly List<ulong> _keys = [];
    private readonly Dictionary<int, string>? _names = named is null ? null : [];
    private readonly StringBuilder? _name = named is null ? null : new StringBuilder();
    private readonly bool _allGroups = disabledGroups.Count == 0;

    /// <summary>The names of the features asked for, by their index among the keys.</summary>
    public IReadOnlyDictionary<int, string> Names => _names ?? [];

    public ulong[] Keys() => [.. _keys];

    public void Clear()
    {
        _keys.Clear();
        _names?.Clear();
    }

    /// <summary>Adds a feature outside any group ("bias").</summary>
    public void Add([InterpolatedStringHandlerArgument("")] ref FeatureText name) => Keep(ref name);

    /// <summary>Adds "group:name", unless the group is switched off.</summary>
    public void Add(string group, [InterpolatedStringHandlerArgument("", "group")] ref FeatureText name) => Keep(ref name);

    internal bool Accepts(string group) => _allGroups || !disabledGroups.Contains(group);

    /// <summary>Where the name of the feature being written goes, when it is asked for.</summary>
    internal StringBuilder? NameOfNext() => _name is not null && named!(_keys.Count) ? _name : null;

    private void Keep(ref FeatureText name)
    {
        if (!name.Enabled)
            return;
        if (name.Named)
        {
            _names![_keys.Count] = _name!.ToString();
            _name.Clear();
        }
        _keys.Add(name.Key);
    }
}
