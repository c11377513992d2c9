"""Country hints written next to a name ('a Ukrainian village', "Russia's Belgorod", 'Kharkiv, Ukraine')."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.gazetteer.model import Place, PlaceMention

_PLACE_NOUN = r"(?:city|town|village|settlement|port|capital|region|oblast|province)"
# "<Russia>'s Belgorod", "the <Russian> (border) city of Belgorod"
_HINT_BEFORE = re.compile(rf"^(?:['’]s\s+|\s+(?:[a-z-]+\s+){{0,2}}{_PLACE_NOUN}\s+of\s+)$")
# "Ivanivske, a strategic <Ukrainian> village"
_DEMONYM_AFTER = re.compile(r"^,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}$")
_NOUN_NEXT = re.compile(rf"^\s+{_PLACE_NOUN}\b")
# "Kharkiv, <Ukraine>", "Samara in <Russia>"; not "Kharkiv, <Russia>'s defence ministry said"
_COUNTRY_AFTER = re.compile(r"^(?:,\s*|\s+in\s+)$")
_POSSESSIVE_NEXT = re.compile(r"^['’]s\b")
_COMMA = re.compile(r"^\s*,\s*$")
MAX_GAP = 40
# A settlement put in a country where none of its namesakes lies ('Przewodów, Poland') is an unlisted
# village there, unless one of them is a town this big.
UNLISTED_MAX_POPULATION = 20_000


# "a <Russian> substation in Belaya", "<Russian> oil depot in Novoshakhtinsk": whose site, then where it
# stands (not "<Russian> forces in Donetsk", "<Russian> strikes in Sumy": a side's fighters or weapons)
_SITE_IN = re.compile(
    r"^\s+(?:(?!(?:forces|troops|army|military|soldiers|units?|positions|drones?|missiles?|rockets?|strikes?"
    r"|attacks?|shelling|artillery|jets?|aircraft|warplanes?|bombers?|officials?|authorities|offensive"
    r"|advances?|gains|occupation|control|assaults?|bombardment)\b)[a-z][\w-]*\s+){1,3}in\s+$"
)


def _hint_before(text: str, hint: PlaceMention, place: PlaceMention) -> bool:
    if hint.kind == "demonym" and _SITE_IN.match(text[hint.end : place.start]):
        return True
    return hint.kind in ("country", "demonym") and bool(_HINT_BEFORE.match(text[hint.end : place.start]))


def _hint_after(text: str, place: PlaceMention, hint: PlaceMention) -> bool:
    gap, rest = text[place.end : hint.start], text[hint.end : hint.end + 20]
    if hint.kind == "demonym":
        return bool(_DEMONYM_AFTER.match(gap) and _NOUN_NEXT.match(rest))
    return hint.kind == "country" and bool(_COUNTRY_AFTER.match(gap)) and not _POSSESSIVE_NEXT.match(rest)


def _hinted_country(text: str, mentions: list[PlaceMention], n: int) -> str | None:
    """The country a neighbouring country name or demonym assigns to mention n, if any."""
    place = mentions[n]
    if n > 0 and place.start - mentions[n - 1].end <= MAX_GAP and _hint_before(text, mentions[n - 1], place):
        return mentions[n - 1].candidates[0].country_code
    after = mentions[n + 1] if n + 1 < len(mentions) else None
    if after is not None and after.start - place.end <= MAX_GAP and _hint_after(text, place, after):
        return after.candidates[0].country_code
    return None


def _unlisted(text: str, mentions: list[PlaceMention], n: int) -> bool:
    """A small settlement followed by ', <country>' where none of its namesakes lies."""
    mention = mentions[n]
    if mention.kind != "place" or n + 1 >= len(mentions) or mentions[n + 1].kind != "country":
        return False
    after = mentions[n + 1]
    if not _COMMA.match(text[mention.end : after.start]) or _POSSESSIVE_NEXT.match(text[after.end :]):
        return False
    code = after.candidates[0].country_code
    return all(c.country_code != code and c.population < UNLISTED_MAX_POPULATION for c in mention.candidates)


def apply_country_hints(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Keep only the hinted country's namesakes of a name the text places in a country explicitly.

    A small settlement placed in a country where it has no namesake is an unlisted one of that country.
    """
    out = list(mentions)
    for n, mention in enumerate(mentions):
        if _unlisted(text, mentions, n):
            country = mentions[n + 1].candidates[0]
            name = mention.candidates[0].name
            place = Place(name, country.country_code, country.country, None, None, None, None, "place")
            out[n] = replace(mention, candidates=(place,))
            continue
        if mention.kind not in ("place", "admin1") or len({c.country_code for c in mention.candidates}) < 2:
            continue
        code = _hinted_country(text, mentions, n)
        kept = tuple(c for c in mention.candidates if c.country_code == code)
        if kept:
            out[n] = replace(mention, candidates=kept)
    return out
