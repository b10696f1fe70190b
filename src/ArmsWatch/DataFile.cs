namespace ArmsWatch;

/// <summary>Reads the plain-text data files the product ships: one entry per line, '#' starts a comment.</summary>
public static class DataFile
{
    /// <summary>The non-empty, non-comment lines of a file, trimmed.</summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        foreach (var raw in File.ReadLines(path))
        {
            // Trim spaces but not tabs: a table's last field may be empty.
            var line = raw.Trim(' ', '\r');
            if (line.Trim().Length > 0 && !line.StartsWith('#'))
                yield return line;
        }
    }

    /// <summary>The lines of a tab-separated file, split into fields; the first non-comment line is the header and is skipped.</summary>
    public static IEnumerable<string[]> ReadTable(string path) =>
        ReadLines(path).Skip(1).Select(line => line.Split('\t').Select(field => field.Trim()).ToArray());

    /// <summary>A case-insensitive set of the file's lines.</summary>
    public static HashSet<string> ReadSet(string path) =>
        new(ReadLines(path), StringComparer.OrdinalIgnoreCase);
}
