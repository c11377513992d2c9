"""Gazetteer: find place names in news text and resolve them to settlements, regions and countries.

gaz = load_gazetteer()
mentions = gaz.find_mentions(text)    # PlaceMention(start, end, surface, kind, candidates)
places = gaz.resolve(mentions)        # one Place per mention
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from etl.gazetteer.areahints import apply_area_hints
from etl.gazetteer.cachefile import load_or_build
from etl.gazetteer.capitals import (
    apply_bare_capital,
    apply_capital_phrases,
    apply_ranked_cities,
    capitals,
    largest_cities,
)
from etl.gazetteer.compasshints import apply_compass_hints
from etl.gazetteer.fronthints import apply_front_hints
from etl.gazetteer.hints import apply_country_hints
from etl.gazetteer.index import GazetteerIndex
from etl.gazetteer.matcher import Matcher
from etl.gazetteer.model import Place, PlaceMention
from etl.gazetteer.namedthings import drop_named_things
from etl.gazetteer.nearhints import apply_near_hints
from etl.gazetteer.publications import drop_publishers, drop_unit_names
from etl.gazetteer.quarters import apply_city_quarters
from etl.gazetteer.regionhints import apply_region_hints
from etl.gazetteer.resolve import resolve_mentions

__all__ = ["Gazetteer", "Place", "PlaceMention", "load_gazetteer"]


class Gazetteer:
    """Place-name lookup over a built index; pure functions of the text, safe to share between threads."""

    def __init__(self, index: GazetteerIndex) -> None:
        self.index = index
        self._matcher = Matcher(index)
        self._countries = {p.country_code: p for p in index.places if p.precision == "country"}
        self._regions = {p.admin1_code: p for p in index.places if p.precision == "admin1" and p.admin1_code}
        self._capitals = capitals(index)
        self._largest = largest_cities(index)

    def find_mentions(self, text: str) -> list[PlaceMention]:
        """Place, region, country and demonym mentions, sorted by start, non-overlapping, longest first.

        A name the text itself puts in a country ("a Ukrainian village") or region ("Katerynivka, Kharkiv
        region") keeps only that country's or region's namesakes; a bare region name right after a
        settlement ("Nadiia, Donetsk") is the region.
        """
        mentions = drop_publishers(text, self._matcher.find(text))  # "The New York Times" is no scene
        mentions = drop_unit_names(text, mentions)  # nor is "the Azov regiment"
        mentions = drop_named_things(text, mentions)  # nor "Baza, a Telegram channel", "the cruiser Moskva"
        mentions = apply_city_quarters(mentions, self._capitals)  # "a building in Holosiiv" is in Kyiv
        mentions = apply_region_hints(text, mentions, self.index)
        mentions = apply_front_hints(text, mentions, self.index)  # "Piatykhatky on the Zaporizhzhia front"
        mentions = apply_compass_hints(text, mentions)  # "Novoselivske in north-eastern Ukraine"
        mentions = apply_area_hints(text, mentions)  # "positions near Pisky" in a text on the Donbas
        mentions = apply_near_hints(text, mentions, self.index.bonus, self._regions)  # "X near Bakhmut"
        mentions = apply_capital_phrases(text, mentions, self._capitals)  # "Ukraine's capital" is Kyiv
        mentions = apply_ranked_cities(text, mentions, self._largest)  # "Ukraine's second city" is Kharkiv
        mentions = apply_bare_capital(text, mentions, self._capitals)  # "Russia hit the capital": Kyiv
        return apply_country_hints(text, mentions)

    def is_capital(self, place: Place) -> bool:
        """The place is a country's capital (Kyiv, Moscow, Washington)."""
        return self._capitals.get(place.country_code or "") == place

    def country(self, code: str) -> Place | None:
        """The country Place of an ISO 3166-1 alpha-2 code (any case), None for an unknown code."""
        return self._countries.get(code.upper())

    def region(self, code: str) -> Place | None:
        """The first-level region Place of an ISO 3166-2 code ('UA-63'), None for an unknown code."""
        return self._regions.get(code.upper())

    def resolve(self, mentions: list[PlaceMention]) -> list[Place]:
        """One Place per mention, namesakes chosen by proximity to the text's unambiguous places."""
        return resolve_mentions(mentions, self.index.bonus)


@cache
def load_gazetteer(cache_file: Path | None = None) -> Gazetteer:
    """The shared Gazetteer, loaded from the disk cache or built (and cached) on first use."""
    return Gazetteer(load_or_build(cache_file))
