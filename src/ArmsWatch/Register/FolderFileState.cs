namespace ArmsWatch.Register;

/// <summary>A watched folder's file as it was when ingested: a file with another size or time is read again.</summary>
public sealed record FolderFileState(string Path, long Size, DateTimeOffset ModifiedAt);
