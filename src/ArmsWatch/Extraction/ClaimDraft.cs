namespace ArmsWatch.Extraction;

/// <summary>A claim before the article's context fills the parties the sentence left implicit.</summary>
/// <param name="ContextMayFill">False where the sentence is about totals or a state's own forces, so no party is guessed.</param>
/// <param name="Either">A party the sentence names in a role the cue leaves open.</param>
/// <param name="SetsContext">Whether the claim tells what the article is about, so that its parties may fill other claims.</param>
public sealed record ClaimDraft(Claim Claim, string? Origin, bool ContextMayFill, string? Either = null, string? Other = null,
    bool SetsContext = true);
