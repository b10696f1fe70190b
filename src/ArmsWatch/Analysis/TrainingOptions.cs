namespace ArmsWatch.Analysis;

/// <summary>How the tagger and parser are trained; the defaults produce the shipped models.</summary>
/// <param name="JackknifeFolds">The tagger's second pass and the parser train on tags predicted by taggers that did not
/// see the sentence (this many folds, at least 2), so they learn to cope with tagging errors as in use.</param>
/// <param name="ParserMinimumWeight">Parser weights under this magnitude are dropped: mostly rare word features updated
/// a few times. On EWT dev, 1.0 makes the model 2.5 times smaller and about 1.5 times as fast for 0.35 points of UAS
/// (0: 85.18, 1.0: 84.82, 1.5: 84.52); the weight tables' cache misses set the parser's speed.</param>
public sealed record TrainingOptions(
    int TaggerEpochs = 10, int ParserEpochs = 15, int JackknifeFolds = 5, float ParserMinimumWeight = 1.0f, int Seed = 1);
