"""Named facilities ('the Zaporizhzhia NPP', 'the Kerch bridge', 'the Ilsky refinery') found and geocoded.

facilities.csv lists every facility with its aliases, names that stand alone ('ZNPP', 'Sheskharis'), and
its stems, names that need a generic word ('Zaporizhzhia' + 'nuclear plant'); facility_kinds.toml holds the
generic words of each kind. Every valid surface form goes into one dict, so a bare town name is never a
facility; one regex finds where a name starts, and the longest form starting there wins.

    find_facilities(text)  # [FacilityMention(start, end, surface, Facility(name, target_type, place, ...))]
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from etl.gazetteer import Gazetteer, load_gazetteer
from etl.gazetteer.datafiles import read_rows, split_aliases
from etl.gazetteer.model import Place

FACILITIES_FILE = "facilities.csv"
KINDS_FILE = "facility_kinds.toml"
_WORD = re.compile(r"\w+")
# A name's words are separated by spaces or hyphens only: 'Ust-Luga' is 'Ust Luga'; 'Kerch, bridge' is none.
_SEP = r"[\s\-–]+"
_CHAIN = re.compile(rf"\w+(?:{_SEP}\w+)*")
# 'the Odesa port city' names the city; the lexicon's port cue makes the same exception.
_TOWN_WORDS = frozenset({"city", "cities", "town", "towns"})


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
    """A surface form's lookup key: lower-case words joined by a space ('Kerch-Bridge' -> 'kerch bridge')."""
    return " ".join(_WORD.findall(text.lower()))


class FacilityIndex:
    """Every facility, each surface form that names one, and the regex that finds where forms start.

    conflicts lists (form, facility kept, facility dropped) for each form two facilities share; the tests
    keep it empty.
    """

    def __init__(self) -> None:
        self.facilities: list[Facility] = []
        self.forms: dict[str, Facility] = {}
        self.conflicts: list[tuple[str, str, str]] = []
        self._starts: set[str] = set()
        self._reach = 0

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
            self._reach = max(self._reach, len(form))
        self._starts.update(map(form_key, [*aliases, *stems, *before]))

    def compile(self) -> None:
        """The start regex: any alias, stem or 'port of' as a whole word, on lower-cased text.

        Lower-casing once and matching case-sensitively is twice as fast as re.IGNORECASE: the regex is the
        pre-check, as most texts name no facility; substring pre-checks on trigger words measured slower.
        """
        self._start = re.compile(rf"(?<![\w-])(?:{_trie(self._starts)})(?!\w)")

    def find(self, text: str) -> list[FacilityMention]:
        """Facility mentions in text order, non-overlapping, the longest form at each place."""
        lowered = _lower(text)
        found: list[FacilityMention] = []
        pos = 0
        while (m := self._start.search(lowered, pos)) is not None:
            mention = self._longest_form(text, lowered, m.start())
            if mention is None:
                pos = m.start() + 1
                continue
            found.append(mention)
            pos = mention.end
        return found

    def _longest_form(self, text: str, lowered: str, start: int) -> FacilityMention | None:
        """The longest run of words from start that is a form; None for a bare town name."""
        # A form, a plural -s and a following 'city' fit in the reach.
        chain = _CHAIN.match(lowered, start, start + self._reach + 8)
        words = list(_WORD.finditer(lowered, start, chain.end() if chain else start))
        for n in range(len(words), 0, -1):
            if n < len(words) and words[n].group() in _TOWN_WORDS:
                continue
            key = " ".join(w.group() for w in words[:n])
            # A plural -s ('power plants') belongs to the last word, not to the form.
            facility = self.forms.get(key) or self.forms.get(key.removesuffix("s"))
            if facility is not None:
                end = words[n - 1].end()
                return FacilityMention(start, end, text[start:end], facility)
        return None


def _lower(text: str) -> str:
    """text.lower() with the same offsets: a letter that lowers to two ('İ') is left as it is."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


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


def _place(row: dict[str, str], gazetteer: Gazetteer) -> Place:
    """The facility's site, with the country and region names the gazetteer gives every other place."""
    country, region = gazetteer.country(row["country_code"]), gazetteer.region(row["admin1_code"])
    if country is None or region is None:
        raise ValueError(f"{FACILITIES_FILE}: {row['name']}: unknown country or region {row['admin1_code']}")
    lat, lon = float(row["latitude"]), float(row["longitude"])
    return Place(
        row["place"],
        country.country_code,
        country.country,
        region.admin1,
        region.admin1_code,
        lat,
        lon,
        "place",
    )


@cache
def load_facilities() -> FacilityIndex:
    """The facilities of the packaged data files, compiled once per process."""
    kinds = tomllib.loads(resources.files("etl.data").joinpath(KINDS_FILE).read_text(encoding="utf-8"))
    gazetteer = load_gazetteer()
    index = FacilityIndex()
    for row in read_rows(FACILITIES_FILE):
        facility = Facility(row["name"], row["target_type"], _place(row, gazetteer), row["source"])
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
