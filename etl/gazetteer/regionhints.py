"""Region hints written right after a settlement: 'Katerynivka, Kharkiv region', 'Zaitseve, Dnipropetrovsk'.

A region named right after a settlement keeps only that region's namesakes; a bare region name there
('near Nadiia, Donetsk') names the region, not its capital, when the settlement has a namesake in it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from etl.gazetteer.folding import fold
from etl.gazetteer.index import GazetteerIndex
from etl.gazetteer.matcher import LIST_GAP  # a region name on a list of places is a town there
from etl.gazetteer.model import Place, PlaceMention

# "X, Kharkiv region", "X (Kharkiv region)", "X, in the Kharkiv region": any region mention; a dash too, and
# a compass word before the region ("Piatykhatky - in the southern Zaporizhzhia region", "the town of
# Piatykhatky in the southeastern Zaporizhzhia region": GeoNames' likeliest Piatykhatky is another region's)
_EXPLICIT_GAP = re.compile(
    r"^(?:\s*[,\-–—]\s*(?:in\s+)?(?:the\s+)?|\s*\(\s*(?:the\s+)?|\s+in\s+(?:the\s+)?)"
    r"(?:(?:north|south|east|west|central)[\w-]*\s+)?$",
    re.IGNORECASE,
)
# "X, Kharkiv", "X (Kharkiv)": a bare region name only after a comma or in brackets
_BARE_GAP = re.compile(r"^(?:\s*,\s*|\s*\(\s*)$")
# A bare region name closing its clause ('shelled New York, Donetsk.'), not a clause's subject ('the
# bombardment of Kyiv, Moscow admitted')
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)]|$)")
# An unlisted village before a bare region name: "near Nadiia, Donetsk", "Dibrova and Kuzmine, Luhansk",
# "shelled Volfyne, Sumy" (ACLED's notes name villages so); not a country's possessive and its city
# ("raids on Ukraine's Mykolaiv, Odesa" lists two cities), nor a part of a city ("Drone Strikes on Central
# Moscow, Crimea")
_UNKNOWN_BEFORE = re.compile(
    r"(?:\b(?:near|in|at|of|on|outside|around|towards|to|from|and|shelled|struck|hit|attacked|bombed|targeted"
    r"|stormed|captured|seized|liberated|retook|recaptured)\s+|,\s*)"
    r"(?P<name>(?!(?:Central|Northern|Southern|Eastern|Western|North|South|East|West|Greater|Downtown)\s)"
    r"[A-Z][^\W\d_]+(?:['’\-](?!s\b)[^\W\d_]+)*(?:[ \-][A-Z][^\W\d_]+)?)\s*[,(]\s*$"
)
_NOT_PLACES = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october"}
    | {"november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_AREA_WORDS = frozenset({"district", "raion", "community", "hromada", "sector", "oblast", "region", "city"})
# A settlement whose likeliest namesake is a city this big elsewhere is that city ('Zaporizhzhia, Dnipro'
# lists two cities), so the name after it stays a city; unless that name closes the clause and the
# settlement has a namesake in its region ('shelled Kamianske, Zaporizhzhia.': ACLED names villages so).
CITY_POPULATION = 100_000
# A settlement placed in a region or country where none of its namesakes lies is an unlisted village
# (Przewodów, Poland), unless one of them is a town this big ('Odesa, Kharkiv region' lists two places).
UNLISTED_MAX_POPULATION = 20_000
# City-regions inside a region: 'Sevastopol, Crimea' or 'Kyiv, Kyiv region' are no contradiction.
ENCLAVES = {
    "UA-40": "UA-43",
    "UA-30": "UA-32",
    "RU-MOW": "RU-MOS",
    "RU-SPE": "RU-LEN",
    # capitals that are regions of their own inside another ("an airstrip near the capital Minsk" is in Minsk
    # Oblast; Berlin in Brandenburg, Prague in Central Bohemia, Budapest in Pest, Vienna in Lower Austria,
    # Bucharest in Ilfov)
    "BY-HM": "BY-MI",
    "DE-BE": "DE-BB",
    "CZ-10": "CZ-20",
    "HU-BU": "HU-PE",
    "AT-9": "AT-3",
    "RO-B": "RO-IF",
}


def _in_region(place: Place, codes: set[str]) -> bool:
    return place.admin1_code in codes or ENCLAVES.get(place.admin1_code or "") in codes


def _continues_list(text: str, mentions: list[PlaceMention], n: int) -> bool:
    """Mention n is followed by another place in a list."""
    if n + 1 >= len(mentions) or mentions[n + 1].kind not in ("place", "admin1"):
        return False
    return bool(LIST_GAP.match(text[mentions[n].end : mentions[n + 1].start]))


def _ends_list(text: str, mentions: list[PlaceMention], n: int) -> bool:
    """Mention n follows another place or country in a list ('London, New York, Donetsk')."""
    if n == 0 or mentions[n - 1].kind not in ("place", "admin1", "country"):
        return False
    return bool(LIST_GAP.match(text[mentions[n - 1].end : mentions[n].start]))


def _abroad(place: PlaceMention, regions: tuple[Place, ...], mentions: list[PlaceMention]) -> bool:
    """No namesake of the place lies in the country of the region written after it, nor in a country the text
    names: 'New York, Donetsk region' is the Donetsk village, not a city abroad however big (ACLED's notes
    name villages so); a text naming Russia lists 'Moscow, Crimea' as two places."""
    named = {m.candidates[0].country_code for m in mentions if m.kind == "country"}
    countries = {r.country_code for r in regions} | named
    return all(c.country_code not in countries for c in place.candidates)


def _explicit(text: str, place: PlaceMention, hint: PlaceMention) -> bool:
    """'X, Kharkiv region', 'X (Kharkiv Oblast)', 'X in the Belgorod region'."""
    return hint.kind == "admin1" and bool(_EXPLICIT_GAP.match(text[place.end : hint.start]))


def _own_namesakes(mention: PlaceMention) -> tuple[Place, ...]:
    """The candidates named so in their own right: a city that once bore the name (Donetsk for
    Oleksandrivka) says nothing of how big the place meant here is."""
    key = fold(mention.surface)
    return tuple(c for c in mention.candidates if fold(c.name) == key) or mention.candidates


def _small(mention: PlaceMention) -> bool:
    return all(c.population < UNLISTED_MAX_POPULATION for c in _own_namesakes(mention))


def _bare_region(
    text: str, mentions: list[PlaceMention], n: int, index: GazetteerIndex
) -> PlaceMention | None:
    """Mention n + 1 read as a region ('near Nadiia, Donetsk'), if the text supports that reading."""
    place, hint = mentions[n], mentions[n + 1]
    if hint.kind != "place" or not _BARE_GAP.match(text[place.end : hint.start]):
        return None
    ids = index.stems.get(fold(hint.surface))
    if not ids or _continues_list(text, mentions, n + 1):
        return None
    regions = tuple(index.places[i] for i in ids)
    codes = {r.admin1_code for r in regions if r.admin1_code}
    closes = _CLAUSE_END.match(text, hint.end) is not None and not _ends_list(text, mentions, n)
    if not (closes and _abroad(place, regions, mentions)):
        inside = any(_in_region(c, codes) for c in place.candidates)
        if not inside and not _small(place):
            return None
        top = _own_namesakes(place)[0]
        if top.population >= CITY_POPULATION and not _in_region(top, codes) and not (inside and closes):
            return None
    return PlaceMention(hint.start, hint.end, hint.surface, "admin1", regions)


def unlisted(name: str, region: Place) -> Place:
    """A settlement the text puts in a region where GeoNames lists none of that name: no coordinates."""
    code = region.admin1_code
    return Place(name, region.country_code, region.country, region.admin1, code, None, None, "place")


def _restrict(mention: PlaceMention, codes: set[str]) -> PlaceMention | None:
    """The mention with only the region's namesakes, or None when it has none there."""
    kept = tuple(c for c in mention.candidates if _in_region(c, codes))
    if not kept:
        return None
    return mention if len(kept) == len(mention.candidates) else replace(mention, candidates=kept)


def _after_unlisted(text: str, mentions: list[PlaceMention], index: GazetteerIndex) -> list[PlaceMention]:
    """Bare region names after an unlisted village ('near Nadiia, Donetsk') read as the region, and the
    village is placed in it (so is one before a named region: 'Dovhenke, Kharkiv Oblast')."""
    out = list(mentions)
    for n, mention in enumerate(mentions):
        if mention.kind == "admin1":
            regions = mention.candidates
        elif mention.kind == "place" and (ids := index.stems.get(fold(mention.surface))) is not None:
            regions = tuple(index.places[i] for i in ids)
        else:
            continue
        before = _UNKNOWN_BEFORE.search(text, max(0, mention.start - 60), mention.start)
        if before is None:
            continue
        inner = _inner_mention(mentions, n, before.start("name"), regions)
        if inner is None and n > 0 and mentions[n - 1].end > before.start("name"):
            continue
        name = before.group("name")
        if _not_a_settlement(name) or _continues_list(text, mentions, n):
            continue
        out[n] = replace(mention, kind="admin1", candidates=regions)
        if len(regions) == 1:
            if inner is not None:
                out.remove(inner)
            place = unlisted(name, regions[0])
            out.append(PlaceMention(before.start("name"), before.end("name"), name, "place", (place,)))
    return sorted(out, key=lambda m: m.start)


def _listed_unlisted(mention: PlaceMention, hint: PlaceMention) -> PlaceMention:
    """A village earlier on a list the text puts in one region ('Charivne and Chervone in Zaporizhzhia
    region'), where GeoNames lists none of that name, is an unlisted village of that region, as a single one
    is; a town of 20,000 or more on the list keeps its own namesakes."""
    if _small(mention) and len(hint.candidates) == 1:
        return replace(mention, candidates=(unlisted(mention.surface, hint.candidates[0]),))
    return mention


def _not_a_settlement(name: str) -> bool:
    """A month or weekday, or a district or community ('Kyiv District, Kharkiv' is a part of the city)."""
    words = name.lower().split()
    return name.lower() in _NOT_PLACES or words[-1] in _AREA_WORDS


def _inner_mention(
    mentions: list[PlaceMention], n: int, name_start: int, regions: tuple[Place, ...]
) -> PlaceMention | None:
    """A listed name inside a longer unlisted one ('Buda' in 'Marchyhina Buda, Sumy', 'Krasne' in 'Krasne
    Pershe'), when none of its namesakes lies in the region the text gives; not a city of CITY_POPULATION
    ('strikes in Kyiv, Lviv & other cities' lists two cities, no village Kyiv of the Lviv region)."""
    if n == 0 or mentions[n - 1].start < name_start or mentions[n - 1].kind != "place":
        return None
    prev = mentions[n - 1]
    if prev.start == name_start and any(c.population >= CITY_POPULATION for c in _own_namesakes(prev)):
        return None  # not a town of 20,000-100,000 ('Rubizhne, Kharkiv': ACLED's village of that region)
    codes = {r.admin1_code for r in regions if r.admin1_code}
    return None if any(_in_region(c, codes) for c in prev.candidates) else prev


# "the Obolon district of Kyiv": a part of the city, not a namesake village elsewhere
_DISTRICT_OF = re.compile(
    r"\s+(?:district|raion|neighbou?rhood|microdistrict)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)


# "Kyiv's Podilskyi district", "Kharkiv’s Kyivskyi district": the same, with the city as a possessive before
_CITY_POSSESSIVE = re.compile(r"['’]s\s+")
_DISTRICT_AFTER = re.compile(r"\s+(?:district|raion|neighbou?rhood|microdistrict)\b", re.IGNORECASE)


def _city_district(text: str, mentions: list[PlaceMention], n: int) -> bool:
    """Mention n names a district of a city: 'the Obolon district of Kyiv' or 'Kyiv's Podilskyi district' (a
    namesake town in another region)."""
    mention = mentions[n]
    if mention.kind != "place":
        return False
    after = mentions[n + 1] if n + 1 < len(mentions) else None
    if after is not None and after.kind == "place" and _DISTRICT_OF.fullmatch(text, mention.end, after.start):
        return True
    before = mentions[n - 1] if n > 0 else None
    return (
        before is not None
        and before.kind == "place"
        and _CITY_POSSESSIVE.fullmatch(text, before.end, mention.start) is not None
        and _DISTRICT_AFTER.match(text, mention.end) is not None
        and not _same_region(mention, before)
    )


def _same_region(mention: PlaceMention, other: PlaceMention) -> bool:
    """Some namesake of one lies in a region of the other's: "Odesa’s Izmail district" is the district around
    the town of Izmail in Odesa region, while Kyiv's Podilskyi district is no town Podilsk elsewhere."""
    codes = {c.admin1_code for c in other.candidates if c.admin1_code}
    return any(c.admin1_code in codes for c in mention.candidates)


def _drop_city_districts(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """A place named as a district of a city is that city's part, not a namesake town elsewhere: the city
    stands for it."""
    return [m for n, m in enumerate(mentions) if not _city_district(text, mentions, n)]


# "in the village of Zhuravlevka", "the town of X": a settlement introduced as one
_SETTLEMENT_OF = re.compile(r"\b(?:village|town|settlement|hamlet)\s+of\s+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'’”]?\s+(?=[A-Z\"“‘'])")


def _sentence_regions(text: str, mentions: list[PlaceMention], n: int) -> set[Place]:
    """The regions (one candidate each) named in the sentence of mention n."""
    mention = mentions[n]
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, mention.start)]
    start = starts[-1] if starts else 0
    after = _SENTENCE_END.search(text, mention.end)
    end = after.start() if after else len(text)
    return {
        m.candidates[0]
        for m in mentions
        if m.kind == "admin1" and len(m.candidates) == 1 and start <= m.start and m.end <= end
    }


def _villages_in_named_regions(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """'Governor of Russia's Belgorod region says no casualties in the village of Zhuravlevka': a village the
    sentence puts in the one region it names, where GeoNames lists it only in another country (Zhuravlivka,
    Ukraine), is an unlisted village of that region; its namesake across the border is wrong."""
    out = list(mentions)
    for n, mention in enumerate(mentions):
        if mention.kind != "place" or not _small(mention):
            continue
        if not _SETTLEMENT_OF.search(text, max(0, mention.start - 30), mention.start):
            continue
        regions = _sentence_regions(text, mentions, n)
        if len(regions) != 1:
            continue
        region = regions.pop()
        if all(c.country_code != region.country_code for c in mention.candidates):
            out[n] = replace(mention, candidates=(unlisted(mention.surface, region),))
    return out


def apply_region_hints(text: str, mentions: list[PlaceMention], index: GazetteerIndex) -> list[PlaceMention]:
    """Settlements followed by their region keep only that region's namesakes (and so do lists before it)."""
    mentions = _after_unlisted(text, _drop_city_districts(text, mentions), index)
    mentions = _villages_in_named_regions(text, mentions)
    out = list(mentions)
    for n in range(len(mentions) - 1):
        place = out[n]
        if place.kind != "place":
            continue
        hint = _bare_region(text, [*out[:n], place, *mentions[n + 1 :]], n, index)
        if hint is not None:
            out[n + 1] = hint
        elif _explicit(text, place, mentions[n + 1]):
            hint = mentions[n + 1]
        else:
            continue
        codes = {r.admin1_code for r in hint.candidates if r.admin1_code}
        restricted = _restrict(place, codes)
        if restricted is None:
            lone = len(hint.candidates) == 1 and not _continues_list(text, mentions, n + 1)
            if not ((_small(place) or _abroad(place, hint.candidates, mentions)) and lone):
                continue
            # a village GeoNames does not list in that region: its namesakes elsewhere are wrong
            restricted = replace(place, candidates=(unlisted(place.surface, hint.candidates[0]),))
        out[n] = restricted
        k = n - 1
        while k >= 0 and (prev := out[k]).kind == "place":
            if not LIST_GAP.match(text[prev.end : mentions[k + 1].start]):
                break
            out[k] = _restrict(prev, codes) or _listed_unlisted(prev, hint)
            k -= 1
    return out
