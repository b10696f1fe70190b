using System.CommandLine;
using System.CommandLine.Parsing;

namespace ArmsWatch.Cli.Presentation;

/// <summary>
/// A command line that cannot be run, reported in a few lines: what is wrong, the nearest command or option when a
/// name was mistyped ("did you mean 'claims'?"), and where the help is, instead of the whole help.
/// </summary>
public static class CommandLineMistakes
{
    public static void Report(ParseResult parse, TextWriter error)
    {
        // The value after a mistyped option is unmatched too; its own error would only repeat the option's.
        var unmatched = parse.UnmatchedTokens.Where((token, i) => i == 0 || token.StartsWith('-') || !parse.UnmatchedTokens[i - 1].StartsWith("--", StringComparison.Ordinal)).ToList();
        // With a mistyped name, "Required command was not provided" and the like only repeat the same mistake.
        var errors = parse.UnmatchedTokens.Count == 0
            ? parse.Errors
            : parse.Errors.Where(e => unmatched.Any(token => e.Message.Contains($"'{token}'", StringComparison.Ordinal))).ToList();
        foreach (var mistake in errors.Count > 0 ? errors : parse.Errors)
            error.WriteLine($"error: {mistake.Message}");
        var command = parse.CommandResult.Command;
        foreach (var token in unmatched)
            if (Nearest(token, Names(command, token.StartsWith('-'))) is { } name)
                error.WriteLine($"did you mean '{name}'?");
        error.WriteLine($"see '{Path(parse.CommandResult)} --help'");
    }

    /// <summary>The candidate closest to what was typed, when it is close enough to be the likely intent.</summary>
    public static string? Nearest(string typed, IEnumerable<string> candidates)
    {
        var lower = typed.ToLowerInvariant();
        var best = candidates
            .Select(name => (Name: name, Distance: name.StartsWith(lower, StringComparison.OrdinalIgnoreCase) && lower.TrimStart('-').Length >= 2 ? 0 : Distance(lower, name.ToLowerInvariant())))
            .OrderBy(candidate => candidate.Distance).ThenBy(candidate => candidate.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(1, typed.TrimStart('-').Length / 3) ? best.Name : null;
    }

    private static IEnumerable<string> Names(Command command, bool options) => options
        ? command.Options.Where(option => !option.Hidden).SelectMany(option => option.Aliases.Prepend(option.Name)).Where(name => name.StartsWith("--", StringComparison.Ordinal))
        : command.Subcommands.Where(sub => !sub.Hidden).SelectMany(sub => sub.Aliases.Prepend(sub.Name));

    private static string Path(CommandResult result)
    {
        var names = new List<string>();
        for (SymbolResult? at = result; at is not null; at = at.Parent)
            if (at is CommandResult { Command: var command })
                names.Add(at.Parent is null ? ProductInfo.Command : command.Name);
        names.Reverse();
        return string.Join(' ', names);
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
