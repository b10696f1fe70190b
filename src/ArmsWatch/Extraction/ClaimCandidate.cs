using ArmsWatch.Documents;

namespace ArmsWatch.Extraction;

/// <summary>A piece of equipment in a sentence, with the stage cue that may tell of its transfer: what the trained
/// decisions judge (is it a claim, who supplies and receives, at what stage, how sure).</summary>
/// <param name="Sentence">The sentence's index in the document.</param>
/// <param name="Item">The weapon span.</param>
/// <param name="ItemHead">The item's head token (the span's token whose head is outside it).</param>
/// <param name="Cue">The stage cue: the nearest on the item's path up the tree, else the nearest in the sentence; null when the sentence has none.</param>
/// <param name="CueHead">The cue's head token, or -1.</param>
/// <param name="CueOnPath">Whether the cue governs the item in the tree (or is the item itself).</param>
/// <param name="Chain">The stage cues on the item's path to the root, nearest first: "in talks to sell" gives sell, talks.</param>
public sealed record ClaimCandidate(
    int Sentence,
    Span Item,
    int ItemHead,
    Span? Cue,
    int CueHead,
    bool CueOnPath,
    IReadOnlyList<Span> Chain);
