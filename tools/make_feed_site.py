#!/usr/bin/env python3
"""Makes a static news site for measuring and crash-testing `armswatch watch`: N article pages (copies of the dev
articles, each with its own text so every content hash differs) and an RSS feed listing them all.

    python3 tools/make_feed_site.py ../shared/eval/dev/articles.jsonl 10000 /tmp/site
    python3 -m http.server --bind 127.0.0.1 8000 --directory /tmp/site     # loopback only
    armswatch watch --once --feed http://127.0.0.1:8000/feed.xml

The pages link to themselves with tracking parameters (utm_*) as feeds in the wild do; the output is generated data:
keep it out of the repository.
"""
import html
import json
import os
import sys
from email.utils import formatdate


def main(source: str, count: int, site: str) -> None:
    with open(source, encoding="utf-8") as lines:
        articles = [json.loads(line) for line in lines if line.strip()]
    os.makedirs(os.path.join(site, "a"), exist_ok=True)
    items = []
    for n in range(count):
        article = articles[n % len(articles)]
        copy = n // len(articles)
        name = f"{article['doc']}-{copy:05d}"
        title = article.get("title") or name
        text = article["text"].rstrip() + f"\n\nArchive copy number {copy + 1}."
        paragraphs = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n\n"))
        with open(os.path.join(site, "a", name + ".html"), "w", encoding="utf-8") as page:
            page.write(f"<!doctype html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title></head>"
                       f"<body><nav>Home | World</nav><article><h1>{html.escape(title)}</h1>\n{paragraphs}</article>"
                       f"<footer>(c) Example News</footer></body></html>")
        # Dates spread over 2015-2016 so that every item carries its own.
        date = formatdate(1420070400 + n * 3600, usegmt=True)
        items.append(f"<item><title>{html.escape(title)}</title><link>/a/{name}.html?utm_source=rss&amp;utm_medium=feed</link>"
                     f"<guid isPermaLink='false'>{name}</guid><pubDate>{date}</pubDate></item>")
    with open(os.path.join(site, "feed.xml"), "w", encoding="utf-8") as feed:
        feed.write("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Example News</title>"
                   "<link>http://127.0.0.1/</link><description>test feed</description>\n")
        feed.write("\n".join(items))
        feed.write("\n</channel></rss>\n")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
