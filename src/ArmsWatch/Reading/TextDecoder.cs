using System.Text;

namespace ArmsWatch.Reading;

/// <summary>Turns the bytes of a text file into a string: BOM-aware, UTF-8 first, Windows-1252 when the bytes are not UTF-8.</summary>
public static class TextDecoder
{
    // Old news archives are full of Windows-1252 files (smart quotes as 0x93/0x94); .NET Core only ships it via this provider.
    private static readonly Encoding Windows1252 = CreateWindows1252();

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Above this share of control characters the file is not prose; real texts have almost none besides line breaks and tabs.
    private const double MaxControlShare = 0.05;

    /// <summary>Decodes the bytes and normalises line endings to \n; the text is otherwise kept as written.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) => NormaliseLineEndings(DecodeRaw(bytes));

    /// <summary>Whether decoded text looks like a binary file rather than prose: NUL characters or many control characters.</summary>
    public static bool LooksBinary(string text)
    {
        if (text.Contains('\0'))
            return true;
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var controls = 0;
        foreach (var c in sample)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v'))
                controls++;
        return sample.Length > 0 && controls > sample.Length * MaxControlShare;
    }

    public static string NormaliseLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    private static string DecodeRaw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8OrFallback(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        return DecodeUtf8OrFallback(bytes);
    }

    private static string DecodeUtf8OrFallback(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: the bytes are a legacy single-byte encoding, and Windows-1252 is by far the most common one in news text.
            return Windows1252.GetString(bytes);
        }
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
