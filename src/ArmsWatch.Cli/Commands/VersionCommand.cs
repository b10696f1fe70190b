using System.CommandLine;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch version</c>: prints the program's name and version, as <c>--version</c> does.</summary>
public static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the name and version of ArmsWatch (as --version does).");
        command.SetAction(parse => parse.InvocationConfiguration.Output.WriteLine(ProductInfo.VersionLine));
        return command;
    }
}
