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
        var lemmatizerOnly = new Option<bool>("--lemmatizer-only") { Description = "Train only the lemmatizer (seconds, not minutes)." };
        var command = new Command("train", "Train the POS tagger, lemmatizer and dependency parser (deterministic).");
        command.Options.Add(treebank);
        command.Options.Add(output);
        command.Options.Add(lemmatizerOnly);
        command.SetAction(parseResult =>
        {
            try
            {
                if (parseResult.GetValue(lemmatizerOnly))
                    TrainingRunner.RunLemmatizer(parseResult.GetValue(treebank)!, parseResult.GetValue(output)!, Console.Error.WriteLine);
                else
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
