"""A news aggregator's run of other outlets' headlines ('Headline', two no-break spaces, 'Outlet Headline'):
where each headline's story starts, so that one story's place, bare attack or day is lent to no other."""

from __future__ import annotations

import re

# Between the headlines of a news aggregator's run: 'Ukrainian drones strike oil refinery \xa0\xa0
# kyivindependent.com Drone Attacks Ignite Oil Facility in Russia ... \xa0\xa0 Bloomberg.com'
HEADLINE_RUN = "\xa0\xa0"
# Breaks a page needs to be a run of several outlets' stories: an article's one break before its 'latest
# updates' link is no run.
AGGREGATOR_BREAKS = 2


def headline_breaks(text: str) -> tuple[int, ...]:
    """The offset of every break of a news aggregator's run of headlines; none on any other page."""
    offsets = tuple(m.start() for m in re.finditer(HEADLINE_RUN, text))
    return offsets if len(offsets) >= AGGREGATOR_BREAKS else ()
