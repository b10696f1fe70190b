namespace ArmsWatch.Analysis;

/// <summary>Tagging, lemma and parsing accuracy in percent over all words (punctuation included, as the CoNLL 2018 scorer
/// does), and speed.</summary>
public sealed record ParserScores(double Upos, double Xpos, double Lemma, double Uas, double Las, int Tokens, double TokensPerSecond);
