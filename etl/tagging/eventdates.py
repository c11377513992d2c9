"""Which date an incident gets: the sentence's own, its headline's lead, one carried from an earlier sentence,
or the report's week; and which dates are history or belong to another headline of an aggregated item."""

from __future__ import annotations

import re
from datetime import date, timedelta

from etl.gazetteer import Place
from etl.models import Incident
from etl.tagging.anchors import Anchor, Sentence
from etl.tagging.dates import EventDate, default_date, find_date, starts_span


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
    return None if file_photo(sentence.text, found, report_date) else found


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


# A photo caption: 'Police guards at a site where a building was damaged during a Russian missile strike, in
# Kyiv, Ukraine, on Dec. 13, 2023.', '... in this picture obtained from social media released on July 19,
# 2022.'
_CAPTION = re.compile(
    r"\bin\s+this\s+(?:still\s+)?(?:image|picture|photo(?:graph)?|handout)\b|"
    r"\b(?:image|picture|photo|video|footage)\s+(?:[\w-]+\s+){0,4}?(?:released|obtained|taken)\s+(?:by\s+\w+\s+)?on\b|"
    r",\s+on\s+(?:[A-Z][a-z]{2,8}\.?\s+[0-3]?\d|[0-3]?\d\s+[A-Z][a-z]{2,8}),?\s+(?:19|20)\d\d\W*$"
)
# A caption's date more than a week before the report is a file photo's, not the reported event's.
FILE_PHOTO_DAYS = 7


def file_photo(text: str, when: EventDate, report_date: date | None) -> bool:
    """A caption dated well before the report shows an earlier scene (Dec. 13 under a report of Dec. 29):
    its date is no date of the reported event, which then has the report's week."""
    if report_date is None or when.span is None or not _CAPTION.search(text):
        return False
    return (report_date - when.value).days > FILE_PHOTO_DAYS


def is_file_photo(text: str, report_date: date | None) -> bool:
    """A caption of a file photo ('Emergency workers clear rubble after a Russian rocket hit a multistory
    building ... in Dnipro, Ukraine, on Jan. 14, 2023.' under a report of Feb. 8 on China's aid to Russia)
    shows an earlier strike as the background of another story: it reports no incident."""
    found = find_date(text, report_date)
    return found is not None and file_photo(text, found, report_date)


# A day the lead or a later sentence gives past a word that turns to an earlier or other event is that
# event's, not the headline's: 'Latest attacks follow Friday's strikes by Moscow on Ukraine', 'The aerial
# assault followed two days of escalating shelling, including a strike on Saturday in Belgorod', '...,
# Ukrainian officials said on Monday, as the Kremlin played down Sunday's drone attack on Moscow', 'The
# Ukrainian president is in western Europe amid speculation over Wednesday's drone attack on the Kremlin'.
# An earlier attack on the same target is named so too: 'Mayor says the office building damaged was the same
# one hit in an attack on Sunday', 'The building was targeted in a similar attack on Sunday'.
_OTHER_EVENT = re.compile(
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
_DAYS_ATTACK_AFTER = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,3}}?{_ATTACK_NOUN}", re.IGNORECASE)
DATES_BACK_REACH = 60  # characters before a day searched for the event it dates
# The day back is the report's or one or two before it: a day further back names an earlier event ('Saturday's
# audacious attack' on a Wednesday), and readers date the story's own at the report's week.
DATES_BACK_DAYS = 2
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
    if _OTHER_EVENT.search(text, 1, start):
        return None  # 'Latest attacks follow Friday's strikes by Moscow': the day of another event
    before = text[max(0, start - DATES_BACK_REACH) : start]
    if _THE_ATTACK_BEFORE.search(before) or _DAYS_ATTACK_AFTER.match(text, end):
        return found
    return None


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
    return own or stated_date(sentence, *_part_span(sentence, anchor.clause), report_date) or inherited


def _part_span(sentence: Sentence, clause: int) -> tuple[int, int]:
    """Offsets of the part between semicolons that holds the clause (a semicolon always starts a clause)."""
    lo = sentence.clause_span(clause)[0]
    end = sentence.text.find(";", lo + 1)
    return sentence.text.rfind(";", 0, lo + 1) + 1, len(sentence.text) if end < 0 else end


# Google News items run several outlets' headlines together, each followed by the outlet's name:
# 'Ukrainian drones strike oil refinery \xa0\xa0 kyivindependent.com Drone Attacks Ignite Oil Facility in
# Russia as Moscow Pounds Ukraine Overnight \xa0\xa0 Bloomberg.com'.
_HEADLINE_BREAK = re.compile(r"\s*\xa0\xa0\s*")


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


# 'Authorities restored power in Kyiv, a day after a Russian missile barrage damaged the grid', 'Russia downs
# drones day after its attack on Kyiv': what follows, up to the next comma, happened the day before ('less
# than a day after' is hours; 'for a second day after' counts days of the main event).
# So does 'two days after' two days back: 'Two days after the destruction of Ukraine's Nova Kakhovka dam led
# to widespread flooding, it's clear that ...' ('more than two days after' is any day before).
_DAY_AFTER = re.compile(
    r"(?<!\bthan\s)\b(?:(?:a|one|the)\s+)?(?<!\bthan\sa\s)(?<!second\s)(?<!third\s)(?<!\bnext\s)"
    # 'a day after Russia blamed Ukraine for two drone strikes': the day of a charge, not of the strikes
    r"(?:(?P<days>two|three)\s+days|day)\s+after\b(?![^,;:]*\b(?:blam|accus|said|says|claim|report)\w*)[^,;:]*",
    re.IGNORECASE,
)
_DAYS = {"": 1, "two": 2, "three": 3}


def _days_back(m: re.Match[str]) -> timedelta:
    """How many days before its day the 'a day after' phrase sets what it names."""
    return timedelta(days=_DAYS[(m.group("days") or "").lower()])


def day_after_date(
    sentence: Sentence,
    anchor: Anchor,
    anchors: list[Anchor],
    when: EventDate | None,
    report_date: date | None,
) -> EventDate | None:
    """An incident named after 'a day after' is dated the day before the sentence's own day stated before
    the phrase ('on Sunday, a day after a Russian missile attack'), else the day before the report's. Not
    when the main clause reports an attack on a target of the same type ('Russian airfield near Ukraine hit by
    drone strike, a day after attacks on Russian air bases'): the two merge into one incident. One of another
    type is a day older ('Russian border city shelled, a day after Ukraine battered by deadly aerial
    assault'). A target the main clause names with no attack of its own was hit in the phrase's attack
    (_attack_after)."""
    offset = anchor.start - sentence.start
    scope = next((m for m in _DAY_AFTER.finditer(sentence.text) if m.start() < offset <= m.end()), None)
    consequence = scope is None and report_date is not None
    if consequence:
        scope = _attack_after(sentence, offset)
    if scope is None or report_date is None:
        return when
    own = find_date(scope.group(), report_date)
    if own is not None and own.span is not None and own.precision == "day" and not own.stated:
        # 'a third site was attacked on Tuesday, a day after two airfields were hit on Monday'
        return EventDate(own.value, own.precision, (scope.start() + own.span[0], scope.start() + own.span[1]))
    if not consequence and any(
        other.start - sentence.start < scope.start() and other.target_type == anchor.target_type
        for other in anchors
    ):
        return when
    if when is None or when.span is None:
        return EventDate(report_date - _days_back(scope), "day")
    if when.precision == "day" and when.span[1] <= scope.start():
        return EventDate(when.value - _days_back(scope), "day")
    return when  # a date of its own inside the phrase, or a statement's week


def _attack_after(sentence: Sentence, offset: int) -> re.Match[str] | None:
    """The 'a day after' phrase after the anchor that holds every attack word of the sentence: the main
    clause tells what the attack did ('Rescue workers were still digging through the rubble of a residential
    building in Dnipro on Sunday, a day after a Russian missile attack', 'Ukraine raced to restore power
    across the country on Thursday, a day after Russia sent a new barrage of missiles'), so its target was hit
    the day before."""
    attacks = [c.start - sentence.start for c in sentence.cues_of("attack")]
    for m in _DAY_AFTER.finditer(sentence.text):
        # (not 'two days after': what the main clause tells then is a repair, no hit of that attack's day:
        # 'External power has been restored to the plant two days after it was disconnected ... by shelling')
        if (
            offset < m.start()
            and attacks
            and all(m.start() <= a < m.end() for a in attacks)
            and not m["days"]
        ):
            return m
    return None


_AFTER = re.compile(r"\bafter\b", re.IGNORECASE)
# The lead ends where a run of spaces or a headline break starts what were paragraphs of their own (a
# standfirst, then 'Russia-Ukraine war: latest updates', then the story).
_LEAD_END = re.compile(r"\s*\xa0\xa0|\s{3,}")
# A photo caption under a headline dates the picture: '... in Moscow on March 2, 2023. (Sputnik/Pool via
# Reuters)', '(Sergey Fadeichev, Sputnik, Kremlin Pool Photo via AP)'; only a fresh picture of an attack's
# scene dates the headline's event (_fresh_scene).
PHOTO_CREDIT = re.compile(
    r"\((?:[^()]*/[^()]*|[^()]*\b(?:Photo|Pool|via AP|via Reuters|via Getty|Getty Images|AFP|EPA)\b[^()]*)\)"
    r"\W*$"
)


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
    text: str, spans: list[tuple[int, int]], report_date: date | None, attacks: list[int]
) -> EventDate | None:
    """The day the first sentence under a headline gives ('Odesa port reopens after energy network hit.'
    then 'The port has resumed operations after Russian strikes on Saturday.'): the headline's own event,
    which headlines leave undated. A headline is a first line standing alone above a blank line. A coarser
    date there is background ('the city, liberated last month, is coming under heavy bombardment'). A lead
    whose attack words (`attacks`, offsets in the text) all come in an 'a day after' phrase past its day
    tells the attack the day before ('Rescue workers were still digging through the rubble of a residential
    building in Dnipro on Sunday, a day after a Russian missile attack')."""
    lead = lead_of(text, spans)
    if lead is None:
        return None
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
        for m in _DAY_AFTER.finditer(lead):
            if own and all(m.start() <= a < m.end() for a in own):
                return EventDate(report_date - _days_back(m), "day")
        return None
    if found is None or found.precision != "day" or long_ago(found, report_date):
        return None
    if found.span is not None and _OTHER_EVENT.search(lead, 1, found.span[0]):
        return None
    caption = PHOTO_CREDIT.search(paragraph) or _CAPTION.search(lead)
    if caption and not _fresh_scene(lead, found, report_date):
        return None
    for m in _DAY_AFTER.finditer(lead, found.span[1] if found.span else 0):
        if own and all(m.start() <= a < m.end() for a in own):
            return EventDate(found.value - _days_back(m), "day")
    return EventDate(found.value, found.precision)


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


# a year of a clause (one that starts a span is no date of the event, dates.starts_span: "the most massive
# strike on Donetsk since 2014", "its largest attack since the start of the war in February 2022")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# 'last year' that dates the clause's own event is history too ("Elon Musk acknowledged turning off internet
# access during a Ukrainian raid last year on a Russian naval fleet", "a pro-Ukrainian group carried out the
# attack on the Nord Stream pipelines last year"), not one that starts a span ("the deadliest attack since the
# invasion began last year") or dates the war itself ("the war he launched last year")
# ... as does the war's first days ("a missile destroyed her apartment on the first day of Putin's invasion",
# "a pipeline hit by a missile early in the invasion", "Borodianka, bombed at the start of the invasion"), or
# an older war ("Hiroshima, which along with Nagasaki was devastated by the US atomic bombing in the closing
# stages of the second world war", "survive a nearby missile strike during the second world war")
_PAST_TIME = re.compile(
    r"\b(?:last|previous)\s+year(?:['’]s)?\b|\ba\s+year\s+ago\b"
    r"|\b(?:early|earlier)\s+in\s+the\s+(?:war|invasion)\b"
    r"|\b(?:start|beginning|outset|(?:early|first|opening)\s+(?:days?|weeks?|months?|hours|stages))\s+of\s+"
    r"(?:the\s+|Russia['’]s\s+|Putin['’]s\s+|Moscow['’]s\s+)?(?:Russian\s+)?(?:full[- ]scale\s+)?"
    r"(?:war|invasion)\b"
    r"|\b(?:during|in|at\s+the\s+end\s+of|in\s+the\s+(?:closing|final|last)\s+(?:stages|days|months)\s+of)\s+"
    r"(?:the\s+)?(?:(?:second|first)\s+world\s+war|world\s+war\s+(?:I|II|one|two|1|2)|WWII|WW2|WWI|WW1)\b(?![-‑])",
    re.IGNORECASE,
)
_SPAN_OR_WAR = re.compile(
    r"\bsince\b|\b(?:invasion|invaded?|annex(?:ed|ation)|war|conflict)\b(?:\s+[\w’'-]+){0,3}\s*$",
    re.IGNORECASE,
)
HISTORY_DAYS = 400


def long_ago(when: EventDate, report_date: date | None) -> bool:
    """A date stated in the text well over a year before the report: history, not news."""
    if report_date is None or when.span is None:
        return False
    return (report_date - when.value).days > HISTORY_DAYS


# A day or week stated a week or more before the report is retold, not reported (the guide: 'a strike retold
# days later, as the background of another story, is not'): 'the funeral where a missile strike last week
# killed more than 50', 'Benjamin Hall was severely injured during a Russian shelling attack in Kiev on March
# 14.' in a report of January 28
RETOLD_DAYS = 6
# ... and a month before the report's own, of its year ('Video journalist Arman Soldin was killed in a
# rocket attack close to Bakhmut in May.' in a July report; 'the destruction left behind after two large
# missiles landed ... last month' in April, 'A major strike on Saki military airfield last month' on September
# 6: readers label no incident a month told so retells)
RETOLD_MONTHS = 1
# ... and last year's months only up to this many back ('in December' in a January report): a month name
# further back is nearer as the one to come ('eyes Bakhmut capture in April' in February)
NEARER_PAST = 6
# ... unless the month dates a relative clause of its own, another event's background ('Bakhmut, which was
# captured by Russia last month', 'villages ringing Bakhmut, which was taken by Wagner forces in May')
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\s+(?:was|were|had been|has been)\b[^,;:]*$", re.IGNORECASE)


def told_later(text: str, when: EventDate | None, report_date: date | None, capture: bool = False) -> bool:
    """A date the sentence states that was over before the days its news is reported: a day or week more than
    RETOLD_DAYS before the report, or a month at least RETOLD_MONTHS before its month, of its year, up to
    NEARER_PAST back or said to be past ('last October'), not one dating a relative clause of its own. A
    capture is news only on the days it is announced (the guide dates it by its announcement), so any month
    before dates it as background ('Russia captured Mariupol in May after a brutal siege' in a March story),
    a relative clause's too, the capture's own ('Bakhmut, which was taken by Wagner forces in May')."""
    if when is None or report_date is None or when.span is None:
        return False
    if when.precision != "month":
        return (report_date - when.value).days > RETOLD_DAYS
    if not capture and _RELATIVE_CLAUSE.search(text[: when.span[0]]):
        return False
    months = (report_date.year - when.value.year) * 12 + report_date.month - when.value.month
    said_past = text[when.span[0] :].lower().startswith("last")  # 'last October' is no month to come
    return months >= RETOLD_MONTHS and (
        capture or when.value.year == report_date.year or months <= NEARER_PAST or said_past
    )


def is_history(text: str, when: EventDate | None, report_date: date | None, clause: tuple[int, int]) -> bool:
    """An anchor dated to a day well before the report ('Benjamin Hall was severely injured during a Russian
    shelling attack in Kiev on March 14.' in a report of January 28), or whose clause (its offsets in the
    text) is about earlier years ('the 2014 downing of MH17', 'a Ukrainian raid last year'), reports no new
    incident. A year of another clause is that clause's background: 'Ukrainian forces on Monday struck the
    Crimean Bridge, a key link that connects mainland Russia to Crimea, which Russia illegally annexed in
    2014.'"""
    if report_date is None:
        return False
    if when is not None and (long_ago(when, report_date) or told_later(text, when, report_date)):
        return True
    if any(
        not _SPAN_OR_WAR.search(text, clause[0], m.start())
        for m in _PAST_TIME.finditer(text, clause[0], clause[1])
    ):
        return True
    years = [int(m.group()) for m in _YEAR.finditer(text, *clause) if not starts_span(text, m.start())]
    return bool(years) and max(years) <= report_date.year - 2
