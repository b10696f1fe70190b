#!/usr/bin/env python3
"""Where an extraction's errors are, by cause, as the shared scorer matches claims.

    python3 tools/error_breakdown.py GOLD_DIR PRED.jsonl

Uses ../shared/eval/score.py's own matching, then sorts every unmatched required gold claim (a miss) and every
unmatched prediction (a spurious claim) by what the sentence holds, and every polarity flip by its direction:

  misses      no claim in its sentence | a claim of another item | its item with the wrong supplier / recipient /
              both | its item with the right parties, taken by another gold claim (two claims told of one item)
  spurious    no gold claim in its sentence | a gold item of the sentence with other parties | a generic word beside
              the system that names it ("Su-30" and "fighters" for "Su-30 Flanker fighters") | another item
  flips       a stop or denial missed | a stop or denial invented
"""
import collections
import glob
import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
import score as S  # noqa: E402  (the shared scorer, read-only)


def breakdown(gold_dir, pred_path):
    predictions = S.load_pred(pred_path)
    causes = {"miss": collections.Counter(), "spurious": collections.Counter(), "flip": collections.Counter()}
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.json"))):
        gold = json.load(open(path, encoding="utf-8"))
        gold_claims = gold["claims"]
        predicted = predictions.get(gold["doc"], {}).get("claims", [])
        pairs = S.match(gold_claims, predicted)
        matched_gold = {g for g, _ in pairs}
        matched_pred = {p for _, p in pairs}
        for g, p in pairs:
            if not gold_claims[g].get("optional") and S.negative(gold_claims[g]) != S.negative(predicted[p]):
                causes["flip"]["stop or denial missed" if S.negative(gold_claims[g]) else "stop or denial invented"] += 1
        for g, claim in enumerate(gold_claims):
            if claim.get("optional") or g in matched_gold:
                continue
            causes["miss"][miss_cause(claim, predicted)] += 1
        for p, claim in enumerate(predicted):
            if p not in matched_pred:
                causes["spurious"][spurious_cause(claim, gold_claims)] += 1
    return causes


def miss_cause(claim, predicted):
    in_sentence = [p for p in predicted if S.overlap(claim["evidence"], p["evidence"]) >= 0.5]
    same_item = [p for p in in_sentence if S.item_score(claim, p) > 0]
    if not in_sentence:
        return "no claim in its sentence"
    if not same_item:
        return "a claim of another item in its sentence"
    best = same_item[0]
    supplier = S.party_ok(claim.get("supplier"), best.get("supplier"))
    recipient = S.party_ok(claim.get("recipient"), best.get("recipient"))
    if supplier and recipient:
        return "its item, right parties, taken by another gold claim"
    return "its item, wrong " + ("supplier and recipient" if not supplier and not recipient else "supplier" if not supplier else "recipient")


def spurious_cause(claim, gold_claims):
    in_sentence = [g for g in gold_claims if S.overlap(g["evidence"], claim["evidence"]) >= 0.5]
    if not in_sentence:
        return "no gold claim in its sentence"
    if any(S.pair_score(g, claim) > 0 for g in in_sentence):
        return "a gold claim already matched or optional"
    if any(S.item_score(g, claim) > 0 and g.get("system") and not claim.get("system")
           and S.compact(claim["item"]) in S.compact(g["item"]) and S.compact(claim["item"]) != S.compact(g["item"])
           for g in in_sentence):
        return "a generic word beside the system that names it"
    if any(S.item_score(g, claim) > 0 for g in in_sentence):
        return "a gold item of its sentence, other parties"
    return "another item"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    for kind, counter in breakdown(sys.argv[1], sys.argv[2]).items():
        print(f"{kind}: {sum(counter.values())}")
        for cause, count in counter.most_common():
            print(f"  {count:4d}  {cause}")


if __name__ == "__main__":
    main()
