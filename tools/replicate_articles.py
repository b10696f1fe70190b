#!/usr/bin/env python3
"""Makes a large JSON Lines set for measuring `armswatch ingest`: copies of the dev articles, each copy with its own
id and a slightly different text (a copy number woven into the closing line), so that every content hash differs.

    python3 tools/replicate_articles.py ../shared/eval/dev/articles.jsonl 10000 > /tmp/bench-10k.jsonl

The output is generated data: keep it out of the repository.
"""
import json
import sys


def main(source: str, count: int) -> None:
    with open(source, encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines if line.strip()]
    for n in range(count):
        article = dict(articles[n % len(articles)])
        copy = n // len(articles)
        article["doc"] = f"{article['doc']}-copy{copy:05d}"
        # A closing line that differs per copy changes the hash but adds no claim and no date.
        article["text"] = article["text"].rstrip() + f"\n\nArchive copy number {copy + 1}."
        print(json.dumps(article, ensure_ascii=False))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]))
