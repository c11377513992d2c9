"""Spelling-tolerant comparison of place and region names, so 'Kharkov' matches 'Kharkiv' but not 'Kherson'.

Independent of etl/gazetteer on purpose: the yardstick must not share the mistakes of what it measures.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from etl.evaluation.gold import data_rows

_NOT_WORD = re.compile(r"[^a-z]+")
# Romanisations of one Cyrillic name differ in these letter groups (longest first).
_DIGRAPHS = (
    ("shch", "s"),
    ("sch", "s"),
    ("kh", "h"),
    ("zh", "z"),
    ("ts", "c"),
    ("tz", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("g", "h"),
    ("w", "v"),
    ("x", "ks"),
    ("ck", "k"),
    ("q", "k"),
    ("j", "i"),
    ("y", "i"),
)
_INNER_VOWELS = re.compile(r"(?<=.)[aeiou]+(?=.)")
_FINAL_VOWELS = re.compile(r"(?<=.)[aeiou]+$")
_DOUBLED = re.compile(r"(.)\1+")
MAX_NAME_WORDS = 4
# Words that say what kind of region a name is, not which one.
REGION_WORDS = frozenset(
    {"oblast", "oblasts", "region", "province", "krai", "kray", "republic", "of", "the", "city", "autonomous"}
    | {"raion", "district", "municipality", "hromada", "community", "governorate"}
)


def fold(name: str) -> str:
    """ASCII, lower case, words separated by single spaces ('Ivanivs'ke' -> 'ivanivske')."""
    plain = unicodedata.normalize("NFKD", name.replace("'", "").replace("’", "").replace("ʼ", ""))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    return " ".join(_NOT_WORD.sub(" ", plain).split())


@cache
def skeleton(word: str) -> str:
    """A romanisation-blind key of a folded word: digraphs merged, inner vowels dropped, a final one as V."""
    for group, letter in _DIGRAPHS:
        word = word.replace(group, letter)
    word = _FINAL_VOWELS.sub("V", _INNER_VOWELS.sub("", word))
    return _DOUBLED.sub(r"\1", word)


def name_key(name: str) -> str:
    """The skeleton of a name with its words run together ('Huliai-Pole' and 'Huliaipole' meet)."""
    return skeleton("".join(fold(name).split()))


@cache
def _alias_groups() -> dict[str, frozenset[str]]:
    """Names that differ by more than spelling (renamings, Russian forms): each key -> its group of keys."""
    groups: dict[str, frozenset[str]] = {}
    for row in data_rows("place_aliases.csv"):
        keys = frozenset(name_key(n) for n in row["names"].split("|") if n.strip())
        for key in keys:
            groups[key] = groups.get(key, frozenset()) | keys
    return groups


def _keys(name: str) -> frozenset[str]:
    key = name_key(name)
    return _alias_groups().get(key, frozenset()) | {key}


def same_place(a: str | None, b: str | None) -> bool:
    """True when two settlement names are one name in different spellings (or a known renaming)."""
    if not a or not b:
        return False
    return bool(_keys(a) & _keys(b))


@cache
def _code_groups() -> dict[str, frozenset[str]]:
    """ISO 3166-2 codes of one region (an old and a new numbering): each code -> its group."""
    groups: dict[str, frozenset[str]] = {}
    for row in data_rows("admin1_code_aliases.csv"):
        codes = frozenset(c.strip().upper() for c in row["codes"].split("|") if c.strip())
        for code in codes:
            groups[code] = groups.get(code, frozenset()) | codes
    return groups


def same_admin1_code(a: str, b: str) -> bool:
    """True when two ISO 3166-2 codes name one region ('PL-LU' and 'PL-06', Lublin, renumbered in 2018)."""
    a, b = a.upper(), b.upper()
    return a == b or b in _code_groups().get(a, frozenset())


def region_core(name: str) -> str:
    """A region's name without its kind ('Kharkiv Oblast', 'Kharkiv region' -> 'kharkiv')."""
    return " ".join(w for w in fold(name).split() if w not in REGION_WORDS)


def same_region(a: str | None, b: str | None) -> bool:
    """True when two first-level region names name one region."""
    if not a or not b:
        return False
    core_a, core_b = region_core(a), region_core(b)
    return bool(core_a and core_b) and same_place(core_a, core_b)


def named_in(text: str, name: str | None) -> bool:
    """True when the text names the place, in any spelling: the gold is then something the tagger can find."""
    if not name:
        return False
    keys = _keys(name)
    words = fold(text).split()
    for size in range(1, MAX_NAME_WORDS + 1):
        if any(skeleton("".join(words[i : i + size])) in keys for i in range(len(words) - size + 1)):
            return True
    return False
