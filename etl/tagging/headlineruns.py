"""A news aggregator's run of other outlets' headlines ('Headline', two no-break spaces, 'Outlet Headline'):
where each headline's story starts, so that one story's place, bare attack or day is lent to no other."""

from __future__ import annotations

from etl.tagging.context import HEADLINE_RUN

# Breaks a page needs to be a run of several outlets' stories: an article's one break before its 'latest
# updates' link is no run.
AGGREGATOR_BREAKS = 2


def headline_breaks(text: str) -> tuple[int, ...]:
    """The offset of every break of a news aggregator's run of headlines; none on any other page."""
    offsets: list[int] = []
    at = text.find(HEADLINE_RUN)
    while at >= 0:
        offsets.append(at)
        at = text.find(HEADLINE_RUN, at + len(HEADLINE_RUN))
    return tuple(offsets) if len(offsets) >= AGGREGATOR_BREAKS else ()
