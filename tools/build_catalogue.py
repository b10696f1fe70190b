#!/usr/bin/env python3
"""Derive data/knowledge/weapon-catalogue.tsv from SIPRI's trade registers, Wikidata's aircraft names and the hand-kept
files in data/knowledge/catalogue/.

usage: tools/build_catalogue.py [--shared ../shared] [--review] > data/knowledge/weapon-catalogue.tsv

Every SIPRI designation becomes a row: its family (S-300PMU-2 → S-300, Su-30MK → Su-30, Project-877E → Kilo), its
category in the contract's vocabulary, its state(s) of origin, its maker, and the names it is written with (SIPRI's
designation and variants, the "… version" and "… designation …" names of SIPRI's comments, Wikidata's aliases).
- category: SIPRI's armament category of the 1995-2025 register, else the one its description has there; SAM and ABM
  missiles are air-defence (the contract's rule).
- origin: the supplier of most new-built deliveries (a Soviet design Russia still builds is Russian); families.tsv and
  overrides.tsv correct it for licensed production, joint programmes and sellers of second-hand items.
- maker: the longest matching entry of makers.tsv (a designation prefix such as "Su-" or a programme name).
- names: a name prefixed with "~" is matched only with equipment words beside it ("K2 tanks", not "K2 in the
  Himalayas"): short codes, and words or place names that mean something else ("Tiger", "Adelaide").
The sources are checked against their SHA-256 first; a changed file stops the build.
"""
import argparse
import collections
import csv
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

from tables import read_table, sha256, split_names

ROOT = Path(__file__).resolve().parent.parent
HAND = ROOT / "data" / "knowledge" / "catalogue"

SOURCES = {
    "sipri/trade-register-1950-2024.csv": "915257da0889e15d59936dbdf756529c34ee33c3a0c2ae73183d9cd8fd4b9c92",
    "sipri/trade-register-1995-2025.csv": "de974d8302efdeaad98d0b5a7d0ef020a3e5d1929b6406423cfe2ee2bad51868",
    "wikidata-aircraft/aircraft-list.json": "1cdf5b52074991db89624853c6128dd189c47ddc9255eb7dc15e4af75cee883d",
    # Only its vocabulary is read: a name that is also an everyday word needs equipment words beside it.
    "ud-english-ewt/en_ewt-ud-train.conllu": "3fb78e2b55482c8ee00caa653af436c88c9e5bc9a73ce26e4ae3ddc79d2b7e7b",
}

# SIPRI's armament categories in the contract's vocabulary.
CATEGORIES = {
    "Aircraft": "aircraft", "Air-defence systems": "air-defence", "Armoured vehicles": "armoured-vehicles",
    "Artillery": "artillery", "Engines": "engines", "Missiles": "missiles", "Naval weapons": "naval-weapons",
    "Sensors": "sensors", "Ships": "ships", "Satellites": "satellites", "Other": "other",
}

# Words of a description that decide a category the 1995-2025 register does not give (older descriptions).
DESCRIPTION_WORDS = [
    (r"\b(SAM|ABM|anti-aircraft|air[- ]defen[cs]e)\b", "air-defence"),
    (r"\b(radar|sonar|EO|electro-optical|recce system|search system|intelligence system)\b", "sensors"),
    (r"\b(engine|turbofan|turbojet|turboprop|gas turbine|diesel)\b", "engines"),
    (r"\b(aircraft|helicopter|UAV|heli|airship)\b", "aircraft"),
    (r"\b(missile|bomb|torpedo|rocket|shell)\b", "missiles"),
    (r"\b(ship|boat|submarine|frigate|corvette|destroyer|cruiser|carrier|craft|minesweeper|minehunter|tug|tanker|"
     r"minelayer|gunboat)\b", "ships"),
    (r"\b(naval gun|anti-submarine mortar|anti-submarine rocket)\b", "naval-weapons"),
    (r"\b(gun|mortar|howitzer|rocket launcher|MRL|coastal defence)\b", "artillery"),
    (r"\b(tank|APC|IFV|vehicle|armoured|car|bridgelayer)\b", "armoured-vehicles"),
    (r"\b(turret|chassis|refuel)\b", "other"),
    (r"\bsatellite\b", "satellites"),
]

# SIPRI's names of states that the country file does not know; non-state actors and "unknown" map to None.
SIPRI_STATES = {
    "Soviet Union": "SUN", "Czechoslovakia": "CSK", "Yugoslavia": "YUG", "East Germany (GDR)": "DDR",
    "Germany (FRG)": "DEU", "UAE": "ARE", "North Yemen": "YEM", "South Yemen": "YEM",
    "Yemen Arab Republic (North Yemen)": "YEM", "Cabo Verde": "CPV", "Saint Vincent": "VCT", "eSwatini": "SWZ",
    "South Vietnam": "VNM", "Turkiye": "TUR", "Turkey": "TUR", "Cote d'Ivoire": "CIV", "Bosnia-Herzegovina": "BIH",
    "Libya GNC": "LBY", "Macedonia (FYROM)": "MKD", "Sao Tome and Principe": "STP", "Timor-Leste": "TLS",
}
# A state that took over another's production: its designs made by the successor count for the successor.
SUCCESSORS = {"SUN": "RUS", "CSK": "CZE", "YUG": "SRB", "DDR": "DEU"}

# Trailing words of the 1995-2025 register that type a designation rather than name it ("Barak-1 SAMS", "Anka UAV").
TYPE_SUFFIXES = {
    "APC", "IFV", "SAMS", "SAM", "UAV", "UCAV", "ASW", "MRL", "OPV", "AV", "SIGINT", "COMINT", "ELINT", "TEL", "AIP",
    "ATM", "SSM", "PC", "AD", "ATK", "MRTT", "AEW", "AGS", "FSV", "ARV", "MP", "FAC", "CP", "SAU", "AIR", "LAND", "NAVAL",
    "Land", "Naval", "Radar", "radar", "turret", "chassis", "CIWS", "LCS", "MI", "AEV", "RCV", "MCM", "ATGW", "IR",
}

# SIPRI's marks of the state a variant was made for ("Leopard-1A5 TUR", "AIM-9L FRG"): no names.
COUNTRY_SUFFIXES = {"TUR", "FRG", "GDR", "USA", "UAE", "GRE", "AUS", "IND", "PAK", "ISR", "SAU", "KSA", "ROK", "CHN", "RUS",
                    "GBR", "FRA", "ITA", "ESP", "NLD", "BEL", "NOR", "SWE", "DEN", "POL", "JPN", "TWN", "EGY", "BRA", "CAN"}

# Separators a designation is written with or without: "Su-30", "Su 30", "SU30".
SEPARATORS = " -/.'’"

CODE = re.compile(r"^(?P<prefix>(?:[A-Za-z]{1,4}/)?[A-Za-z][A-Za-z]{0,9})[- ]?(?P<number>\d+)(?P<rest>.*)$")
GRAU = re.compile(r"^(?P<base>\d{1,2}[A-Z]{1,2}\d+)(?P<rest>.*)$")


def compact(text):
    """Lower case letters and digits only, accents dropped: how names are compared ("Su-30" = "SU 30" = "su30")."""
    text = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(c for c in text.lower() if c.isascii() and c.isalnum())



def check_sources(shared):
    for name, expected in SOURCES.items():
        path = shared / "data" / name
        if not path.exists():
            sys.exit(f"error: {path}: missing")
        if sha256(path) != expected:
            sys.exit(f"error: {path}: SHA-256 differs from the version this catalogue was built from ({expected[:8]}…)")




def state_codes():
    names = dict(SIPRI_STATES)
    for row in read_table(ROOT / "data" / "knowledge" / "countries.tsv"):
        for name in split_names(row["names"]):
            names.setdefault(name, row["code"])
    for row in read_table(ROOT / "data" / "knowledge" / "state-aliases.tsv"):
        if row["kind"] == "name":
            names.setdefault(row["name"], row["code"])
    return names


Deal = collections.namedtuple("Deal", "designation description category supplier new comments")


def read_registers(shared, states):
    deals = []
    older = open(shared / "data/sipri/trade-register-1950-2024.csv", encoding="cp1252").read().split("\n")
    reader = csv.reader(io.StringIO("\n".join(older[11:])))
    next(reader)
    for r in reader:
        if len(r) < 13:
            continue
        deals.append(Deal(r[6].strip(), r[7].strip(), None, states.get(r[1].strip()), r[11].strip() == "New", r[12]))
    newer = open(shared / "data/sipri/trade-register-1995-2025.csv", encoding="utf-8").read().split("\n")
    reader = csv.reader(io.StringIO("\n".join(line.rstrip().rstrip(";") for line in newer[11:])))
    next(reader)
    for r in reader:
        if len(r) < 17:
            continue
        deals.append(Deal(r[3].strip(), r[4].strip(), CATEGORIES.get(r[5].strip()), states.get(r[1].strip()),
                          r[12].strip() == "New", ""))
    return deals


def clean_designation(designation):
    """SIPRI's designation without its register markers: "A-400M -" → "A-400M", "AL-31 (13500)" → "AL-31"."""
    designation = re.sub(r"\s+-+$", "", designation.strip())
    designation = re.sub(r"\s*\(\d+\)$", "", designation)
    return designation.strip().rstrip("?").strip()


GENERIC = {"APC", "IFV", "SAM", "UAV", "MRL", "OPV", "AEW", "SAMS", "MANPADS", "ARV", "AFV", "SPG", "LST", "LCU", "LCM",
           "MCM", "AAV", "ATGM", "SSM", "ASM", "AAM", "FAC", "PC"}


def is_generic(designation, description):
    """SIPRI writes a description when the designation is unknown ("aircraft engine", "120mm mortar", "APC"), at times
    with a qualifier ("ship engine AIP"): a name starts with a capital or a digit, a description with a word."""
    words = re.sub(r"\d+(\.\d+)?mm\b", "", designation)
    return (not re.search(r"[A-Z]", words) or designation[:1].islower() or designation in GENERIC
            or designation.lower() == description.lower()
            or re.fullmatch(r"[A-Z]{2,5} [a-z].*", designation) is not None)


def base_form(designation):
    """The designation without calibre, length or type words: "Palmaria 155mm turret" → "Palmaria", "Barak-1 SAMS" →
    "Barak-1"."""
    words = [w for w in designation.split() if not re.fullmatch(r"\d+(\.\d+)?(mm|m)", w)]
    while len(words) > 1 and (words[-1] in TYPE_SUFFIXES or words[-1].islower()):
        words = words[:-1]
    return " ".join(words) or designation


def written_forms(designation):
    """The ways the designation itself is written: itself, its base form, each of "A/B" alternatives, and a code without
    the maker's or programme's name before it ("Bayraktar TB-2" → "TB-2")."""
    base = base_form(designation)
    forms = [designation, base]
    # "Mi-8MT/Mi-17", "HY-2/SY-1A": alternatives; not "Type-209/1400" or "F/A-18".
    parts = base.split("/")
    if len(parts) == 2 and re.search(r"\d", parts[0]) and re.match(r"[A-Za-z]{1,4}-?\d", parts[1]):
        forms.extend(parts)
    words = base.split()
    if (len(words) == 2 and not re.search(r"\d", words[0]) and re.search(r"[A-Za-z].*\d|\d.*[A-Za-z]", words[1])
            and not re.match(r"(Block|Mk|Mod|Batch|Tranche|Flight)\b", words[1])):
        forms.append(words[1])
    # "AASM Hammer", "MICA-RF Rafale": an acronym before a name is written alone too.
    if len(words) >= 2 and re.fullmatch(r"[A-Z]{3,}(-[A-Z0-9]+)?", words[0]):
        forms.append(words[0])
    return list(dict.fromkeys(f.strip() for f in forms if f.strip()))


def prefix_rest(pattern, name):
    """When the name starts with the pattern's letters and digits (separators and case aside), the rest of the name as
    written; else None. ("S-300", "S-300PMU2") → "PMU2"; ("Type 209", "Type-209/1400") → "/1400"."""
    i = 0
    for c in pattern:
        if not c.isalnum():
            continue
        while i < len(name) and not name[i].isalnum():
            i += 1
        if i >= len(name) or name[i].lower() != c.lower():
            return None
        i += 1
    return name[i:]


def code_family(designation):
    """The family a code designation belongs to by its shape: "Su-30MK" → "Su-30", "S-300PMU-2" → "S-300",
    "M-113A3" → "M-113", "2S19 152mm" → "2S19", "Type-209/1400" → "Type-209"; None for names ("Patriot")."""
    first = designation.split()[0]
    match = GRAU.match(first)
    if match:
        return re.sub(r"[A-Z]+$", "", match["base"]) or match["base"]
    match = CODE.match(first)
    words = designation.split()
    if len(words) > 1 and re.match(r"(Block|Mk|Mod|Batch|Tranche|Flight)\b", words[1]):
        return None if not match else f"{match['prefix']}-{match['number']}"   # "ESSM Block-2": a variant, not a code
    if not match and len(words) > 1 and not re.search(r"\d", first):
        # "Bayraktar TB-2", "Lynx KF-41": the code after the programme's name.
        match = CODE.match(words[1])
    if not match:
        return None
    # "Hawk-100", "Leopard-2A4": a word and a number; the number is part of the family.
    return f"{match['prefix']}-{match['number']}"


def programme(designation):
    """The family of a designation without a code: its base form without a variant ("ESSM Block-2" → "ESSM")."""
    words = [w for w in base_form(designation).split() if not re.match(r"(Block|Mk|Mod|Batch|Tranche|Flight)\b", w)]
    return " ".join(words) or base_form(designation)


def name_part(designation):
    """The name beside a code ("AH-64D Apache" → "Apache", "EMB-314 Super Tucano" → "Super Tucano")."""
    words = base_form(designation).split()
    if len(words) < 2 or not re.search(r"\d", words[0]):
        return None
    rest = [w for w in words[1:] if not re.fullmatch(r"[A-Z0-9/-]{1,6}|Mk-?\d+|Block-?\w+|\(.*\)", w)
            or re.fullmatch(r"[A-Z]{3,6}", w) and len(words) == 2 and w not in COUNTRY_SUFFIXES]
    name = " ".join(rest)
    return name if rest and re.match(r"[A-Z][a-z]|[A-Z]{3,}$", name) else None


QUALIFIERS = r"(?:(?:incl(?:uding|udes)?|mainly|probably|possibly|armed|modernized|new|some|all|and|or|\d+(?:-\d+)?)\s+)*"


def comment_names(comments, designation):
    """Variant and local names in SIPRI's comments: "A-29B version", "Pakistani designation Hangor"."""
    names = []
    for part in re.split(r"[;,]", comments):
        part = re.sub(r"\(.*?\)", "", part).strip()
        match = re.match(r"^" + QUALIFIERS + r"(?P<name>[A-Z0-9][\w/.-]*(?: [A-Z0-9][\w/.-]*){0,2}) versions?$", part, re.I)
        if match and re.match(r"[A-Z0-9]", match["name"]):
            names.append((match["name"], "version"))
            continue
        match = re.match(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)? designation (?P<name>[A-Z0-9][\w'./-]*(?: [A-Z0-9][\w'./-]*){0,2})"
                         r"(?: or (?P<other>[A-Z0-9][\w'./-]*(?: [A-Z0-9][\w'./-]*){0,2}))?(?: [Cc]lass)?$", part)
        if match:
            names.extend((n, "local") for n in (match["name"], match["other"]) if n)
    return [(n, kind) for n, kind in names if compact(n) != compact(designation) and re.search(r"[A-Z]", n)
            and all(re.match(r"[A-Z0-9]", w) for w in n.split()) and not re.fullmatch(r"[A-Z]{1,3}", n)]


class Vocabulary:
    """Words of ordinary English text (UD English EWT): a name that is also such a word needs context to be a system."""

    def __init__(self, path):
        self.lower = set()
        self.proper = set()
        self.tags = collections.defaultdict(collections.Counter)
        for line in open(path, encoding="utf-8"):
            fields = line.split("\t")
            if len(fields) < 4 or not fields[0].isdigit():
                continue
            form = fields[1]
            self.tags[form.lower()][fields[3]] += 1
            if form.islower():
                self.lower.add(form)
            elif fields[3] == "PROPN":
                self.proper.add(form.lower())

    def is_noun(self, word):
        """A word used above all as a noun ("tiger", "hawk"), not an adjective or a verb ("light", "training")."""
        tags = self.tags.get(word.lower())
        return not tags or tags.most_common(1)[0][0] in ("NOUN", "PROPN")

    def is_word(self, word):
        return word.lower() in self.lower

    def is_known(self, word):
        return word.lower() in self.lower or word.lower() in self.proper


def needs_context(name, vocabulary, places):
    """Whether a name means something else too, so that only equipment words beside it make it a system: short codes
    ("K2", "M1"), everyday words and names ("Tiger", "Brown"), places ("Adelaide")."""
    if re.fullmatch(r"[A-Za-z]{1,2}\d{1,2}", name):   # "K2", "M1", "F1"; not "T-90"
        return True
    if len(compact(name)) <= 2 or compact(name).isdigit():   # "K-2" is written "K2" too
        return True
    if any(c.isdigit() for c in name):
        return False
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if compact(name) in places:
        return True
    if len(words) == 1:
        word = words[0]
        if word.isupper() and len(word) >= 3 and not vocabulary.is_word(word):   # "THAAD", "HIMARS"
            return False
        return vocabulary.is_known(word) or len(word) <= 2
    return all(vocabulary.is_known(w) for w in words if w.isalpha())


DESCRIPTORS = {"light", "heavy", "medium", "naval", "land", "air", "sea", "coastal", "gun", "guns", "mortar", "cannon",
               "launcher", "system", "systems", "radar", "turret", "chassis", "version", "standard", "export", "training",
               "train", "armed", "modernized", "upgrade", "new", "mobile", "towed", "super", "mini", "micro"}


def secondary_name_ok(name, vocabulary, source=None):
    """A name beside the designation (from a comment, a code's name part, Wikidata) worth matching: not an everyday word
    ("Light", "Training") nor a bare number."""
    if not usable_name(name):
        return False
    words = [w for w in re.split(r"[\s-]+", name) if w]
    if len(words) == 1 and name.lower() in DESCRIPTORS:
        return False
    if not any(c.isdigit() for c in name) and all(vocabulary.is_word(w) for w in words):
        # A code's one-word name that is a noun stays, beside equipment words ("EC-665 Tiger": "Tiger helicopters").
        return source == "name" and len(words) == 1 and vocabulary.is_noun(words[0])
    return True


def categories_by_description(deals):
    """Descriptions (lower case) → how often each category goes with them, from the register that has both."""
    by_description = collections.defaultdict(collections.Counter)
    for deal in deals:
        if deal.category:
            by_description[deal.description.lower()][deal.category] += 1
    return by_description


def description_category(description, given, by_description):
    """A description's category in the contract's vocabulary: SAM and ABM are air-defence, drones aircraft, else the
    register's category, else the one the description has elsewhere, else its words'."""
    if re.search(r"\b(SAM|ABM)\b", description, re.I) and "air-to-air" not in description.lower():
        return "air-defence"
    if re.search(r"loitering munition|attack drone", description, re.I):
        return "aircraft"      # the contract counts drones as aircraft, SIPRI one-way ones as missiles
    if given:
        return given
    counts = by_description.get(description.lower())
    if counts:
        return counts.most_common(1)[0][0]
    for pattern, category in DESCRIPTION_WORDS:
        if re.search(pattern, description, re.I):
            return category
    return "other"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared data folder (../shared)")
    parser.add_argument("--review", action="store_true", help="print lists to review on stderr")
    args = parser.parse_args()
    shared = Path(args.shared)
    check_sources(shared)
    states = state_codes()
    deals = read_registers(shared, states)
    vocabulary = Vocabulary(shared / "data/ud-english-ewt/en_ewt-ud-train.conllu")
    places = {compact(n) for n in states}
    for row in read_table(ROOT / "data" / "knowledge" / "countries.tsv"):
        places.update(compact(c) for c in split_names(row["capitals"]))

    by_description = categories_by_description(deals)

    def category_of(description, given):
        return description_category(description, given, by_description)

    # One entry per designation and category ("Mistral" the missile and "Mistral" the ship are two).
    entries = {}
    for deal in deals:
        designation = clean_designation(deal.designation)
        if not designation or is_generic(designation, deal.description):
            continue
        category = category_of(deal.description, deal.category)
        key = (compact(designation), category)
        entry = entries.get(key)
        if entry is None:
            entry = entries[key] = {"designation": designation, "category": category, "deals": 0,
                                    "new": collections.Counter(), "all": collections.Counter(), "names": {}}
        entry["deals"] += 1
        if deal.supplier:
            entry["all"][deal.supplier] += 1
            if deal.new:
                entry["new"][deal.supplier] += 1
        for name, kind in comment_names(deal.comments, designation):
            entry["names"].setdefault(name, kind)

    families = read_table(HAND / "families.tsv")
    people = {compact(w) for row in read_table(ROOT / "data" / "office-holders.tsv")
              for n in [row["name"]] + split_names(row["aliases"]) for w in n.split() if len(w) > 2}
    # Makers' names are no system's name ("Boeing-707" is not "Boeing", "Saab-91" not "SAAB").
    companies = {compact(row["maker"]) for row in read_table(HAND / "makers.tsv")}
    for row in read_table(ROOT / "data" / "knowledge" / "organisations.tsv"):
        companies.update(compact(n) for n in [row["name"]] + split_names(row["aliases"]))
    companies.update({"boeing", "saab", "rotem", "hanwha", "airbus", "bell", "beech", "cessna", "piper", "dassault",
                      "embraer", "pilatus", "sikorsky", "grumman", "lockheed", "northrop", "fokker"})
    overrides = {compact(r["name"]): r for r in read_table(HAND / "overrides.tsv")}
    aliases = read_table(HAND / "aliases.tsv")
    makers = read_table(HAND / "makers.tsv")

    # How the hand marks its patterns: "~K2" needs context, "Patriot" does not, whatever the vocabulary says.
    hand_marks = {}
    family_patterns = []
    for row in families:
        row["names"] = []
        for pattern in split_names(row["patterns"]):
            name = pattern.lstrip("~")
            hand_marks[name] = pattern.startswith("~")
            row["names"].append(name)
            family_patterns.append((name, row))
    for row in aliases:
        for alias in split_names(row["aliases"]):
            hand_marks[alias.lstrip("~")] = alias.startswith("~")
    family_patterns.sort(key=lambda p: -len(compact(p[0])))

    def hand_family(name):
        """The hand-kept family whose pattern the name is written with, by the runtime's rule: the pattern's letters and
        digits, then nothing, a separator, a variant after a digit ("S-300PMU2") or a plural."""
        for pattern, row in family_patterns:
            rest = prefix_rest(pattern, name)
            if rest is None:
                continue
            if rest == "" or rest[0] in "-/ " or rest == "s":
                return row
            if pattern[-1].isdigit() and not rest[0].isdigit():
                return row
        return None

    for entry in entries.values():
        designation = entry["designation"]
        for name in written_forms(designation):
            entry["names"][name] = "designation"
        # "Dolphin Batch-2", "Typhoon Block-20": the programme without its batch is written alone too.
        if programme(designation) != base_form(designation):
            entry["names"].setdefault(programme(designation), "designation")
        # "Switchblade-600", "SPYDER-MR", "Shahed-136": the programme's word is written alone too.
        word = re.fullmatch(r"([A-Za-z]{4,})-[A-Za-z0-9][A-Za-z0-9-]{0,5}", designation.split()[0])
        if word and compact(word[1]) not in companies:
            entry["names"].setdefault(word[1], "word")
        # Chinese types are written "T59D", "T96" too (another state's "T-62" keeps its name: see the collisions below).
        chinese = re.fullmatch(r"Type-(\d{2})([A-Z]?)", designation.split()[0])
        if chinese and entry["all"].most_common(1) and entry["all"].most_common(1)[0][0] == "CHN":
            entry["names"].setdefault(f"T{chinese[1]}{chinese[2]}", "word")
        part = name_part(designation)
        if part:
            entry["names"].setdefault(part, "name")
        candidates = written_forms(designation) + ([part] if part else [])
        hand = next((h for h in map(hand_family, candidates) if h), None)
        if hand and hand["category"] != entry["category"] and not compatible(hand["category"], entry["category"]):
            hand = None
        entry["hand"] = hand
        entry["family"] = hand["family"] if hand else (code_family(designation) or programme(designation))
        override = overrides.get(compact(designation))
        if override and override.get("family"):
            entry["family"] = override["family"]
        elif not hand and entry["family"] == code_family(designation):
            entry["names"].setdefault(entry["family"], "family")     # "F-14" for "F-14A Tomcat"

    # Origin: the supplier of most new-built deliveries, of the designation, or of its family when it has few.
    family_new = collections.defaultdict(collections.Counter)
    for entry in entries.values():
        family_new[(entry["family"], entry["category"])].update(entry["new"] or entry["all"])

    def ranked(counts):
        merged = collections.Counter()
        for state, n in counts.items():
            successor = SUCCESSORS.get(state)
            merged[successor if successor in counts else state] += n
        return [s for s, _ in merged.most_common()]

    for entry in entries.values():
        own = entry["new"] or entry["all"]
        counts = own if sum(own.values()) >= 3 else family_new[(entry["family"], entry["category"])]
        order = ranked(counts) or ranked(own)
        entry["origin"] = order[0] if order else None
        # A design built first by a state that is no more: the predecessor is a state of origin too (a 1980s L-39
        # came from Czechoslovakia, today's from the Czech Republic).
        entry["origins"] = order[:1] + [p for p, s in SUCCESSORS.items() if order and s == order[0] and p in counts]

    # Wikidata: aliases of the aircraft whose name or alias names one family of the catalogue (NATO names, service
    # designations), given to that family's most dealt designation.
    wikidata = json.load(open(shared / "data/wikidata-aircraft/aircraft-list.json", encoding="utf-8"))["aircraft"]
    families_by_name = collections.defaultdict(set)
    top_of_family = {}
    for entry in entries.values():
        if entry["category"] != "aircraft":
            continue
        for name, source in entry["names"].items():
            if source in ("designation", "family"):
                families_by_name[compact(name)].add(entry["family"])
        for name in entry["hand"]["names"] if entry["hand"] else []:
            families_by_name[compact(name)].add(entry["family"])
        best = top_of_family.get(entry["family"])
        if best is None or entry["deals"] > best["deals"]:
            top_of_family[entry["family"]] = entry
    for aircraft in wikidata:
        names = [aircraft["name"]] + aircraft.get("aliases", [])
        stripped = [" ".join(n.split()[1:]) for n in names if len(n.split()) > 1]
        matched = {f for n in names + stripped for f in families_by_name.get(compact(n), ())}
        if len(matched) != 1:
            continue    # no family, or a name too general to tell one
        entry = top_of_family[matched.pop()]
        for alias in names:
            if wikidata_alias_ok(alias) and not families_by_name.get(compact(alias), {entry["family"]}) - {entry["family"]}:
                entry["names"].setdefault(alias, "wikidata")
            # "General Dynamics F-16 Fighting Falcon": the name after the code.
            after = re.fullmatch(r"(?:[\w.-]+ )*?[A-Z]{1,4}-?\d+[A-Za-z]* ((?:[A-Z][a-z]+ ?){1,3})", alias)
            if after and alias.isascii():
                entry["names"].setdefault(after[1].strip(), "wikidata")

    # A secondary name that is another family's own designation belongs to that family ("S-70", a local name of an
    # Agosta submarine, is Sikorsky's S-70).
    own_forms = collections.defaultdict(set)
    for entry in entries.values():
        for name, source in entry["names"].items():
            if source in ("designation", "family"):
                own_forms[compact(name)].add(entry["family"])
    for row in families:
        for name in row["names"]:
            own_forms[compact(name)].add(row["family"])
    own_categories = collections.defaultdict(set)
    for entry in entries.values():
        for name, source in entry["names"].items():
            if source in ("designation", "family"):
                own_categories[(compact(name), entry["family"])].add(entry["category"])
    for row in families:
        for name in row["names"]:
            own_categories[(compact(name), row["family"])].add(row["category"])
    for entry in entries.values():
        for name, source in list(entry["names"].items()):
            others = own_forms.get(compact(name), {entry["family"]}) - {entry["family"]}
            # Another family of the same kind owns the name; one of another kind is a namesake the noun after it tells
            # apart ("Tiger" the helicopter, "Tiger" the armoured car).
            if source not in ("designation", "family") and any(
                    entry["category"] == c or compatible(entry["category"], c) or source == "word"
                    for other in others for c in own_categories[(compact(name), other)]):
                del entry["names"][name]

    rows = []
    for entry in entries.values():
        origin, origins = entry["origin"], entry["origins"]
        hand = entry["hand"]
        family = entry["family"]
        if hand and hand.get("origin"):
            origin = None if hand["origin"] == "-" else hand["origin"]
            origins = split_names(hand.get("origins", "")) or ([origin] if origin else origins)
        override = overrides.get(compact(entry["designation"])) or overrides.get(compact(family))
        if override:
            family = override.get("family") or family
            if override.get("origin"):
                origin = None if override["origin"] == "-" else override["origin"]
                origins = split_names(override.get("origins", "")) or ([origin] if origin else [])
        names = [n for n, source in entry["names"].items()
                 if source in ("designation", "family") and usable_name(n) or secondary_name_ok(n, vocabulary, source)]
        # Local names from comments and Wikidata's reporting names are mostly people's and places' names ("Nasser",
        # "Ruslan"), as are ships' names: written without a digit they stand for a system only beside equipment words.
        # A programme's word alone ("Shahed", "Switchblade") or a Chinese type's short form ("T96") may be a maker's or a
        # person's name, or another state's type: only beside equipment words.
        # So may a code's one-word name ("CM-90 Nasr": "Jean-Marc Nasr said") or a word officials are named by.
        marked = {n for n, source in entry["names"].items()
                  if source == "word" or compact(n) in people
                  or not re.search(r"\d", n) and (source == "name" and " " not in n and not n.isupper() or source == "local"
                                                  or source == "wikidata" and " " not in n or entry["category"] == "ships")}
        rows.append({"designation": entry["designation"], "family": family, "category": entry["category"],
                     "origin": origin, "origins": origins, "names": names, "deals": entry["deals"], "hand": hand,
                     "marked": marked})

    # Hand-kept families: their own patterns on their most-dealt row, and a row of their own when SIPRI has none.
    by_family = collections.defaultdict(list)
    for r in rows:
        by_family[r["family"]].append(r)
    for row in families:
        origin = None if row["origin"] == "-" else row["origin"]
        origins = split_names(row.get("origins", "")) or ([origin] if origin else [])
        own = [r for r in by_family.get(row["family"], []) if r["hand"] is row]
        if not own:
            rows.append({"designation": row["family"], "family": row["family"], "category": row["category"],
                         "origin": origin, "origins": origins, "names": list(row["names"]), "deals": 0, "hand": row,
                         "marked": set()})
            continue
        top = max(own, key=lambda r: r["deals"])
        top["names"] = list(dict.fromkeys(top["names"] + row["names"]))

    for alias in aliases:
        key = compact(alias["name"])
        targets = sorted([r for r in rows if compact(r["designation"]) == key] or
                         [r for r in rows if compact(r["family"]) == key], key=lambda r: -r["deals"])
        if not targets:
            sys.exit(f"error: aliases.tsv: {alias['name']} is neither a designation nor a family of the catalogue")
        targets[0]["names"] = list(dict.fromkeys(targets[0]["names"] + [a.lstrip("~") for a in split_names(alias["aliases"])]))

    organisations = set()
    for file in ("organisations.tsv", "companies.tsv"):
        for row in read_table(ROOT / "data" / "knowledge" / file):
            organisations.update([row["name"]] + split_names(row["aliases"]))
    for maker in {m["maker"] for m in makers} - organisations:
        sys.exit(f"error: makers.tsv: {maker} is no organisation of organisations.tsv or companies.tsv")
    for r in rows:
        r["maker"] = maker_of(r, makers)

    print("designation\tfamily\tcategory\torigin\torigins\tmaker\tdeals\tsource\tnames")
    print("# Generated by tools/build_catalogue.py from SIPRI's trade registers (SIPRI Arms Transfers Database (c) SIPRI;")
    print("# non-commercial use, see data/README.md), Wikidata aircraft aliases (CC0) and the hand-kept files in catalogue/.")
    print("# Do not edit: change the hand-kept files and run the generator. origin: the state a system comes from when the")
    print("# article names no supplier ('-': a joint programme, the article must say who supplies); origins: every state of")
    print("# origin; deals: SIPRI's deals for it; source: hand when its family is hand-kept (of two systems written alike,")
    print("# a hand-kept one is meant, then the one with more deals). names: how it is written; '~' marks a name that is a")
    print("# system only with equipment words beside it.")
    for r in sorted(rows, key=lambda r: (r["family"].lower(), r["designation"].lower(), r["category"])):
        names = [n for n in dict.fromkeys([r["designation"]] + r["names"]) if compact(n)]
        marked = [("~" if hand_marks.get(n, n in r["marked"] or needs_context(n, vocabulary, places)) else "") + n
                  for n in names]
        print("\t".join([r["designation"], r["family"], r["category"], r["origin"] or "-",
                         "|".join(r["origins"]) or "-", r["maker"] or "-", str(r["deals"]),
                         "hand" if r["hand"] else "SIPRI", "|".join(marked)]))
    if args.review:
        review(rows)


def compatible(a, b):
    return {a, b} <= {"missiles", "air-defence"}


def usable_name(name):
    return bool(compact(name)) and len(name) <= 40 and re.search(r"[A-Za-z]", name) is not None


def wikidata_alias_ok(alias):
    """A Wikidata alias worth matching in news: a service designation ("A-29", "CF-18") or a reporting name
    ("Fulcrum"), not a description, a bare number or a maker's model number ("Product 9.12")."""
    if not alias.isascii() or len(alias) > 30:
        return False
    if re.fullmatch(r"[A-Z]{1,4}-\d{1,4}[A-Z]?", alias):
        return True
    return re.fullmatch(r"[A-Z][a-z]{3,}(-[A-Z])?", alias) is not None


def maker_of(row, makers):
    """The maker of the longest pattern of makers.tsv its designation or family is written with ("Su-" for "Su-30MK",
    "F-16" for "F-16C", "Rafale" for "Rafale M"), by the runtime's rule for a name and its variant."""
    best = None
    for maker in makers:
        pattern = maker["pattern"]
        if maker.get("category") and not (maker["category"] == row["category"] or compatible(maker["category"], row["category"])):
            continue
        for name in (row["designation"], row["family"]):
            rest = prefix_rest(pattern, name)
            if rest is None:
                continue
            if pattern.endswith("-"):
                fits = re.match(r"[- ]?\d", rest) is not None
            elif pattern[-1].isdigit():
                fits = rest == "" or not rest[0].isdigit()
            else:
                fits = rest == "" or rest[0] in " -/" or rest[0].isdigit() or rest[0].isupper()
            if fits and (best is None or len(compact(pattern)) > len(compact(best["pattern"]))):
                best = maker
    return best["maker"] if best else None


def review(rows):
    print(f"{len(rows)} designations, {len({r['family'] for r in rows})} families", file=sys.stderr)


if __name__ == "__main__":
    main()
