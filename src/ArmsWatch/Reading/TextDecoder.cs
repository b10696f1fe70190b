using System.Text;

namespace ArmsWatch.Reading;

/// <summary>
/// Turns the bytes of a text file into a string: BOM-aware, UTF-16 recognised without a BOM, UTF-8 first,
/// Windows-1252 when the bytes are not UTF-8.
/// </summary>
public static class TextDecoder
{
    // Old news archives are full of Windows-1252 files (smart quotes as 0x93/0x94); .NET Core only ships it via this provider.
    private static readonly Encoding Windows1252 = CreateWindows1252();

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Above this share of control characters the file is not prose; real texts have almost none besides line breaks and tabs.
    // A stray NUL or two (a bad copy, a CMS glitch) stays far below it: such a text is read and the characters dropped.
    private const double MaxControlShare = 0.05;

    // How much of the start of a file decides its encoding and whether it is binary.
    private const int SampleBytes = 8192;

    // UTF-16 without a BOM: text in Latin script has a zero in nearly every other byte. Required share of such pairs, and
    // the fewest pairs that can show it.
    private const double Utf16ZeroShare = 0.7;
    private const int MinUtf16Pairs = 16;

    /// <summary>Decodes the bytes and normalises line endings to \n; the text is otherwise kept as written.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) => NormaliseLineEndings(DecodeRaw(bytes));

    /// <summary>Whether decoded text looks like a binary file rather than prose: many control characters (NUL counts as one).</summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, SampleBytes));
        var controls = 0;
        foreach (var c in sample)
            if (IsStrayControl(c))
                controls++;
        return sample.Length > 0 && controls > sample.Length * MaxControlShare;
    }

    /// <summary>
    /// The text without NUL and other control characters (line breaks and tabs kept; form and vertical feeds become
    /// line breaks). They carry no words, and a parser or terminal downstream could take them for structure.
    /// </summary>
    public static string StripControlCharacters(string text)
    {
        if (!HasStrayControl(text))
            return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\f' or '\v')
                builder.Append('\n');
            else if (!IsStrayControl(c))
                builder.Append(c);
        }
        return builder.ToString();
    }

    public static string NormaliseLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>The UTF-16 byte order of a file without a BOM, judged from its first bytes; null when it is not UTF-16.</summary>
    public static Encoding? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var pairs = Math.Min(bytes.Length, SampleBytes) / 2;
        // A few characters cannot tell "a\0b\0" in UTF-8 from "ab" in UTF-16: too short a file is read as UTF-8.
        if (pairs < MinUtf16Pairs)
            return null;
        var (zeroEven, zeroOdd) = (0, 0);
        for (var i = 0; i < pairs; i++)
        {
            zeroEven += bytes[2 * i] == 0 ? 1 : 0;
            zeroOdd += bytes[2 * i + 1] == 0 ? 1 : 0;
        }
        // One side of the pairs often zero and the other almost never: the text's ASCII letters in 16-bit units.
        var wide = zeroOdd >= pairs * Utf16ZeroShare && zeroEven <= pairs * MaxControlShare ? Encoding.Unicode
            : zeroEven >= pairs * Utf16ZeroShare && zeroOdd <= pairs * MaxControlShare ? Encoding.BigEndianUnicode
            : null;
        // Taken only when it reads as text: binary data with a zero in every other byte is still binary.
        return wide is not null && !LooksBinary(wide.GetString(bytes[..(Math.Min(bytes.Length, SampleBytes) & ~1)])) ? wide : null;
    }

    private static bool HasStrayControl(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                return true;
        return false;
    }

    private static bool IsStrayControl(char c) =>
        char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f' or '\v');

    private static string DecodeRaw(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return DecodeUtf8OrFallback(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (Utf16WithoutBom(bytes) is { } wide)
            return wide.GetString(bytes[..(bytes.Length & ~1)]);
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
