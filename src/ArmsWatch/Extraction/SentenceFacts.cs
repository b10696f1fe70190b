using ArmsWatch.Documents;
using ArmsWatch.Knowledge;

namespace ArmsWatch.Extraction;

/// <summary>What the extractor reads once per sentence and uses in both of its passes.</summary>
/// <param name="NamesEquipment">Whether any equipment word stands in the sentence (conventional or not).</param>
/// <param name="ContextMayFill">False where the sentence states export totals, so no party is guessed for it.</param>
/// <param name="StatesValue">The sentence gives a transfer's value ("The deal is worth $5.7 billion"), which the contract
/// puts on the deal itself.</param>
public sealed record SentenceFacts(
    Sentence Sentence,
    List<EntityMention> Entities,
    List<MoneyMention> Money,
    string? Source,
    string Evidence,
    bool ContextMayFill,
    bool NamesEquipment,
    bool StatesValue);
