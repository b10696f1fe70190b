using System.Globalization;
using System.Text;
using ArmsWatch.Register;

namespace ArmsWatch.Cli.Presentation;

/// <summary>
/// Untrusted text (a document's name, a path, a URL, an error about them) made safe to print on one line: a newline
/// or an escape sequence in a name must not forge an acknowledgement line or rewrite the terminal.
/// </summary>
public static class TerminalText
{
    /// <summary>The text with every control character, line separator and bidirectional override written as <c>\uXXXX</c> (<c>\n</c>, <c>\t</c> and <c>\r</c> as such).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(RegisterLimits.IsUnprintable))
            return text ?? "";
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when RegisterLimits.IsUnprintable(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }
}
