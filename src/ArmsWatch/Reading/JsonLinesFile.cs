namespace ArmsWatch.Reading;

/// <summary>One line of a JSON Lines file: its number from 1, and its text, or null when it was longer than the cap.</summary>
public readonly record struct JsonLine(int Number, string? Text);

/// <summary>
/// Reads a JSON Lines file one line at a time, so a file of any size is read in the memory of its longest record;
/// a line over the cap is skipped to its end and reported without its text.
/// </summary>
public static class JsonLinesFile
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>The lines of a UTF-8 stream (a BOM is skipped); each decoded as <see cref="TextDecoder"/> decodes a file.</summary>
    public static IEnumerable<JsonLine> Lines(Stream stream, long maxLineBytes)
    {
        var chunk = new byte[ChunkBytes];
        using var line = new MemoryStream();
        var number = 1;
        var over = false;
        var first = true;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            var start = 0;
            if (first && read >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF)
                start = 3;
            first = false;
            while (start < read)
            {
                var end = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                var stop = end < 0 ? read : end;
                if (!over && line.Length + (stop - start) > maxLineBytes)
                {
                    over = true;
                    line.SetLength(0);
                }
                if (!over)
                    line.Write(chunk, start, stop - start);
                if (end < 0)
                    break;
                yield return Finish(line, number++, over);
                over = false;
                start = end + 1;
            }
        }
        if (over || line.Length > 0)
            yield return Finish(line, number, over);
    }

    private static JsonLine Finish(MemoryStream line, int number, bool over)
    {
        var text = over ? null : TextDecoder.Decode(line.GetBuffer().AsSpan(0, (int)line.Length));
        line.SetLength(0);
        return new JsonLine(number, text);
    }
}
