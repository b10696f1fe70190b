#!/usr/bin/env python3
"""Derive data/knowledge/countries.tsv from the mledoze/countries data (ODbL 1.0).

usage: tools/build_countries.py ../shared/data/countries/countries.json > data/knowledge/countries.tsv
Keeps what news text uses to name a state: common and official names, English alternative spellings,
English demonyms and capitals. Words that are far more often something else ("Male", "Georgia" the US state
is kept, the capital "Victoria" is not) are left out so a matcher does not fire on them.
"""
import json
import sys

AMBIGUOUS = {"Male", "Victoria", "Kingston", "Hamilton", "Georgetown", "Jamestown", "Avarua", "Castries",
             "Basseterre", "Plymouth", "Adamstown", "Palikir", "Saint", "Saint-Pierre", "Marigot", "Gustavia",
             "Philipsburg", "The Settlement", "Flying Fish Cove", "West Island", "Kingstown", "Roseau"}


def english(spellings):
    return [s for s in spellings if len(s) > 3 and s.isascii() and s not in AMBIGUOUS]


def english_demonyms(c):
    eng = c.get("demonyms", {}).get("eng", {})
    return {d for d in (eng.get("m"), eng.get("f")) if d}


def main(path):
    countries = json.load(open(path, encoding="utf-8"))
    # A demonym shared with dependent territories ("French" for the French Southern Lands) stands for the sovereign state.
    sovereign = {}
    for c in countries:
        for d in english_demonyms(c):
            if c.get("independent"):
                sovereign.setdefault(d, set()).add(c["cca3"])
    print("code\tnames\tdemonyms\tcapitals")
    for c in countries:
        names = [c["name"]["common"], c["name"]["official"]] + english(c.get("altSpellings", []))
        demonyms = [d for d in english_demonyms(c) if c.get("independent") or d not in sovereign]
        capitals = [x for x in c.get("capital", []) if x not in AMBIGUOUS]
        row = [c["cca3"], "|".join(dict.fromkeys(n for n in names if n)), "|".join(sorted(demonyms)), "|".join(capitals)]
        print("\t".join(row))


if __name__ == "__main__":
    main(sys.argv[1])
