"""Place names that name a thing, not a scene: a warship named after a city ("the cruiser Moskva"; the ship
words are etl/gazetteer/namedthings.py's, which drops such a name from the whole text once it is called one),
the countries at the ends of a bridge ("the bridge linking the peninsula to Russia"), where weapons were made
("Iranian-made drones")."""

from __future__ import annotations

import re

from etl.gazetteer.namedthings import SHIP, SHIP_AFTER
from etl.tagging.anchors import Located, Sentence

# "the landing ship Novocherkassk", "a large landing ship called Novocherkassk", "the cruiser Moskva", "the
# Novocherkassk landing ship": warships bear the names of cities, which are then no scene
_SHIP_BEFORE = re.compile(r"\b" + SHIP + r"\s*,?\s+(?:(?:called|named)\s+)?(?:the\s+)?$", re.IGNORECASE)


def names_ship(sentence: Sentence, loc: Located) -> bool:
    """A city name set right after or before a warship word ("the cruiser Moskva", "the Novocherkassk landing
    ship") is the ship's name."""
    return bool(sentence.before(loc.mention, _SHIP_BEFORE, 40) or sentence.after(loc.mention, SHIP_AFTER))


# "the key bridge linking the peninsula to Russia", "a key bridge linking Russia with Crimea", "a bridge
# connecting Russia to the Crimean peninsula": a country at either end of what a bridge or road links is no
# scene (the region at the other end is, or the story's)
_LINKS = r"\b(?:link(?:s|ing)?|connect(?:s|ing)?|join(?:s|ing)?)\s+"
_LINKED_FROM = re.compile(_LINKS + r"(?:the\s+)?(?:mainland\s+)?$", re.IGNORECASE)
_LINKED_TO = re.compile(
    _LINKS + r"(?:[\w'’-]+\s+){1,3}?(?:to|with)\s+(?:the\s+)?(?:mainland\s+)?$", re.IGNORECASE
)

# "U.S. Made 'Firefinder' Radar Systems", "the Iranian made Kamikaze drones", "Czech-supplied howitzers"
_MADE_BY = re.compile(
    r"[\s-]*(?:made|supplied|built|donated|provided|produced|manufactured|designed)\b", re.IGNORECASE
)


def links_end(sentence: Sentence, loc: Located) -> bool:
    """A country at either end of what a bridge or road links ("the key bridge linking the peninsula to
    Russia")."""
    return bool(sentence.search_before(loc.mention.start, _LINKED_FROM, 20)) or bool(
        sentence.search_before(loc.mention.start, _LINKED_TO, 50)
    )


def made_in(sentence: Sentence, loc: Located) -> bool:
    """The country where the weapons or kit after it were made or came from ("Iranian-made drones")."""
    return bool(sentence.after(loc.mention, _MADE_BY))
