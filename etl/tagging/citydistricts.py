"""City districts: a name set between a city's possessive and 'district' ("Kyiv's northeastern Desnianskiy
district", "the capital's Darnytskyi district") is a quarter of that city, not the namesake settlement or
district the gazetteer finds elsewhere (a Desnianskyi in Chernihiv oblast): the incident is in the city."""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.gazetteer import Place, PlaceMention

# "<city>'s [northeastern] X district", "the capital's X district", "the city's X district"
_OWNER = re.compile(
    r"(?:\b(?P<which>capital|city)|(?P<named>\S))['’]s\s+(?:(?!district)[\w-]+\s+){0,2}?$", re.IGNORECASE
)
_DISTRICT = re.compile(r"\s+district\b", re.IGNORECASE)


def city_districts(
    text: str, located: list[tuple[PlaceMention, Place]], is_capital: Callable[[Place], bool]
) -> list[tuple[PlaceMention, Place]]:
    """Each district of a city named before it, as that city; the city is the settlement whose possessive
    comes right before ("Kyiv's"), or for 'the capital's' / 'the city's' the last capital / settlement named
    before."""
    out: list[tuple[PlaceMention, Place]] = []
    for mention, place in located:
        owner = _owner(text, mention, out, is_capital) if _DISTRICT.match(text, mention.end) else None
        out.append((mention, owner if owner is not None else place))
    return out


def _owner(
    text: str,
    mention: PlaceMention,
    before: list[tuple[PlaceMention, Place]],
    is_capital: Callable[[Place], bool],
) -> Place | None:
    found = _OWNER.search(text, max(0, mention.start - 60), mention.start)
    if found is None:
        return None
    settlements = [(m, p) for m, p in before if p.precision == "place"]
    if found.group("named"):
        # the possessive's own name: the settlement mention that ends right at the apostrophe
        return next((p for m, p in settlements if m.end == found.end("named")), None)
    if found.group("which").lower() == "capital":
        settlements = [(m, p) for m, p in settlements if is_capital(p)]
    return settlements[-1][1] if settlements else None
