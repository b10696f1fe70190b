using System.Text;
using ArmsWatch.Reading;
using FsCheck.Xunit;

namespace ArmsWatch.Tests.Reading;

public sealed class TextDecoderPropertyTests
{
    [Property]
    public bool Utf8_text_without_carriage_returns_decodes_to_itself(string? text)
    {
        // Lone surrogates cannot be encoded, and \r is normalised away on purpose.
        var clean = new string((text ?? "").Where(c => !char.IsSurrogate(c) && c != '\r').ToArray()).TrimStart('\uFEFF');
        return TextDecoder.Decode(Encoding.UTF8.GetBytes(clean)) == clean;
    }
}
