using System.CommandLine;
using ArmsWatch.Analysis;
using ArmsWatch.Documents;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch train</c>: trains the tagger and parser on a UD treebank and writes the model files.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var treebank = new Option<string>("--treebank") { Description = "Folder holding the UD *-ud-train.conllu file.", Required = true };
        var output = new Option<string>("--out") { Description = "Folder to write the model files to.", Required = true };
        var command = new Command("train", "Train the POS tagger and dependency parser (deterministic).");
        command.Options.Add(treebank);
        command.Options.Add(output);
        command.SetAction(parseResult =>
        {
            try
            {
                TrainingRunner.Run(parseResult.GetValue(treebank)!, parseResult.GetValue(output)!, new TrainingOptions(), Console.Error.WriteLine);
                return 0;
            }
            catch (InputException e)
            {
                Console.Error.WriteLine(e.Message);
                return 1;
            }
        });
        return command;
    }
}
