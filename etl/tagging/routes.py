"""Routes named after the places they join ('the Warsaw-Lublin railway line', 'the Kyiv-Odesa highway'): the
gazetteer reads a hyphenated word as one name (so that 'Kyiv-based' or 'Moscow-installed' names no place), so
the two ends of a route are looked up here, and the first stands for the route: one attack on the line is one
incident, in the country (and often the region) both ends lie in."""

from __future__ import annotations

import dataclasses
import re

from etl.gazetteer import Gazetteer, Place, PlaceMention

# Two capitalised names joined by a hyphen or a dash, right before a word for a route (not "Russia-Ukraine
# war", "Kyiv-based")
_ROUTE = re.compile(
    r"\b([A-Z][\w'’]+)[-–]([A-Z][\w'’]+)(?=\s+(?:railway|rail|railroad|road|highway|motorway|expressway|pipeline"
    r"|gas\s+pipeline|power\s+line|bridge)\b)"
)


def route_ends(text: str, gazetteer: Gazetteer) -> list[tuple[PlaceMention, Place]]:
    """The settlement at the first end of each route the text names by its two ends; none for a route of
    countries ('the Greece-Bulgaria pipeline') or of a name the gazetteer does not hold whole."""
    found = []
    for route in _ROUTE.finditer(text):
        ends = []
        for group in (1, 2):
            mentions = gazetteer.find_mentions(route.group(group))
            if len(mentions) != 1 or mentions[0].kind != "place" or mentions[0].surface != route.group(group):
                break
            ends.append(dataclasses.replace(mentions[0], start=route.start(group), end=route.end(group)))
        if len(ends) == 2:
            found.append((ends[0], gazetteer.resolve(ends)[0]))  # resolved beside its other end
    return found
