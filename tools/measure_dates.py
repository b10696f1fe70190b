#!/usr/bin/env python3
"""Dating figures for the README's "## Dates" section, regenerated from the shipped program.

usage: tools/measure_dates.py [--misses] [--sets seeds,dev,corpus]

For each set (seeds, dev, the training corpus's 160 articles, of which 116 have a dated gold) it writes the articles as JSON Lines with the input's
`published` field removed, once with the URL and once without, runs `armswatch read --json` on both and counts the
documents whose published year is the gold's. The year judged is `extract`'s (the reader's, moved later where the
register's years show it too early); `read` tells where the reader's came from. It then runs `armswatch extract` on the
text-and-URL input and on the input as given, and reads claim F1 and the year accuracy on matched claims from
../shared/eval/score.py.
The program is ./armswatch (it builds itself), or $ARMSWATCH (for example a `dotnet build` output).
--misses lists each document whose year is wrong. Nothing here is read by the product.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
PROGRAM = os.environ.get("ARMSWATCH", str(ROOT / "armswatch"))


def jsonl(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def seeds():
    folder = SHARED / "eval" / "seeds"
    articles = [{"doc": f.stem, "url": None, "published": None, "text": f.read_text(encoding="utf-8")}
                for f in sorted((folder / "articles").glob("*.txt"))]
    return articles, folder / "gold"


def dev():
    folder = SHARED / "eval" / "dev"
    return jsonl(folder / "articles.jsonl"), folder / "gold"


def corpus():
    return jsonl(SHARED / "corpus" / "articles.jsonl"), ROOT / "corpus" / "gold"


SETS = {"seeds": seeds, "dev": dev, "corpus": corpus}


def run(*args):
    return subprocess.run([PROGRAM, *args], check=True, capture_output=True, text=True).stdout


def write(path, articles, url, published):
    with open(path, "w", encoding="utf-8") as out:
        for a in articles:
            record = {"doc": a["doc"], "title": a.get("title"), "text": a["text"]}
            if url and a.get("url"):
                record["url"] = a["url"]
            if published and a.get("published"):
                record["published"] = a["published"]
            out.write(json.dumps(record) + "\n")


def gold_years(gold_dir):
    years = {}
    for f in sorted(Path(gold_dir).glob("*.json")):
        published = json.loads(f.read_text(encoding="utf-8")).get("published")
        years[f.stem] = published[:4] if published else None
    return years


def year_accuracy(path, gold, label, misses, tmp):
    """Right years among the documents whose gold carries a date (as the scorer judges), and how many of the
    undated ones the program dated anyway (not judged: the gold says the text does not tell)."""
    read = {d["doc"]: d for d in map(json.loads, run("read", "--json", str(path)).splitlines())}
    extracted = Path(tmp) / (path.stem + ".dates.jsonl")
    run("extract", str(path), "--out", str(extracted))
    for d in map(json.loads, extracted.read_text(encoding="utf-8").splitlines()):
        if d["doc"] in read and d.get("published") != read[d["doc"]].get("published"):
            read[d["doc"]].update(published=d.get("published"), published_from="register")
    right = 0
    dated = {doc: year for doc, year in gold.items() if year}
    for doc, year in dated.items():
        got = (read.get(doc, {}).get("published") or "")[:4]
        if got == year:
            right += 1
        elif misses:
            print(f"  miss {label}: {doc} gold {year} read {read.get(doc, {}).get('published')} "
                  f"({read.get(doc, {}).get('published_from')})")
    guessed = sum(1 for doc, year in gold.items() if not year and read.get(doc, {}).get("published"))
    return right, len(dated), guessed


def scored(gold_dir, path, tmp):
    pred = Path(tmp) / (path.stem + ".pred.jsonl")
    run("extract", str(path), "--out", str(pred))
    report = subprocess.run([sys.executable, str(SCORER), str(gold_dir), str(pred)], check=True,
                            capture_output=True, text=True).stdout
    f1 = re.search(r"\bF1 ([0-9.]+)", report).group(1)
    year = re.search(r"year ([0-9.]+)", report).group(1)
    return f1, year


def main():
    misses = "--misses" in sys.argv
    names = sys.argv[sys.argv.index("--sets") + 1].split(",") if "--sets" in sys.argv else list(SETS)
    print("| set | text | text and URL | claim F1, as given | claim year, as given | claim F1, text and URL | claim year, text and URL |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            articles, gold_dir = SETS[name]()
            gold = gold_years(gold_dir)
            paths = {}
            for variant, url, published in (("text", False, False), ("url", True, False), ("given", True, True)):
                paths[variant] = Path(tmp) / f"{name}-{variant}.jsonl"
                write(paths[variant], articles, url, published)
            cells = []
            for variant in ("text", "url"):
                right, total, guessed = year_accuracy(paths[variant], gold, f"{name} {variant}", misses, tmp)
                undated = len(gold) - total
                cells.append(f"{right}/{total} ({right / total:.3f})" + (f", {guessed} of {undated} undated given a year" if undated else ""))
            for variant in ("given", "url"):
                cells.extend(scored(gold_dir, paths[variant], tmp))
            print(f"| {name} ({len(gold)}) | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
