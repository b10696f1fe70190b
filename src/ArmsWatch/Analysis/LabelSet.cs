namespace ArmsWatch.Analysis;

/// <summary>A fixed list of strings (tags, relations) and their integer ids, in first-seen order.</summary>
public sealed class LabelSet
{
    private readonly string[] _names;
    private readonly Dictionary<string, int> _ids;

    public LabelSet(IEnumerable<string> names)
    {
        _names = names.Distinct().ToArray();
        _ids = new Dictionary<string, int>(_names.Length);
        for (int i = 0; i < _names.Length; i++)
            _ids[_names[i]] = i;
    }

    public int Count => _names.Length;

    public string this[int id] => _names[id];

    /// <summary>The id of <paramref name="name"/>, or -1 if it is not in the set.</summary>
    public int IdOf(string name) => _ids.TryGetValue(name, out int id) ? id : -1;

    public void Write(BinaryWriter writer)
    {
        writer.Write(_names.Length);
        foreach (var name in _names)
            writer.Write(name);
    }

    public static LabelSet Read(BinaryReader reader)
    {
        var names = new string[reader.ReadInt32()];
        for (int i = 0; i < names.Length; i++)
            names[i] = string.Intern(reader.ReadString());
        return new LabelSet(names);
    }
}
