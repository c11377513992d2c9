"""Town names that, in one text, name a news outlet, a warship or a weapon system: "Baza, a Telegram
channel ... Baza reported", "the cruiser Moskva ... the Moskva sank", "the "Valdai" radar station ... Valdai
Anti-Drone Radar". Once the text says what the name is, its other mentions are that thing too, though no
outlet or ship word stands next to them; the person cues do the same for surnames. A club or forum named
after a town ("the Valdai Discussion Club") is dropped where it is named so."""

from __future__ import annotations

import re

from etl.gazetteer.folding import fold
from etl.gazetteer.model import PlaceMention

# "media outlet Baza", "the Telegram channel Baza", "news agency X": the outlet's name right after the words
# that say what it is (a lower-case outlet word, so that a title's "Agency Says ..." is none)
_OUTLET = (
    r"(?:(?:[Tt]elegram|TV|tv|television|news|media|messaging)\s+channel|(?:news|media|online)\s+(?:outlet|site|"
    r"portal|agency)|newspaper|broadcaster|tabloid|website)"
)
_OUTLET_BEFORE = re.compile(r"\b" + _OUTLET + r"\s+(?:the\s+)?$")
# "Baza, a Telegram channel with links to ...": an apposition; not a source named after a clause ("a drone hit
# Kursk, the RIA news agency said", "explosions in Kursk, a local Telegram channel reported")
_OUTLET_AFTER = re.compile(
    r",\s+an?\s+(?:[\w-]+\s+){0,3}?" + _OUTLET + r"\b(?!\s+(?:said|says|reported|reports|wrote|writes|posted"
    r"|cited|quoted|added|claimed|showed|shows)\b)"
)

# "the cruiser Moskva", "warship Moskva", "the Moskva guided missile cruiser": a warship bearing a town's name
SHIP = r"(?:ship|warship|vessel|cruiser|frigate|submarine|corvette|flagship|destroyer)"
# (no comma between: "hit a ship, Odesa officials said"); a two-word name's first word may stand between
# ("the landing ship Olenegorsky Gornyak")
_SHIP_BEFORE = re.compile(
    r"\b(?i:" + SHIP + r")\s+(?:(?i:called|named)\s+)?(?:(?i:the)\s+)?(?:[A-Z][\w'’-]+\s+)?$"
)
SHIP_AFTER = re.compile(
    r"\s+(?:(?:large|landing|missile|guided|guided-missile|patrol|amphibious)\s+){0,2}" + SHIP + r"\b",
    re.IGNORECASE,
)
# "the Moskva sank": a town is never 'the X', so elsewhere in the text only 'the X' is taken for the ship,
# and a 'Kursk submarine' leaves the city of Kursk a scene
_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)
REACH = 40  # characters looked at before a name


# 'the "Valdai" radar station', 'the “Kursk” system': a town name in quotation marks before a common noun
# names a thing (a system, a unit), as a ship word does
_QUOTE_OPEN = re.compile(r"[\"“‘']$")
_QUOTED_THING = re.compile(r"[\"”’']\s+[a-z]")
# "the Valdai Discussion Club", "the Munich Security Conference": a gathering named after a town, no scene
_GATHERING = re.compile(r"\s+(?:Discussion\s+)?Club\b|\s+(?:(?:Security|Economic)\s+)?(?:Forum|Conference)\b")


def _quoted_thing(text: str, mention: PlaceMention) -> bool:
    start = mention.start
    return bool(_QUOTE_OPEN.search(text, max(0, start - 1), start) and _QUOTED_THING.match(text, mention.end))


def _before(text: str, mention: PlaceMention, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.search(text, max(0, mention.start - REACH), mention.start))


def _outlet(text: str, mention: PlaceMention) -> bool:
    return _before(text, mention, _OUTLET_BEFORE) or bool(_OUTLET_AFTER.match(text, mention.end))


# a name going on with another capitalised word is some other name ("the flagship Kerch Strait bridge")
_NAME_GOES_ON = re.compile(r"[ -][A-Z]")


def _ship(text: str, mention: PlaceMention) -> bool:
    if _before(text, mention, _SHIP_BEFORE) and not _NAME_GOES_ON.match(text, mention.end):
        return True
    return bool(SHIP_AFTER.match(text, mention.end))


# the capitalised word right before a name: a two-word ship's first word ("Olenegorsky Gornyak")
_WORD_BEFORE = re.compile(r"\b([A-Z][\w'’-]+)\s+$")


def _word_before(text: str, mention: PlaceMention) -> str | None:
    match = _WORD_BEFORE.search(text, max(0, mention.start - REACH), mention.start)
    return match.group(1) if match else None


def drop_named_things(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions left once town names the text calls an outlet, a quoted thing or a ship are taken out:
    every mention of an outlet's or a quoted thing's name, of a ship's name where it stands next to a ship
    word or after 'the', and a gathering's name where it is named so."""
    mentions = [m for m in mentions if m.kind != "place" or not _GATHERING.match(text, m.end)]
    towns = [m for m in mentions if m.kind == "place"]
    outlets = {fold(m.surface) for m in towns if _outlet(text, m) or _quoted_thing(text, m)}
    ships = {fold(m.surface) for m in towns if _ship(text, m)}
    if not outlets and not ships:
        return mentions
    # "the landing ship Olenegorsky Gornyak ... The 112-metre Olenegorsky Gornyak": the whole two-word name
    # is the ship wherever it stands, though no ship word or 'the' is next to it
    full_names = {(fold(m.surface), _word_before(text, m)) for m in towns if _ship(text, m)}

    def named(m: PlaceMention) -> bool:
        key = fold(m.surface)
        if key in outlets:
            return True
        if key not in ships:
            return False
        full = _word_before(text, m)
        return _ship(text, m) or _before(text, m, _THE) or (full is not None and (key, full) in full_names)

    return [m for m in mentions if m.kind != "place" or not named(m)]
