"""Spelling-insensitive keys for place names, so 'Avdiyivka', 'Avdiivka' and "Ivanivs'ke" meet in one key."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that NFKD does not decompose into an ASCII base letter.
_LATIN_EXTRA = str.maketrans(
    {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "Đ": "D", "ı": "i"}
)
_NOT_LETTER = re.compile(r"[^a-z]+")
# Transliterations of one Cyrillic spelling differ mostly in i/y/j and in doubled letters.
_I_LIKE = re.compile(r"[yj]")
_DOUBLED = re.compile(r"(.)\1+")


def to_ascii(text: str) -> str:
    """Strip diacritics so 'Zaporižžja' and 'Łódź' compare with their plain-ASCII spellings."""
    text = text.translate(_LATIN_EXTRA)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_latin(name: str) -> bool:
    """True when a name is written in Latin letters, the only script an English article uses for places."""
    plain = to_ascii(name)
    return plain.isascii() and any(ch.isalpha() for ch in plain)


def is_acronym(word: str) -> bool:
    """US, U.S., UK, NATO: short all-capital words, looked up only as written."""
    return word.isupper() and len(word.replace(".", "")) <= 5


@lru_cache(maxsize=65536)
def strict_fold(name: str) -> str:
    """The key of a name as written: ASCII, lower case, letters only ('Göd' and 'God' meet, 'Good' not)."""
    return _NOT_LETTER.sub("", to_ascii(name).lower())


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The key of a transliterated name: strict_fold with y/j as i and doubled letters single."""
    return _DOUBLED.sub(r"\1", _I_LIKE.sub("i", strict_fold(name)))


def osa_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein distance (optimal string alignment), capped at limit + 1 for speed."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def deletions(key: str) -> set[str]:
    """The key and the key less any one letter: keys one edit apart share one of these (symmetric delete)."""
    return {key[:i] + key[i + 1 :] for i in range(len(key))} | {key}
