using System.Text;

namespace ArmsWatch.Cli.Fuzzing;

/// <summary>
/// Breaks a well-formed input in the ways real inputs are broken: bytes flipped, cut short, chunks deleted, repeated
/// or spliced in from another input, and fragments that stress parsers inserted (markup, entities, escapes, numbers,
/// designations, long runs without spaces or stops).
/// </summary>
public static class InputMutator
{
    private static readonly string[] Fragments =
    [
        "<", ">", "&", "&amp;", "&#0;", "&#x110000;", "&#9999999999;", "<![CDATA[", "]]>", "<!--", "-->", "<script>", "</p>",
        "<!DOCTYPE x [<!ENTITY e \"e\">]>", "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "\"", "\\", "\\u0000", "\\ud800", "\\udc00\\ud800",
        "{", "}", "[", "]", ":", ",", "null", "1e309", "-0", "99999999999999999999", "$", "$1.5 billion", "1,000,000,000,000,000,000", "12.5.3",
        "U.S.", "Dec.", "S-300", "MiG-29M/M2", "877EKM", "Su-", "-", "--", "...", "?!", "\u201c", "\u201d", "\u00a0", "\u200b", "\u2028",
        "\ufeff", "\ufffd", "\uffff", "\0", "\r", "\n", "\n\n", "\t", " ", "2015", "Monday", "Jan 1 2016", "31/02/2016", "said", "not",
        "Russia", "Iran", "delivered", "to", "from", "\ud83d\ude80", "\u0301", "\u202e",
    ];

    /// <summary>The seed with one to eight mutations, as bytes (UTF-8, then sometimes damaged at the byte level).</summary>
    public static byte[] Mutate(string seed, IReadOnlyList<string> others, Random random)
    {
        var text = new StringBuilder(seed);
        var rounds = 1 + random.Next(6);
        for (var i = 0; i < rounds; i++)
            MutateOnce(text, others, random);
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return random.Next(4) == 0 ? DamageBytes(bytes, random) : bytes;
    }

    private static void MutateOnce(StringBuilder text, IReadOnlyList<string> others, Random random)
    {
        var at = random.Next(text.Length + 1);
        var span = text.Length == 0 ? 0 : random.Next(Math.Min(text.Length - Math.Min(at, text.Length), 200) + 1);
        switch (random.Next(9))
        {
            case 0:
                text.Insert(at, Fragments[random.Next(Fragments.Length)]);
                break;
            case 1:
                text.Remove(Math.Min(at, text.Length), span);
                break;
            case 2:
                // A chunk repeated: tables, lists and runaway "sentences".
                var chunk = text.ToString(Math.Min(at, text.Length), span);
                text.Insert(at, string.Concat(Enumerable.Repeat(chunk, 1 + random.Next(Rarely(random) ? 50 : 4))));
                break;
            case 3:
                var other = others[random.Next(others.Count)];
                var from = random.Next(other.Length + 1);
                text.Insert(at, other.AsSpan(from, random.Next(Math.Min(other.Length - from, 2000) + 1)));
                break;
            case 4:
                text.Length = Math.Min(at, text.Length);
                break;
            case 5:
                // A long run with no space or full stop: one enormous token.
                text.Insert(at, new string("a-9.,<&x"[random.Next(8)], 1 + random.Next(Rarely(random) ? 5_000 : 300)));
                break;
            case 6:
                if (text.Length > 0)
                    text[Math.Min(at, text.Length - 1)] = (char)random.Next(0x10000);
                break;
            case 7:
                text.Insert(at, string.Concat(Enumerable.Repeat(Fragments[random.Next(Fragments.Length)], 1 + random.Next(Rarely(random) ? 500 : 20))));
                break;
            default:
                for (var i = Math.Min(at, text.Length); i < Math.Min(at + span, text.Length); i++)
                    text[i] = char.IsUpper(text[i]) ? char.ToLowerInvariant(text[i]) : char.ToUpperInvariant(text[i]);
                break;
        }
    }

    // Big inputs find the runaway cases but cost time in proportion (a run of 5,000 stops is 5,000 tokens to parse);
    // one mutation in fifty keeps a run of a million inputs under an hour on two cores.
    private static bool Rarely(Random random) => random.Next(50) == 0;

    // Invalid UTF-8, stray BOMs and NULs: what mis-encoded files and truncated downloads look like.
    private static byte[] DamageBytes(byte[] bytes, Random random)
    {
        var damaged = new List<byte>(bytes);
        var count = 1 + random.Next(8);
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(damaged.Count + 1);
            switch (random.Next(4))
            {
                case 0 when damaged.Count > 0:
                    damaged[Math.Min(at, damaged.Count - 1)] = (byte)random.Next(256);
                    break;
                case 1:
                    damaged.InsertRange(0, random.Next(3) switch { 0 => [0xEF, 0xBB, 0xBF], 1 => [0xFF, 0xFE], _ => [0xFE, 0xFF] });
                    break;
                case 2:
                    damaged.Insert(at, (byte)(0x80 + random.Next(0x80)));
                    break;
                default:
                    damaged.RemoveRange(Math.Min(at, damaged.Count), Math.Min(random.Next(16), damaged.Count - Math.Min(at, damaged.Count)));
                    break;
            }
        }
        return damaged.ToArray();
    }
}
