"""Named facilities ('the Zaporizhzhia NPP', 'the Kerch bridge', 'the Ilsky refinery') found and geocoded.

facilities.csv lists every facility with its aliases, names that stand alone ('ZNPP', 'Sheskharis'), and
its stems, names that need a generic word ('Zaporizhzhia' + 'nuclear plant'); facility_kinds.toml holds the
generic words of each kind. One regex finds candidates (a name, optionally followed by a generic word) and
one dict of every valid surface form says which facility a candidate is, so a bare town name is never one.

    find_facilities(text)  # [FacilityMention(start, end, surface, Facility(name, target_type, place, ...))]
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from etl.gazetteer.admin1 import NAMES_FILE, TYPES_FILE, english_name
from etl.gazetteer.countries import build_countries
from etl.gazetteer.datafiles import csc_states, read_rows, split_aliases
from etl.gazetteer.model import Place

FACILITIES_FILE = "facilities.csv"
KINDS_FILE = "facility_kinds.toml"
# Between the words of a name: 'Ust-Luga' and 'Ust Luga', 'coal-fired' and 'coal fired' are one form.
_SEP = r"[\s\-–]+"
_TOKEN = re.compile(r"[^\s\-–]+")
# 'the Odesa port city' names the city; the lexicon's port cue makes the same exception.
_NOT_A_TOWN_AFTER = rf"(?!{_SEP}(?:city|cities|town|towns)\b)"
_BEFORE_REACH = 40


@dataclass(frozen=True, slots=True)
class Facility:
    """A named site: its taxonomy type and the Place (precision 'place') the warehouse stores for it."""

    name: str
    target_type: str
    place: Place
    source: str


@dataclass(frozen=True, slots=True)
class FacilityMention:
    """A stretch of text naming a facility."""

    start: int
    end: int
    surface: str
    facility: Facility


def form_key(text: str) -> str:
    """A surface form's lookup key: lower case, words joined by a space ('Kerch-Bridge': 'kerch bridge')."""
    return " ".join(_TOKEN.findall(text.lower()))


class FacilityIndex:
    """Every facility, its surface forms, and the compiled patterns that find them; built once per process.

    conflicts lists (form, facility kept, facility dropped) for each form two facilities share; the tests
    keep it empty.
    """

    def __init__(self) -> None:
        self.facilities: list[Facility] = []
        self.forms: dict[str, Facility] = {}
        self.conflicts: list[tuple[str, str, str]] = []
        self._heads: set[str] = set()
        self._words: set[str] = set()
        self._before_words: set[str] = set()

    def add(
        self, facility: Facility, aliases: list[str], stems: list[str], after: list[str], before: list[str]
    ) -> None:
        """Register a facility under its aliases (alone or with a generic word) and its stems (with one)."""
        self.facilities.append(facility)
        forms = [*aliases, *(f"{a} {w}" for a in aliases for w in after)]
        forms += [f"{s} {w}" for s in stems for w in after] + [f"{b} {s}" for s in stems for b in before]
        for form in map(form_key, forms):
            kept = self.forms.setdefault(form, facility)
            if kept is not facility:
                self.conflicts.append((form, kept.name, facility.name))
        self._heads.update(map(form_key, [*aliases, *stems]))
        self._words.update(map(form_key, after))
        self._before_words.update(map(form_key, before))

    def compile(self) -> None:
        """One candidate regex for all names, a pre-check on cheap substrings, and the 'port of' look-back."""
        heads, words = _trie(self._heads), _trie(self._words)
        self._candidate = re.compile(
            rf"(?<![\w-])(?:{heads})(?:{_SEP}(?:{words}))?s?(?![\w-]){_NOT_A_TOWN_AFTER}", re.IGNORECASE
        )
        self._before = re.compile(rf"(?<![\w-])(?:{_trie(self._before_words)}){_SEP}\Z", re.IGNORECASE)
        # A valid match holds an alias or a generic word, so one word of each is enough to look for.
        aliases = [h for h in self._heads if h in self.forms]
        self._triggers = _triggers([*aliases, *self._words, *self._before_words])

    def may_name_one(self, text: str) -> bool:
        """The cheap pre-check: False when the text holds none of the trigger words, so it names no facility."""
        lowered = text.lower()
        return any(t in lowered for t in self._triggers)

    def find(self, text: str) -> list[FacilityMention]:
        """Facility mentions in text order, non-overlapping, the longest form at each place."""
        if not self.may_name_one(text):
            return []
        found: list[FacilityMention] = []
        pos = 0
        while (m := self._candidate.search(text, pos)) is not None:
            mention = self._resolve(text, m.start(), m.end())
            if mention is None:
                pos = m.start() + 1
                continue
            found.append(mention)
            pos = mention.end
        return found

    def _resolve(self, text: str, start: int, end: int) -> FacilityMention | None:
        """The longest valid form the candidate begins with, else a stem after 'port of'; None for a town."""
        tokens = list(_TOKEN.finditer(text, start, end))
        starts = [(start, "")]
        if before := self._before.search(text, max(0, start - _BEFORE_REACH), start):
            starts.append((before.start(), form_key(before.group()) + " "))
        for n in range(len(tokens), 0, -1):
            key = " ".join(t.group().lower() for t in tokens[:n])
            for begin, prefix in starts:
                # A plural -s ('power plants') belongs to the last word, not to the form.
                facility = self.forms.get(prefix + key) or self.forms.get(prefix + key.removesuffix("s"))
                if facility:
                    stop = tokens[n - 1].end()
                    return FacilityMention(begin, stop, text[begin:stop], facility)
        return None


def _trie(keys: Iterable[str]) -> str:
    """An alternation factored on shared prefixes: a few letters tried per position, not every name."""
    root: dict = {}
    for key in keys:
        node = root
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}
    return _emit(root)


def _emit(node: dict) -> str:
    branches = [(_SEP if c == " " else re.escape(c)) + _emit(child) for c, child in sorted(node.items()) if c]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    # Greedy optional: the longer name is tried first, the shorter one is the fallback.
    return f"(?:{body})?" if len(branches) == 1 else body + "?"


def _triggers(forms: Iterable[str]) -> tuple[str, ...]:
    """One word of each form, minus words that contain another: a text without any of them has no facility.

    Each form gives its most widespread word ('base' of 'air force base'), so the list stays short.
    """
    tokens = [_TOKEN.findall(f) for f in forms]
    counts = Counter(t for words in tokens for t in set(words))
    chosen = {max(words, key=lambda t: (counts[t], len(t))) for words in tokens}
    return tuple(sorted(w for w in chosen if not any(o != w and o in w for o in chosen)))


def _read_csv(name: str) -> list[dict[str, str]]:
    text = resources.files("etl.data").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def _region_names(country_codes: set[str]) -> dict[str, str]:
    """ISO 3166-2 code -> the English region name the gazetteer gives the same region ('Kharkiv Oblast')."""
    overrides = {row["iso3166_2"]: row for row in read_rows(NAMES_FILE)}
    templates = {(r["country_code"], r["type"]): r["template"] for r in read_rows(TYPES_FILE)}
    return {
        state["iso3166_2"]: english_name(state, overrides, templates)
        for code in sorted(country_codes)
        for state in csc_states(code)
        if state.get("iso3166_2")
    }


def _place(row: dict[str, str], countries: dict[str, Place], regions: dict[str, str]) -> Place:
    code, region = row["country_code"], row["admin1_code"]
    if code not in countries or region not in regions:
        raise ValueError(f"{FACILITIES_FILE}: {row['name']}: unknown country or region {code} {region}")
    lat, lon = float(row["latitude"]), float(row["longitude"])
    return Place(row["place"], code, countries[code].name, regions[region], region, lat, lon, "place")


@cache
def load_facilities() -> FacilityIndex:
    """The facilities of the packaged data files, compiled once per process."""
    kinds = tomllib.loads(resources.files("etl.data").joinpath(KINDS_FILE).read_text(encoding="utf-8"))
    rows = _read_csv(FACILITIES_FILE)
    countries = build_countries().places
    regions = _region_names({row["country_code"] for row in rows})
    index = FacilityIndex()
    for row in rows:
        facility = Facility(row["name"], row["target_type"], _place(row, countries, regions), row["source"])
        own = [kinds[k] for k in split_aliases(row["kinds"])]
        after = [w for kind in own for w in kind.get("after", [])]
        before = [w for kind in own for w in kind.get("before", [])]
        aliases = [row["name"], *split_aliases(row["aliases"])]
        index.add(facility, aliases, split_aliases(row["stems"]), after, before)
    index.compile()
    return index


def find_facilities(text: str) -> list[FacilityMention]:
    """Named facilities in a text, in order, each with its taxonomy type and geocoded Place."""
    return load_facilities().find(text)
