using System.IO.Compression;
using ArmsWatch.Documents;

namespace ArmsWatch.Analysis;

/// <summary>Brotli-compressed binary model files with a magic word and a format version.</summary>
public static class ModelFile
{
    public static void Write(string path, string magic, int version, Action<BinaryWriter> writeBody)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var brotli = new BrotliStream(file, CompressionLevel.Optimal);
        using var writer = new BinaryWriter(brotli);
        writer.Write(magic);
        writer.Write(version);
        writeBody(writer);
    }

    public static T Read<T>(string path, string magic, int version, Func<BinaryReader, T> readBody)
    {
        if (!File.Exists(path))
            throw new InputException(path, "model file not found (run `armswatch train` or check --models)");
        try
        {
            using var file = File.OpenRead(path);
            using var brotli = new BrotliStream(file, CompressionMode.Decompress);
            using var reader = new BinaryReader(new BufferedStream(brotli, 1 << 16));
            if (reader.ReadString() != magic)
                throw new InputException(path, $"not a {magic} model file");
            int found = reader.ReadInt32();
            if (found != version)
                throw new InputException(path, $"model format version {found}, this build reads version {version}");
            return readBody(reader);
        }
        catch (Exception e) when (e is EndOfStreamException or InvalidDataException or IOException)
        {
            throw new InputException(path, "model file is truncated or corrupt", e);
        }
    }
}
