using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ArmsWatch.Analysis;
using ArmsWatch.Documents;

namespace ArmsWatch.Cli.Commands;

/// <summary><c>armswatch evaluate-parser</c>: UPOS, XPOS, UAS and LAS on a gold CoNLL-U file, and speed.</summary>
public static class EvaluateParserCommand
{
    public static Command Create()
    {
        var conllu = new Option<string>("--conllu") { Description = "Gold CoNLL-U file to evaluate on (its gold tokens are used).", Required = true };
        var models = new Option<string?>("--models") { Description = "Folder with the model files (default: the shipped models)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of text." };
        var command = new Command("evaluate-parser", "Score the tagger and parser on a gold treebank file.");
        command.Options.Add(conllu);
        command.Options.Add(models);
        command.Options.Add(json);
        command.SetAction(parseResult =>
        {
            try
            {
                var modelsDirectory = parseResult.GetValue(models);
                var analyzer = modelsDirectory is null ? SyntaxAnalyzer.LoadDefault() : SyntaxAnalyzer.Load(modelsDirectory);
                var scores = ParserEvaluation.Evaluate(analyzer, ConllReader.ReadFile(parseResult.GetValue(conllu)!));
                Console.WriteLine(parseResult.GetValue(json) ? AsJson(scores) : AsText(scores));
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

    private static string AsJson(ParserScores scores) => JsonSerializer.Serialize(new
    {
        upos = Math.Round(scores.Upos, 2),
        xpos = Math.Round(scores.Xpos, 2),
        lemma = Math.Round(scores.Lemma, 2),
        uas = Math.Round(scores.Uas, 2),
        las = Math.Round(scores.Las, 2),
        tokens_per_second = Math.Round(scores.TokensPerSecond),
    });

    private static string AsText(ParserScores scores) => string.Create(CultureInfo.InvariantCulture, $"""
        words: {scores.Tokens} (gold tokens; every word scored, punctuation included, as in the CoNLL 2018 scorer)
        UPOS:  {scores.Upos:F2}
        XPOS:  {scores.Xpos:F2}
        Lemma: {scores.Lemma:F2}
        UAS:   {scores.Uas:F2}
        LAS:   {scores.Las:F2}
        speed: {scores.TokensPerSecond:F0} tokens/s (tagging, lemmas and parsing, one thread, after two warm-up passes)
        """);
}
