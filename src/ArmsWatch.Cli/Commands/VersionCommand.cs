using System.CommandLine;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch version</c>: prints the program's version.</summary>
public static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the version of ArmsWatch.");
        command.SetAction(_ => Console.WriteLine(typeof(VersionCommand).Assembly.GetName().Version));
        return command;
    }
}
