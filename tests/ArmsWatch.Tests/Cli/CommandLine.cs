using ArmsWatch.Cli;

namespace ArmsWatch.Tests.Cli;

/// <summary>Runs `armswatch ARGS` in this process, as Program does, and keeps what it printed.</summary>
public static class CommandLine
{
    public static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await ArmsWatchCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    public static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
