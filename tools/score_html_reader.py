#!/usr/bin/env python3
"""Scores the reader's main text on the ScrapingHub article-extraction benchmark (../shared/eval/html-reader).

Unpacks the 181 pages into a temporary folder, runs `armswatch read --json` over them (a Release build must exist:
`dotnet build src/ArmsWatch.Cli -c Release`), writes the benchmark's `output/armswatch.json` and runs its own
`evaluate.py`, which prints F1, precision and recall of word 4-gram overlap. With --speed it also times reading on
one core (taskset -c 0): pages per second is 180 pages over the CPU time the whole run takes beyond a one-page run,
so process start and loading are left out (CPU time, so other work on a shared machine does not count). With --worst N it lists the N pages of lowest F1, for reading their causes.

    python3 tools/score_html_reader.py [--speed] [--worst 10] [--keep DIR] [--cli OTHER/ArmsWatch.Cli.dll]
"""
import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT.parent / "shared" / "eval" / "html-reader"
CLI = ROOT / "src" / "ArmsWatch.Cli" / "bin" / "Release" / "net10.0" / "ArmsWatch.Cli.dll"


def read_pages(folder: Path, one_core: bool, cli: Path = CLI) -> tuple[dict, float]:
    command = ["dotnet", str(cli), "read", str(folder), "--json"]
    if one_core and shutil.which("taskset"):
        command = ["taskset", "-c", "0"] + command
    # CPU time of the reading process (user + system), not wall time: on a machine shared with other work the wall
    # clock measures the others too.
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = subprocess.run(command, capture_output=True, text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    elapsed = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    for line in run.stderr.splitlines():
        print(f"reader: {line}", file=sys.stderr)
    texts = {}
    for line in run.stdout.splitlines():
        record = json.loads(line)
        texts[record["doc"]] = record["text"]
    return texts, elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--speed", action="store_true", help="also time reading on one core")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages of lowest F1")
    parser.add_argument("--keep", type=Path, help="write the extracted texts to this folder too")
    parser.add_argument("--cli", type=Path, default=CLI, help="another build's ArmsWatch.Cli.dll, to compare")
    args = parser.parse_args()
    if not args.cli.exists():
        sys.exit(f"{args.cli} is missing: dotnet build src/ArmsWatch.Cli -c Release")

    with tempfile.TemporaryDirectory(prefix="html-reader-") as temp:
        work = Path(temp)
        pages = work / "html"
        pages.mkdir()
        for page in sorted((BENCH / "html").glob("*.html.gz")):
            (pages / page.name[: -len(".gz")]).write_bytes(gzip.decompress(page.read_bytes()))
        shutil.copy(BENCH / "ground-truth.json", work)
        shutil.copy(BENCH / "evaluate.py", work)

        texts, elapsed = read_pages(pages, one_core=args.speed, cli=args.cli)
        truth = json.loads((BENCH / "ground-truth.json").read_text())
        missing = [key for key in truth if key not in texts]
        print(f"{len(texts)} pages read, {len(missing)} without text")
        (work / "output").mkdir()
        output = {key: {"articleBody": texts.get(key, "")} for key in truth}
        (work / "output" / "armswatch.json").write_text(json.dumps(output))
        subprocess.run([sys.executable, "evaluate.py", "--n-bootstrap", "200"], cwd=work, check=True)

        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            for key, text in texts.items():
                (args.keep / f"{key}.txt").write_text(text)

        if args.worst:
            sys.path.insert(0, str(work))
            import evaluate  # the benchmark's own scorer, for per-page figures
            scores = []
            for key in truth:
                tp, fp, fn = evaluate.string_shingle_matching(true=truth[key].get("articleBody", ""), pred=texts.get(key, ""))
                precision = tp / (tp + fp) if tp + fp else 0.0
                recall = tp / (tp + fn) if tp + fn else 0.0
                f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
                scores.append((f1, precision, recall, key, truth[key]["url"]))
            for f1, precision, recall, key, url in sorted(scores)[: args.worst]:
                print(f"{f1:.3f}  P {precision:.3f}  R {recall:.3f}  {key[:12]}  {url}")

        if args.speed:
            one = work / "one"
            one.mkdir()
            first = sorted(pages.iterdir())[0]
            shutil.copy(first, one / first.name)
            runs = [read_pages(one, one_core=True, cli=args.cli)[1] for _ in range(3)]
            whole = [elapsed] + [read_pages(pages, one_core=True, cli=args.cli)[1] for _ in range(2)]
            per_page = (min(whole) - min(runs)) / (len(texts) - 1)
            print(f"speed on one core: {1 / per_page:.1f} pages per CPU-second ({min(whole):.2f} s of CPU for {len(texts)} pages, {min(runs):.2f} s for one)")


if __name__ == "__main__":
    main()
