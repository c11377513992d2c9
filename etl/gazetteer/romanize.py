"""Ukrainian names in the national romanisation ('Avdiivka', not GeoNames' older 'Avdiyivka')."""

from __future__ import annotations

import re
from functools import cache

from etl.gazetteer.datafiles import read_rows
from etl.gazetteer.folding import fold, osa_distance, strict_fold

TRANSLIT_FILE = "gazetteer_uk_translit.csv"
# Russian letters absent from Ukrainian: a name holding one of them is not the Ukrainian spelling (nor is one
# starting with И, which Ukrainian words almost never do).
_NOT_UKRAINIAN = re.compile(r"[ыэъёЫЭЪЁў]")
_UKRAINIAN_ONLY = re.compile(r"[іїєґІЇЄҐ]")
_CYRILLIC_NAME = re.compile(r"^[\u0400-\u04ff'’ʼ\- ]+$")
MAX_RESPELLING = 2


@cache
def _table() -> dict[str, tuple[str, str]]:
    return {row["letter"]: (row["initial"], row["other"]) for row in read_rows(TRANSLIT_FILE)}


def romanize_uk(cyrillic: str) -> str:
    """Romanise a Ukrainian name letter by letter (digraphs such as 'зг' first), keeping capitals."""
    table = _table()
    out: list[str] = []
    at_start, i = True, 0
    while i < len(cyrillic):
        size = 2 if cyrillic[i : i + 2].lower() in table else 1
        chunk = cyrillic[i : i + size]
        i += size
        if chunk.lower() not in table:
            out.append(chunk)
            at_start = chunk in " -"
            continue
        latin = table[chunk.lower()][0 if at_start else 1]
        out.append(latin.capitalize() if chunk[0] != chunk[0].lower() else latin)
        at_start = False
    return "".join(out)


def ukrainian_name(main: str, alternates: list[str]) -> str | None:
    """The romanised Ukrainian alternate closest to the GeoNames name, when it is only a respelling of it.

    A name without a letter only Ukrainian has ('Ивановка') may be Russian: it must then match exactly.
    """
    key, strict = fold(main), strict_fold(main)
    best: tuple[int, int, str] | None = None
    for alt in alternates:
        if not _CYRILLIC_NAME.match(alt) or _NOT_UKRAINIAN.search(alt) or alt.startswith("И"):
            continue
        latin = romanize_uk(alt)
        distance = osa_distance(fold(latin), key, MAX_RESPELLING)
        if distance > (MAX_RESPELLING if _UKRAINIAN_ONLY.search(alt) else 0):
            continue
        rank = (distance, osa_distance(strict_fold(latin), strict, MAX_RESPELLING + 2), latin)
        best = rank if best is None or rank < best else best
    return _cased_like(best[2], main) if best else None


def _cased_like(name: str, model: str) -> str:
    """Capitalise words as the GeoNames name does ('Skhidni Kvartaly', not Ukrainian 'Skhidni kvartaly')."""
    words, model_words = name.split(" "), model.split(" ")
    if len(words) != len(model_words):
        return name
    return " ".join(
        w[:1].upper() + w[1:] if m[:1].isupper() else w for w, m in zip(words, model_words, strict=True)
    )
