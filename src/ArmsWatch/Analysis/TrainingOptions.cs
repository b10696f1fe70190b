namespace ArmsWatch.Analysis;

/// <summary>How the tagger and parser are trained; the defaults produce the shipped models.</summary>
/// <param name="TaggerEpochs">On EWT dev (UPOS/lemma) 5: 95.25/97.16, 6: 95.26/97.24, 7: 95.37/97.28, 10: 95.34/97.23,
/// 15: 95.36/97.20; the spread is small (0.12 UPOS) and follows no trend, so 10 stays.</param>
/// <param name="ParserEpochs">On EWT dev 12 and 18 epochs land within 0.15 UAS of 15; 20 loses 0.4.</param>
/// <param name="JackknifeFolds">The tagger's second pass and the parser train on tags predicted by taggers that did not
/// see the sentence (this many folds, at least 2), so they learn to cope with tagging errors as in use.</param>
/// <param name="ParserMinimumWeight">Parser weights under this magnitude are dropped: mostly rare word features updated
/// a few times. On EWT dev (UAS/LAS, parse-only tokens/s): 0: 85.42/82.19, 150,000; 0.5: 85.46/82.22, 170,000;
/// 1.0: 85.16/81.90, 210,000 with a model 2.3 times smaller; the weight tables' cache misses set the parser's speed.</param>
public sealed record TrainingOptions(
    int TaggerEpochs = 10, int ParserEpochs = 15, int JackknifeFolds = 5, float ParserMinimumWeight = 0.5f, int Seed = 1);
