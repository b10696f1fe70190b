namespace ArmsWatch.Reading;

/// <summary>One file a folder walk found: its path as reached from the folder, and its kind once links are followed.</summary>
/// <param name="Problem">Why the entry could not be looked into (an unreadable folder), or null.</param>
public readonly record struct FolderEntry(string Path, FileKind Kind, string? Problem = null);

/// <summary>
/// Lists the files under a folder, recursively, in ordinal path order. Each real folder is walked once (a set of real
/// paths), so symbolic-link cycles (<c>ln -s . a</c>) end and a folder linked twice is listed once; folders reached
/// through links are walked after the tree itself, so a file is listed under its own path when it has one.
/// </summary>
public static class FolderWalker
{
    public static List<FolderEntry> Files(string folder)
    {
        var rootReal = FileKinds.RealPath(folder) ?? Path.GetFullPath(folder);
        var walkedFolders = new HashSet<string>(StringComparer.Ordinal) { rootReal };
        var listedFiles = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<FolderEntry>();
        var folders = new Queue<(string Shown, string Real)>();
        var linkedFolders = new List<string>();
        folders.Enqueue((folder, rootReal));
        while (true)
        {
            while (folders.TryDequeue(out var current))
                WalkOne(current.Shown, current.Real, folders, linkedFolders, walkedFolders, listedFiles, files);
            if (linkedFolders.Count == 0)
                break;
            // Links last: by now every folder of the tree itself is known, so a link into it adds nothing.
            linkedFolders.Sort(StringComparer.Ordinal);
            foreach (var link in linkedFolders)
                if (FileKinds.RealPath(link) is { } real && walkedFolders.Add(real))
                    folders.Enqueue((link, real));
            linkedFolders.Clear();
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    private static void WalkOne(string shown, string real, Queue<(string, string)> folders, List<string> linkedFolders,
        HashSet<string> walkedFolders, HashSet<string> listedFiles, List<FolderEntry> files)
    {
        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(shown).GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            files.Add(new FolderEntry(shown, FileKind.Directory, $"cannot be listed ({e.Message})"));
            return;
        }
        // Plain entries before links, so a file linked from beside itself is listed under its own name.
        var ordered = entries.OrderBy(e => e.Attributes.HasFlag(FileAttributes.ReparsePoint)).ThenBy(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in ordered)
        {
            var path = Path.Join(shown, entry.Name);
            var isLink = entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
            var kind = FileKinds.Of(path);
            if (kind == FileKind.Directory)
            {
                if (isLink)
                    linkedFolders.Add(path);
                else if (walkedFolders.Add(Path.Join(real, entry.Name)))
                    folders.Enqueue((path, Path.Join(real, entry.Name)));
                continue;
            }
            var realFile = isLink ? FileKinds.RealPath(path) ?? path : Path.Join(real, entry.Name);
            if (listedFiles.Add(realFile))
                files.Add(new FolderEntry(path, kind));
        }
    }
}
