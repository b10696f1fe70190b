using System.Runtime.InteropServices;

namespace ArmsWatch.Reading;

/// <summary>What a path names once symbolic links are followed: only regular files are read, only folders are walked.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}

/// <summary>File types and real paths from the operating system, which .NET does not expose (a FIFO and a device look like plain files to it).</summary>
public static partial class FileKinds
{
    private const int AtCurrentDirectory = -100;
    private const uint StatxType = 0x1;
    private const int StatxModeOffset = 28;
    private const int StatxSize = 256;

    /// <summary>The kind of file a path names, following symbolic links; <see cref="FileKind.Missing"/> when it names nothing (or a link loop).</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsLinux())
            return OfLinux(path);
        // Elsewhere .NET's view is the best available: folders are told apart, special files are taken for plain ones.
        if (Directory.Exists(path))
            return FileKind.Directory;
        return File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>How a refusal names a kind of file.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        FileKind.Regular => "a regular file",
        _ => "missing",
    };

    /// <summary>The path with every symbolic link and "." or ".." resolved; null when it cannot be resolved.</summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
            return RealPathManaged(path);
        var resolved = RealPathNative(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
            return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    private static unsafe FileKind OfLinux(string path)
    {
        var buffer = stackalloc byte[StatxSize];
        if (Statx(AtCurrentDirectory, path, 0, StatxType, buffer) != 0)
            return FileKind.Missing;
        var mode = *(ushort*)(buffer + StatxModeOffset);
        return (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Missing,
        };
    }

    private static string? RealPathManaged(string path)
    {
        var info = new DirectoryInfo(Path.GetFullPath(path));
        return (info.ResolveLinkTarget(returnFinalTarget: true) ?? info).FullName;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr RealPathNative(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
