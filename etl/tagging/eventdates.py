"""Which date an incident gets: the sentence's own, its headline's lead, one carried from an earlier sentence,
or the report's week; and which dates are history or belong to another headline of an aggregated item."""

from __future__ import annotations

import re
from datetime import date

from etl.gazetteer import Place
from etl.models import Incident
from etl.tagging.addresses import address_day
from etl.tagging.anchors import Anchor, Sentence
from etl.tagging.captions import file_photo
from etl.tagging.dates import EventDate, default_date, find_date
from etl.tagging.headlineruns import HEADLINE_RUN
from etl.tagging.lexicon import Cue


def stated_date(sentence: Sentence, lo: int, hi: int, report_date: date | None) -> EventDate | None:
    """The first date stated between two offsets of the sentence (not a file photo's), its span in the
    sentence's offsets."""
    found = find_date(sentence.text[lo:hi], report_date)
    if found is None or found.span is None:
        return None
    if lo:
        found = EventDate(
            found.value, found.precision, (found.span[0] + lo, found.span[1] + lo), found.stated
        )
    if file_photo(sentence.text, found, report_date):
        return None
    return address_day(sentence.text, found, report_date)


# Cue groups whose words tell of an attack or what it did: the attack's own words, its weapons, its targets,
# a capture, and its impacts but an evacuation ('Hundreds streamed out of Kherson on Sunday to flee shelling'
# tells the flight's day)
EVENT_GROUPS = ("attack", "means", "target", "capture", "impacts")


def tells_event(cue: Cue) -> bool:
    """The cue word tells of an attack (or a capture) or what it did, not of what came of it for people."""
    return cue.group in EVENT_GROUPS and cue.label != "evacuation"


def inherited_date(
    sentence: Sentence, report_date: date | None, lead: EventDate | None, carried: EventDate | None
) -> EventDate | None:
    """A date for what the sentence leaves undated: (a headline) its lead's, else the last one an earlier
    sentence stated, else the report's week. It has no span: read elsewhere, it makes no sentence history."""
    if sentence.start == 0 and lead is not None:
        return lead
    if carried is not None:
        return EventDate(carried.value, carried.precision)
    return default_date(report_date) if report_date else None


# A day the lead or a later sentence gives past a word that turns to an earlier or other event is that
# event's, not the headline's: 'Latest attacks follow Friday's strikes by Moscow on Ukraine', 'The aerial
# assault followed two days of escalating shelling, including a strike on Saturday in Belgorod', '...,
# Ukrainian officials said on Monday, as the Kremlin played down Sunday's drone attack on Moscow', 'The
# Ukrainian president is in western Europe amid speculation over Wednesday's drone attack on the Kremlin'.
# An earlier attack on the same target is named so too: 'Mayor says the office building damaged was the same
# one hit in an attack on Sunday', 'The building was targeted in a similar attack on Sunday'.
OTHER_EVENT = re.compile(
    r"\bfollow(?:s|ed|ing)?\b|,\s+as\s|\bamid\b|\b(?:same|similar|previous)\b", re.IGNORECASE
)

# ... as is one after the verb 'followed' or a word of sameness past an anchor ('Mayor says the office
# building damaged was the same one hit in an attack on Sunday'); the broader turns, ', as' and 'amid', often
# carry the sentence's own day there ('Drones hit Moscow, as officials said on Sunday')
_FOLLOWED = re.compile(r"\bfollow(?:s|ed)\b|\b(?:same|similar|previous)\b", re.IGNORECASE)

# 'The attack happened at around 3 a.m. Monday': a sentence that dates the event the text has reported.
_DATES_BACK = re.compile(
    r"\b(?:the|that|this)\s+(?:attack|strike|blast|explosion|shelling|raid|arson|fire|bombing|incident)s?\s+"
    r"(?:happened|occurred|took place)\b",
    re.IGNORECASE,
)
_ATTACK_NOUN = r"(?:attack|strike|blast|explosion|shelling|raid|bombing|barrage|hit|incident)s?\b"

# ... or names the event told just before with the definite article, its day right after: 'The strikes
# early on Wednesday, the latest in a string of attacks', 'the direct hit to the vessels in Sevastopol on
# Wednesday', 'both incidents on Saturday'; or by its day: "Tuesday's attack comes after a missile strike on
# ..." (not the day of its telling: 'Zelensky announced the attack in a post on his Telegram account on
# Thursday')
_THE_ATTACK_BEFORE = re.compile(
    rf"\b(?:the|both)\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK_NOUN}"
    r"(?![^,;:()]*\b(?:said|says|announced|reported|posted|post|told|claimed|statement)\b)[^,;:()]{0,40}$",
    re.IGNORECASE,
)
# ... or tells it again by its verb alone, the day right after: 'The Russians attacked overnight on
# Thursday with S-300 missiles, prosecutors said', 'The missile struck early on Friday' (an active verb with
# no object: 'Kyiv was hit on Friday' or 'Russia struck Kharkiv on Friday' may be another strike)
_ATTACKED_BEFORE = re.compile(
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)"
    r"\b(?:attacked|struck|hit|shelled|bombed)\s+(?:(?:overnight|early|late|again)\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
_DAYS_ATTACK_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?{_ATTACK_NOUN}", re.IGNORECASE)
DATES_BACK_REACH = 60  # characters before a day searched for the event it dates

# The day back is the report's or up to three before it (a digest of a Wednesday retelling the strike 'just
# after midnight on New Year's Day', a Saturday's 'The explosion on Thursday injured three people'): a day
# further back names an earlier event ('Saturday's audacious attack' on a Wednesday), and readers date the
# story's own at the report's week.
DATES_BACK_DAYS = 3

# Sentences back whose incidents the day dates: the same story's, not a live page's earlier items
DATES_BACK_SENTENCES = 3


def dated_back(text: str, report_date: date | None) -> EventDate | None:
    """The day a sentence gives an event it names as told already ('the attack on Thursday'), or None."""
    found = find_date(text, report_date) if report_date is not None else None
    if found is None or found.span is None or found.precision != "day" or found.stated:
        return None
    if _DATES_BACK.search(text):
        return found
    if not 0 <= (report_date - found.value).days <= DATES_BACK_DAYS:
        return None
    start, end = found.span
    if OTHER_EVENT.search(text, 1, start):
        return None  # 'Latest attacks follow Friday's strikes by Moscow': the day of another event
    before = text[max(0, start - DATES_BACK_REACH) : start]
    # the day read with its possessive ("said Thursday's attack lasted three hours") ends past the "'s"
    after = end - 2 if text[end - 2 : end] in ("'s", "’s") else end
    if (
        _THE_ATTACK_BEFORE.search(before)
        or _ATTACKED_BEFORE.search(before)
        or _DAYS_ATTACK_AFTER.match(text, after)
    ):
        return found
    return None


# A statement that a settlement was taken, with the day it was made: 'On Friday, the defence ministry said
# its forces had taken full control of the town', 'The mercenary chief said on Saturday the city "has been
# taken in its entirety"', '... said on Saturday that his troops had finally pushed the Ukrainians out of the
# city'.
_TAKEN = re.compile(
    r"\b(?:(?:has|have|had)\s+(?:now\s+|finally\s+|fully\s+)?(?:been\s+)?(?:taken|captured|seized|liberated)|"
    r"(?:taken|took|seized|established)\s+(?:full\s+|complete\s+)?control\b|"
    r"pushed\s+(?:[\w’'-]+\s+){1,3}?out\s+of)",
    re.IGNORECASE,
)


def announced_back(text: str, report_date: date | None) -> EventDate | None:
    """The day a later sentence says a capture was announced ('On Friday, the ministry said its forces had
    taken full control of the town'): a capture is dated by its announcement (the guide), so it dates the
    captures told just before it that had no date of their own; the statement's day, no further back than
    DATES_BACK_DAYS."""
    found = find_date(text, report_date) if report_date is not None else None
    if found is None or report_date is None or not found.stated or not _TAKEN.search(text):
        return None
    if not 0 <= (report_date - found.value).days <= DATES_BACK_DAYS:
        return None
    return EventDate(found.value, "day", found.span)


def date_back(found: EventDate, incidents: list[Incident], report_date: date) -> None:
    """The day a later sentence gives the event ('Three Palestinians were arrested on accusations of lighting
    a Christmas tree on fire ... The attack happened at around 3 a.m. Monday') dates the incidents reported
    just before it that had no date of their own (the report's week)."""
    for incident in incidents:
        if undated(incident, report_date):
            incident.event_date, incident.date_precision = found.value, found.precision


def undated(incident: Incident, report_date: date) -> bool:
    """The incident has no date of its own, only the report's week (so a later sentence may date it; the
    tagger looks for that day only while such an incident is near, as most sentences date nothing back)."""
    return incident.event_date == report_date and incident.date_precision == "week"


def carried_abroad(
    found: EventDate | None,
    inherited: EventDate | None,
    place: Place | None,
    countries: set[str] | None,
    report_date: date | None,
) -> EventDate | None:
    """A day carried from an earlier sentence dates only a place in a country that sentence named: 'Missiles
    hit Kyiv on Friday. Ukraine responded with shelling on Belgorod' leaves the shelling undated (the report's
    week): the day was another country's event's, and readers date the response no closer."""
    if found is None or found is not inherited or place is None or not countries or report_date is None:
        return found
    return found if place.country_code in countries else default_date(report_date)


# A headline's turn to an earlier event: 'Shelling kills 21 in Belgorod following Moscow's aerial attacks
# across Ukraine', 'Russia targets southern Ukraine with drones after attack on Crimean bridge', 'Drones
# target Crimea after Putin vows revenge for bridge blast' ('hours after' is the same day).
_HEADLINE_TURN = re.compile(
    r"(?<!hours\s)(?<!minutes\s)\b(?:after|following|in\s+(?:revenge|retaliation|response)\s+(?:for|to))\b",
    re.IGNORECASE,
)


def earlier_in_headline(
    sentence: Sentence,
    anchor: Anchor,
    place: Place | None,
    found: EventDate | None,
    lead: EventDate | None,
    report_date: date | None,
) -> EventDate | None:
    """A headline that tells an attack and then, past 'after' or 'following', another that came before it:
    the lead's day is the first attack's, and the earlier one keeps the report's week (unless a later sentence
    dates it), as readers date it. So does a day the headline states before the turn ('Putin launches New
    Year's Eve blitz on Ukraine in revenge after Kyiv attacked Russian border city')."""
    if sentence.start != 0 or found is None or report_date is None:
        return found
    said = found.span is not None and found.precision == "day" and not found.stated
    if found is not lead and not said:
        return found
    # where the incident's place is named ('Russia pounds Odesa on Friday after Ukraine shelled Belgorod': the
    # attack's places are shared out, Belgorod's past the turn), else where its anchor and places start
    named = [loc.mention.start for loc in anchor.places if loc.place == place]
    first = (named or [min([anchor.start, *(loc.mention.start for loc in anchor.places)])])[
        0
    ] - sentence.start
    turn = _HEADLINE_TURN.search(sentence.text, found.span[1] if said and found.span else 0, max(0, first))
    # an attack told before the turn, not its toll ('Two people were killed on Friday after missiles hit a
    # power plant': the deaths are the strike's, and so is the day)
    tolls = {c.start for c in sentence.cues if c.label == "casualties"}
    attacks = [c.start - sentence.start for c in sentence.cues_of("attack") if c.start not in tolls]
    if turn is None or not any(a < turn.start() for a in attacks):
        return found
    return default_date(report_date)


def anchor_date(
    sentence: Sentence,
    anchor: Anchor,
    when: EventDate | None,
    inherited: EventDate | None,
    report_date: date | None,
) -> EventDate | None:
    """The date of the anchor's own clause, else the first its part between semicolons states, else the one
    the sentence inherits: a date of another clause dates that clause's event ('Russian missile strikes hit
    residential buildings in Kyiv on Tuesday, ... and explosions were heard in what appeared to be the first
    major aerial attack since Moscow retreated from the key city of Kherson last week'), and summaries join
    headlines of their own with semicolons ('Russia strikes power facilities across Ukraine, causing
    widespread blackouts; US president to travel to Poland later this month to rally allies'). A date past
    'followed' or 'same' after the anchor and its places is the earlier event's ('The attack on the Kursk
    airport ... followed Monday's strikes on Russian strategic-bomber bases in Engels and Diagilevo')."""
    if when is None or when.span is None:
        return when
    if report_date is not None and _reaction_day(sentence, anchor, when, report_date):
        return default_date(report_date)
    last = max([anchor.start, *(loc.mention.start for loc in anchor.places)]) - sentence.start
    turn = _FOLLOWED.search(sentence.text, last, when.span[0])
    if turn is not None:
        return stated_date(sentence, 0, turn.start(), report_date) or inherited
    if len(sentence.clause_bounds) == 1:
        return when
    own = stated_date(sentence, *sentence.clause_span(anchor.clause), report_date)
    if own is not None and own.span == when.span:
        return (
            when  # the same words read with the whole sentence (overnight ..., the governor said on Sunday)
        )
    if own is not None:
        return own
    part = stated_date(sentence, *_part_span(sentence, anchor.clause), report_date)
    if part is not None and _in_relative_capture(sentence, part, anchor.clause, report_date):
        return inherited
    return part or inherited


# A relative clause set off by a comma that tells of a capture tells the place's past, not the attack told
# outside it: 'an offensive near Bakhmut, which was taken by Wagner forces in May', 'fighting on three
# fronts: Bakhmut, which was captured by Russia last month'. A relative clause of an attack is often the
# event itself ('the Kakhovka dam, which was damaged in explosions on June 6'), and an older capture ('the
# plant, which was captured in March 2022') makes the sentence history all the same: only a capture of the
# last weeks is passed over.
_RELATIVE_CAPTURE = re.compile(
    r"\W*(?:which|who)\s+(?:was|were|had\s+been|has\s+been)\s+(?:[\w-]+ly\s+)?"
    r"(?:captured|taken|seized|occupied|overrun|recaptured|retaken|liberated)\b",
    re.IGNORECASE,
)
RELATIVE_CAPTURE_DAYS = 62  # a capture this recent is no history of the sentence's attack


def _in_relative_capture(
    sentence: Sentence, found: EventDate, anchor_clause: int, report_date: date | None
) -> bool:
    """The date lies in a relative clause of a recent capture other than the anchor's ('..., which was
    captured last month')."""
    if found.span is None or report_date is None:
        return False
    if not 0 <= (report_date - found.value).days <= RELATIVE_CAPTURE_DAYS:
        return False
    clause = sentence.clause_of(sentence.start + found.span[0])
    if clause == anchor_clause:
        return False
    return _RELATIVE_CAPTURE.match(sentence.text, sentence.clause_span(clause)[0]) is not None


# 'President Biden spoke with Zelensky on Monday after a deluge of Russian missiles targeted cities', 'Ukraine
# carried out stabilisation measures near Kherson on Saturday after the city was retaken', 'Trump offered to
# lead talks on Wednesday morning, ... in the wake of the suspected sabotage of the pipelines': the day is the
# reaction's, told before the turn; the attack past it came before, on a day the sentence does not give ('a
# day after' is dayafter.py's; 'hours after' is the same day: 'Blinken arrived in Kyiv on Wednesday hours
# after the city was struck'). So does 'amid': 'The minister cancelled a visit to the region on Friday amid
# reports of an attack on the border'.
_REACTION_TURN = re.compile(
    r"(?<![,;(]\s)(?<!\bday\s)(?<!\bdays\s)(?<!hours\s)(?<!minutes\s)(?<!moments\s)(?<!shortly\s)(?<!soon\s)"
    r"\b(?:after|in\s+the\s+wake\s+of|following|amid)\b",
    re.IGNORECASE,
)


def _reaction_day(sentence: Sentence, anchor: Anchor, when: EventDate, report_date: date) -> bool:
    """The sentence's day dates a reaction told before 'after' (or 'in the wake of', 'following'), and the
    anchor lies past that turn: the anchor's attack had happened by that day, on a day left untold."""
    if when.span is None or not 0 <= (report_date - when.value).days <= DATES_BACK_DAYS:
        return False  # (an older day leaves the attack history all the same)
    # a capture is told by its own words: its place may be named before the turn, as the reaction's scene
    # ('Ukraine carried out stabilisation measures near Kherson on Saturday after the city was retaken')
    first = (
        anchor.start
        if anchor.target_type == "settlement_control"
        else min([anchor.start, *(loc.mention.start for loc in anchor.places)])
    ) - sentence.start
    turn = _REACTION_TURN.search(sentence.text, when.span[1], max(when.span[1], first))
    if turn is None:
        return False
    main = sentence.start + turn.start()
    # a main clause telling of the attack is its own ('Two people were killed on Monday after a missile hit a
    # block of flats'): the day is the attack's
    return not any(tells_event(c) for c in sentence.cues if c.start < main)


def _part_span(sentence: Sentence, clause: int) -> tuple[int, int]:
    """Offsets of the part between semicolons that holds the clause (a semicolon always starts a clause)."""
    lo = sentence.clause_span(clause)[0]
    end = sentence.text.find(";", lo + 1)
    return sentence.text.rfind(";", 0, lo + 1) + 1, len(sentence.text) if end < 0 else end


# Google News items run several outlets' headlines together, each followed by the outlet's name
# (headlineruns.HEADLINE_RUN between them).
_HEADLINE_BREAK = re.compile(rf"\s*{HEADLINE_RUN}\s*")


def own_headline_date(
    sentence: Sentence, anchor: Anchor, when: EventDate | None, report_date: date | None
) -> EventDate | None:
    """In a run of headlines, each is dated by its own words alone, else by the report's week: the
    'Overnight' of one outlet's headline does not date another's."""
    breaks = list(_HEADLINE_BREAK.finditer(sentence.text))
    if not breaks or report_date is None:
        return when
    offset = anchor.start - sentence.start
    start = max((b.end() for b in breaks if b.end() <= offset), default=0)
    end = min((b.start() for b in breaks if b.start() >= offset), default=len(sentence.text))
    return find_date(sentence.text[start:end], report_date) or default_date(report_date)
