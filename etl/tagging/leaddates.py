"""The lead under a headline: where it ends, and the day it gives the headline's own event (headlines
leave their events undated), unless that day is a caption's or another event's; a 'day after' in the lead
sets the headline's event the day before."""

from __future__ import annotations

import re
from datetime import date

from etl.gazetteer import Place
from etl.tagging.anchors import Sentence
from etl.tagging.captions import CAPTION, PHOTO_CREDIT
from etl.tagging.dates import EventDate, default_date, find_date
from etl.tagging.dayafter import DAY_AFTER, days_back
from etl.tagging.eventdates import OTHER_EVENT, tells_event
from etl.tagging.history import long_ago
from etl.tagging.lexicon import Cue

_AFTER = re.compile(r"\bafter\b", re.IGNORECASE)

# A lead that tells what happened 'also' tells another event than its headline's, and its day is that event's:
# 'Moscow bombs Odesa after Ukraine destroys Russian warship.' then 'Ukrainian forces also targeted a Russian
# ammo depot in the Donetsk region Sunday evening.'
_ALSO = re.compile(r"\balso\b", re.IGNORECASE)

# The lead ends where a run of spaces or a headline break starts what were paragraphs of their own (a
# standfirst, then 'Russia-Ukraine war: latest updates', then the story).
_LEAD_END = re.compile(r"\s*\xa0\xa0|\s{3,}")


def has_lead(text: str, spans: list[tuple[int, int]]) -> bool:
    """The text opens with a headline, a first line standing alone above a blank line, and a sentence under
    it (the lead, `spans[1]`)."""
    return len(spans) >= 2 and "\n\n" in text[spans[0][1] : spans[1][0]]


def lead_of(text: str, spans: list[tuple[int, int]]) -> str | None:
    """The first sentence under a headline, up to where a paragraph of its own starts; it starts at the
    second sentence's span."""
    if not has_lead(text, spans):
        return None
    return _LEAD_END.split(text[spans[1][0] : spans[1][1]])[0]


def lead_date(
    text: str, spans: list[tuple[int, int]], report_date: date | None, cues: list[Cue]
) -> EventDate | None:
    """The day the first sentence under a headline gives ('Odesa port reopens after energy network hit.'
    then 'The port has resumed operations after Russian strikes on Saturday.'): the headline's own event,
    which headlines leave undated. A headline is a first line standing alone above a blank line. A coarser
    date there is background ('the city, liberated last month, is coming under heavy bombardment'). A lead
    whose attack words all come in an 'a day after' phrase past its day
    tells the attack the day before ('Rescue workers were still digging through the rubble of a residential
    building in Dnipro on Sunday, a day after a Russian missile attack'). A lead that tells of no attack
    (_tells_event) gives the day of something else ('On Saturday couples celebrated in Kherson', 'tensions
    boiled over late Friday'): the headline keeps the report's week."""
    lead = lead_of(text, spans)
    if lead is None:
        return None
    attacks = [c.start for c in cues if c.group == "attack"]
    paragraph = text[spans[1][0] :].split("\n\n", 1)[0]
    found = find_date(lead, report_date)
    own = [a - spans[1][0] for a in attacks if spans[1][0] <= a < spans[1][0] + len(lead)]
    if found is None and report_date is not None:
        # a headline telling what came after an attack, its lead with no day and all its attack words in an
        # 'a day after' phrase: the attack was the day before the report ('Russia says it downed dozens of
        # Moscow-bound Ukrainian drones after it struck Kyiv.' then '... intercepted at least 24 Ukrainian
        # drones a day after it launched its largest drone strike on the Ukrainian capital'); not a headline's
        # attack of its own ('Crimea oil tank set ablaze by reported drone.' then 'Flames engulf the facility
        # ..., a day after a wave of strikes across Ukraine.')
        head = text[spans[0][0] : spans[0][1]]
        turn = _AFTER.search(head)
        head_attacks = [a - spans[0][0] for a in attacks if spans[0][0] <= a < spans[0][1]]
        if turn is None or not head_attacks or min(head_attacks) < turn.start():
            return None
        for m in DAY_AFTER.finditer(lead):
            if own and all(m.start() <= a < m.end() for a in own):
                return EventDate(report_date - days_back(m), "day")
        return None
    if found is None or found.precision != "day" or long_ago(found, report_date):
        return None
    if not _tells_event(lead, found, [c for c in cues if spans[1][0] <= c.start < spans[1][0] + len(lead)]):
        return None
    if found.span is not None and (
        OTHER_EVENT.search(lead, 1, found.span[0]) or _ALSO.search(lead, 0, found.span[0])
    ):
        return None
    caption = PHOTO_CREDIT.search(paragraph) or CAPTION.search(lead)
    if caption and not _fresh_scene(lead, found, report_date):
        return None
    for m in DAY_AFTER.finditer(lead, found.span[1] if found.span else 0):
        if own and all(m.start() <= a < m.end() for a in own):
            return EventDate(found.value - days_back(m), "day")
    return EventDate(found.value, found.precision)


# The night or small hours a lead's day is read from ('Air-raid sirens heard in the capital in the pre-dawn
# hours'): a night is named for what happened in it, as an attack or its weapons are (eventdates.tells_event).
_NIGHT_WORDS = re.compile(r"night|dawn|early", re.IGNORECASE)


def _tells_event(lead: str, found: EventDate, cues: list[Cue]) -> bool:
    """The lead tells of an attack (or a capture), so its day may be the headline's event's."""
    if found.span is not None and _NIGHT_WORDS.search(lead, *found.span):
        return True
    return any(tells_event(c) for c in cues)


def lead_scene_date(
    sentence: Sentence,
    place: Place,
    when: EventDate | None,
    lead: EventDate | None,
    scenes: list[Place],
    report_date: date | None,
) -> EventDate | None:
    """A headline's settlement that neither the lead's dated clause nor a settlement of its region there
    names was hit on a day the lead does not give ('Dozens trapped and injured after Russia struck 9-story
    apartment building in Ukraine's Dnipro' then 'Kyiv was hit Saturday with missile strikes'; 'Ukraine Recap:
    Drones Hit Moscow, Air Strikes Target Kyiv' then 'Several residential buildings in Moscow were hit by
    drones early Tuesday'): it has the report's week."""
    if sentence.start != 0 or when is None or when != lead or report_date is None or not scenes:
        return when
    if place.precision != "place" or any(
        p.name == place.name or p.admin1_code == place.admin1_code for p in scenes
    ):
        return when
    return default_date(report_date)


# What a caption shows of an attack: 'An explosion of a drone is seen in the sky over the city during a
# Russian drone strike, Ukraine, on Nov. 25, 2023.', 'at the site of a Russian missile strike in Kyiv'.
_SCENE = re.compile(r"\b(?:strike|attack|shelling|explosion|blast|damaged|destroyed)s?\b", re.IGNORECASE)


def _fresh_scene(caption: str, when: EventDate, report_date: date | None) -> bool:
    """A caption of an attack's scene taken the report's day or the day before shows the reported event;
    any other (a file photo, a picture of something else) does not date it."""
    if report_date is None or not _SCENE.search(caption):
        return False
    return (report_date - when.value).days <= 1
