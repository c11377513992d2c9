"""Datelines: a wire story opens on the city it was filed from, in capitals ('KYIV: Ukraine said ...',
'MOSCOW, Nov 7 (Reuters) - ...'). That is where the reporter sits, not where anything happened: a dateline
names no scene, so no incident takes its place from it (the story's own places and 'the capital' still do)."""

from __future__ import annotations

import re

from etl.gazetteer import Place, PlaceMention

# What follows the city in a dateline: a colon, or an optional ', <date or country>' and then a colon, a wire
# agency in brackets or a dash ('KYIV, Ukraine (AP) —', 'LVIV, March 3 -')
_AFTER = re.compile(r"(?:,[^\n:.()]{1,40})?\s*(?::|\([A-Z][\w ]{1,20}\)|[—–-]\s)")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")


def drop_datelines(text: str, located: list[tuple[PlaceMention, Place]]) -> list[tuple[PlaceMention, Place]]:
    """The located mentions without a dateline's city: a settlement written in capitals that opens a line
    and is followed by a dateline's colon, agency or dash."""
    return [(m, p) for m, p in located if not _is_dateline(text, m, p)]


def _is_dateline(text: str, mention: PlaceMention, place: Place) -> bool:
    return (
        place.precision == "place"
        and mention.surface.isupper()
        and len(mention.surface) > 2
        and _LINE_START.search(text, max(0, mention.start - 8), mention.start) is not None
        and _AFTER.match(text, mention.end) is not None
    )
