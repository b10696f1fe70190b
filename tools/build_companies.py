#!/usr/bin/env python3
"""Derive data/knowledge/companies.tsv from the SIPRI Top 100 arms-producing and military services companies, 2002-2024.

usage: tools/build_companies.py [--shared ../shared] > data/knowledge/companies.tsv

Every company of every year's list, with its home state, merged across renames and mergers (Airbus Group, EADS →
Airbus; L-3 Communications, Harris → L3Harris Technologies) by the hand-kept data/knowledge/catalogue/company-names.tsv,
which also gives a state to SIPRI's "Trans-European" companies. A company is written by its name without the legal
suffix when that leaves several words ("Lockheed Martin Corp." → "Lockheed Martin") and by its former names; a name
that would be one word ("Ball Corp.", "Parsons Corp.") stays in full, and company-names.tsv writes in full the few one-word
names that are also words or people's names ("Eaton", "Indra"). The xlsx is read with zipfile and
xml.etree (no packages needed); its SHA-256 is checked first.
"""
import argparse
import collections
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

from tables import read_table, sha256, split_names

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ("sipri/top100-companies-2002-2024.xlsx", "9004c4fd62a2675915e507a07a5dd56d281ca317cd80ae7968bdd6a82c1fc0b1")
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
SUFFIXES = r"\s+(Corp\.?|Corporation|Company|Co\.|Inc\.?|Group|Groupe|Gruppen|plc|Ltd\.?|AG|SA|S\.A\.)$"



def check(shared, source):
    path = shared / "data" / source[0]
    if not path.exists() or sha256(path) != source[1]:
        sys.exit(f"error: {path}: missing or not the version this list was built from ({source[1][:8]}…)")
    return path




def sheets(path):
    """(year, rows) for each sheet of the workbook; a row is {column letter: text}."""
    book = zipfile.ZipFile(path)
    strings = [''.join(t.text or '' for t in si.iter(MAIN + 't'))
               for si in ET.fromstring(book.read('xl/sharedStrings.xml')).findall(MAIN + 'si')]
    targets = {r.attrib['Id']: r.attrib['Target'] for r in ET.fromstring(book.read('xl/_rels/workbook.xml.rels'))}
    for sheet in ET.fromstring(book.read('xl/workbook.xml')).find(MAIN + 'sheets'):
        rows = []
        for row in ET.fromstring(book.read('xl/' + targets[sheet.attrib[RELS + 'id']])).iter(MAIN + 'row'):
            cells = {}
            for cell in row.findall(MAIN + 'c'):
                column = re.match(r'[A-Z]+', cell.attrib['r']).group(0)
                value = cell.find(MAIN + 'v')
                if value is None:
                    inline = cell.find(MAIN + 'is')
                    cells[column] = ''.join(t.text or '' for t in inline.iter(MAIN + 't')) if inline is not None else ''
                else:
                    cells[column] = strings[int(value.text)] if cell.attrib.get('t') == 's' else value.text
            rows.append(cells)
        yield int(sheet.attrib['name']), rows


def companies(path):
    """{company: (country, first year, last year)} over all years' lists."""
    seen = {}
    for year, rows in sheets(path):
        header = next(i for i, r in enumerate(rows) if any(v.startswith('Company') for v in r.values()))
        company = next(k for k, v in rows[header].items() if v.startswith('Company'))
        country = next(k for k, v in rows[header].items() if v.strip().startswith('Country'))
        for row in rows[header + 1:]:
            name, state = row.get(company, '').strip(), row.get(country, '').strip()
            if not name or not state:
                continue
            first, last = seen.get(name, (state, year, year))[1:]
            seen[name] = (state, min(first, year), max(last, year))
    return seen


def state_codes():
    names = {"Trans-European": None, "Türkiye": "TUR", "Czechia": "CZE", "South Korea": "KOR", "Taiwan": "TWN",
             "United States": "USA", "United Kingdom": "GBR", "Russia": "RUS"}
    for row in read_table(ROOT / "data" / "knowledge" / "countries.tsv"):
        for name in split_names(row["names"]):
            names.setdefault(name, row["code"])
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    shared = Path(args.shared)
    found = companies(check(shared, SOURCE))
    states = state_codes()
    hand = read_table(ROOT / "data" / "knowledge" / "catalogue" / "company-names.tsv")
    canonical = {}
    for row in hand:
        for former in [row["name"]] + split_names(row["former"]):
            canonical[former] = row
    unknown = sorted({c for c, _, _ in found.values() if c not in states})
    if unknown:
        sys.exit(f"error: no state code for {unknown}")

    merged = collections.OrderedDict()
    for name, (country, first, last) in sorted(found.items(), key=lambda item: -item[1][2]):
        row = canonical.get(name)
        key = row["name"] if row else name
        entry = merged.setdefault(key, {"names": [], "state": None, "last": last})
        entry["names"].append(name)
        if row and row.get("state"):
            entry["state"] = row["state"]
        elif entry["state"] is None:
            entry["state"] = states[country]
        if row:
            entry["names"].extend(split_names(row["aliases"]))
    print("name\taliases\tstate\ttype")
    print("# Generated by tools/build_companies.py from the SIPRI Top 100 arms-producing and military services companies,")
    print("# 2002-2024 (SIPRI Arms Industry Database (c) SIPRI; non-commercial use, see data/README.md), merged across")
    print("# renames by catalogue/company-names.tsv. Do not edit: change that file and run the generator.")
    for key, entry in merged.items():
        if entry["state"] is None:
            sys.exit(f"error: {key}: a Trans-European company needs a state in company-names.tsv")
        display = key if key != short(key) and not multiword(short(key)) else short(key)
        aliases = []
        for name in [key] + entry["names"]:
            aliases.append(name)
            # "Lockheed Martin Corp." is also "Lockheed Martin"; "Cubic Corp.", "Triumph Group" stay in full ("Cubic",
            # "Triumph" are words) and so do "Czechoslovak Group", "The Aerospace Corp.".
            if short(name) != name and multiword(short(name)):
                aliases.append(short(name))
        aliases = [a for a in dict.fromkeys(aliases) if a != display and "MERGED" not in a]
        print(f"{display}\t{'|'.join(aliases)}\t{entry['state']}\tmanufacturer")


def short(name):
    """"Lockheed Martin Corp." → "Lockheed Martin"; "Kongsberg Gruppen" → "Kongsberg"."""
    previous = None
    while previous != name:
        previous, name = name, re.sub(SUFFIXES, "", name).strip()
    return name.replace(" - MERGED!", "")


def multiword(name):
    """A short form safe to match: several words not opening with "The", or an acronym ("ITT")."""
    words = name.split()
    return len(words) > 1 and words[0] != "The" or name.isupper() and len(name) >= 3


if __name__ == "__main__":
    main()
