#!/usr/bin/env python3
"""Reads the sentence batteries of tools/batteries/ with the shipped extractor and says which it reads as the contract does.

usage: tools/battery.py [--all]

polarity.tsv: refusals and stops; a sentence is read right when it gives at least one claim and every claim of it has
the polarity the contract gives (negative: a cancellation, or certainty denied or unlikely, not both). stage.tsv: one or
more sentences per row of the cue table; read right when one of its claims has the stage and certainty the table gives.
parties.tsv: sentences that name a state beside the transfer that is no party of it, or name the parties otherwise than as
subject and object; read right when every pair the row gives is a claim's supplier and recipient, and no claim has other
parties. The sentences were written for the project from ../shared/spec/claims.md; they are neither news nor gold, and no rule
may be chosen for one of them alone: they show where a construction is misread, as the gold sets cannot when they lack
it. The program is ./armswatch (it builds itself), or $ARMSWATCH. --all prints every sentence, not only the misread.
Nothing here is read by the product.
"""
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BATTERIES = ROOT / "tools" / "batteries"


def read_table(path):
    rows = []
    header = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        rows.append(dict(zip(header, cells)))
    return rows


def claims_by_sentence(sentences):
    """Extracts each sentence as a document of its own (no sentence is read in the context of another) and returns
    each sentence's claims."""
    program = os.environ.get("ARMSWATCH", str(ROOT / "armswatch")).split()
    unique = list(dict.fromkeys(sentences))
    with tempfile.TemporaryDirectory() as folder:
        documents = Path(folder) / "battery.jsonl"
        documents.write_text("".join(json.dumps({"doc": f"b{i:03d}", "text": s}) + "\n" for i, s in enumerate(unique)),
                             encoding="utf-8")
        out = subprocess.run(program + ["extract", str(documents)], capture_output=True, text=True, check=True).stdout
    found = {sentence: [] for sentence in unique}
    for line in out.splitlines():
        if line.strip():
            document = json.loads(line)
            found[unique[int(document["doc"][1:])]].extend(document["claims"])
    return found


def negative(claim):
    return (claim["stage"] == "cancellation") != (claim["certainty"] in ("denied", "unlikely"))


def main():
    show_all = "--all" in sys.argv[1:]
    polarity = read_table(BATTERIES / "polarity.tsv")
    stage = read_table(BATTERIES / "stage.tsv")
    parties = read_table(BATTERIES / "parties.tsv")
    found = claims_by_sentence([row["sentence"] for row in polarity + stage + parties])

    judged = right = silent = 0
    for row in polarity:
        if row["polarity"] == "?":
            continue
        judged += 1
        claims = found[row["sentence"]]
        ok = bool(claims) and all(negative(c) == (row["polarity"] == "negative") for c in claims)
        right += ok
        silent += not claims
        if show_all or not ok:
            read = ", ".join(f"{c['stage']} {c['certainty']}" for c in claims) or "no claim"
            print(f"  polarity {'right' if ok else 'WRONG'}: {row['polarity']}, read {read} | {row['sentence']}")
    print(f"polarity: {right} of {judged} read as the contract says ({silent} gave no claim)")

    right = 0
    for row in stage:
        claims = found[row["sentence"]]
        ok = any(c["stage"] == row["stage"] and c["certainty"] == row["certainty"] for c in claims)
        right += ok
        if show_all or not ok:
            read = ", ".join(f"{c['stage']} {c['certainty']}" for c in claims) or "no claim"
            print(f"  stage {'right' if ok else 'WRONG'}: {row['stage']} {row['certainty']}, read {read} | {row['sentence']}")
    print(f"stage and certainty: {right} of {len(stage)} as the cue table says")

    right = 0
    for row in parties:
        claims = found[row["sentence"]]
        wanted = set(row["parties"].split("|"))
        read = {f"{c['supplier']}>{c['recipient']}" for c in claims}
        ok = read == wanted
        right += ok
        if show_all or not ok:
            print(f"  parties {'right' if ok else 'WRONG'}: {row['parties']}, read {'|'.join(sorted(read)) or 'no claim'} | {row['sentence']}")
    print(f"parties: {right} of {len(parties)} as the contract says")


if __name__ == "__main__":
    main()
