using System.Text;
using ArmsWatch.Reading;

namespace ArmsWatch.Tests.Reading;

public sealed class TextDecoderTests
{
    [Fact]
    public void Decoder_reads_utf8_without_bom() =>
        Assert.Equal("Café — S-300", TextDecoder.Decode(Encoding.UTF8.GetBytes("Café — S-300")));

    [Fact]
    public void Decoder_strips_utf8_bom() =>
        Assert.Equal("Moscow", TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. "Moscow"u8]));

    [Fact]
    public void Decoder_falls_back_to_windows_1252_for_smart_quotes_and_accents() =>
        Assert.Equal("\u201CIran\u201D caf\u00E9", TextDecoder.Decode([0x93, .. "Iran"u8, 0x94, .. " caf"u8, 0xE9]));

    [Fact]
    public void Decoder_reads_utf16_with_bom() =>
        Assert.Equal("Tehran", TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Tehran")]));

    [Fact]
    public void Decoder_normalises_line_endings_to_newlines() =>
        Assert.Equal("a\nb\nc", TextDecoder.Decode("a\r\nb\rc"u8));

    [Fact]
    public void Text_with_nul_characters_looks_binary() =>
        Assert.True(TextDecoder.LooksBinary("PK\u0003\u0004\0\0data"));

    [Fact]
    public void Prose_does_not_look_binary() =>
        Assert.False(TextDecoder.LooksBinary("Russia is in talks to sell air defense missiles.\n\tIran said."));
}
