"""'A day after': what the phrase names happened the day (or two or three days) before the sentence's
own day, and a target the main clause names with no attack of its own was hit in the phrase's attack."""

from __future__ import annotations

import re
from datetime import date, timedelta

from etl.tagging.anchors import Anchor, Sentence
from etl.tagging.dates import DAY_COUNTS, EventDate, find_date

# 'Authorities restored power in Kyiv, a day after a Russian missile barrage damaged the grid', 'Russia downs
# drones day after its attack on Kyiv': what follows, up to the next comma, happened the day before ('less
# than a day after' is hours; 'for a second day after' counts days of the main event).
# So does 'two days after' two days back: 'Two days after the destruction of Ukraine's Nova Kakhovka dam led
# to widespread flooding, it's clear that ...' ('more than two days after' is any day before).
DAY_AFTER = re.compile(
    r"(?<!\bthan\s)\b(?:(?:a|one|the)\s+)?(?<!\bthan\sa\s)(?<!second\s)(?<!third\s)(?<!\bnext\s)"
    # 'a day after Russia blamed Ukraine for two drone strikes': the day of a charge, not of the strikes
    r"(?:(?P<days>two|three)\s+days|day)\s+after\b(?![^,;:]*\b(?:blam|accus|said|says|claim|report)\w*)[^,;:]*",
    re.IGNORECASE,
)
_DAYS = {"": 1, **DAY_COUNTS}  # 'a day after', 'two days after'


def days_back(m: re.Match[str]) -> timedelta:
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
    scope = next((m for m in DAY_AFTER.finditer(sentence.text) if m.start() < offset <= m.end()), None)
    consequence = scope is None and report_date is not None
    if consequence:
        scope = _attack_after(sentence, offset) or _placed_after(sentence, anchor, offset)
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
        return EventDate(report_date - days_back(scope), "day")
    if when.precision == "day" and when.span[1] <= scope.start():
        return EventDate(when.value - days_back(scope), "day")
    return when  # a date of its own inside the phrase, or a statement's week


def _attack_after(sentence: Sentence, offset: int) -> re.Match[str] | None:
    """The 'a day after' phrase after the anchor that holds every attack word of the sentence: the main
    clause tells what the attack did ('Rescue workers were still digging through the rubble of a residential
    building in Dnipro on Sunday, a day after a Russian missile attack', 'Ukraine raced to restore power
    across the country on Thursday, a day after Russia sent a new barrage of missiles'), so its target was hit
    the day before."""
    attacks = [c.start - sentence.start for c in sentence.cues_of("attack")]
    for m in DAY_AFTER.finditer(sentence.text):
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


def _placed_after(sentence: Sentence, anchor: Anchor, offset: int) -> re.Match[str] | None:
    """The 'a day after' phrase after the anchor that names every place of it: the incident is where the
    phrase's attack struck, so it is that attack ('Moscow says it destroyed dozens of projectiles a day after
    a massive Russian attack on Ukrainian cities': the cities were hit the day before), not the main clause's
    own, which is placed elsewhere or nowhere. An anchor placed by no place of its own takes the sentence's
    (places_of), so then every place the sentence names as a scene must lie in the phrase."""
    located = anchor.places or [loc for loc in sentence.located if not (loc.reference or loc.near)]
    if not located:
        return None
    places = [loc.mention.start - sentence.start for loc in located]
    attacks = [c.start - sentence.start for c in sentence.cues_of("attack")]
    for m in DAY_AFTER.finditer(sentence.text):
        if offset >= m.start() or m["days"] or not all(m.start() <= p < m.end() for p in places):
            continue
        told = [a for a in attacks if m.start() <= a < m.end()]
        # the phrase opens on the attack, not on a deed that names it ('a day after Kyiv vowed to retaliate
        # for a missile attack on Odesa', 'a day after the US pledged tanks to Ukraine')
        if told and not _DEED.search(sentence.text, m.start(), told[0]):
            return m
    return None


# A deed or a word of a leader, which the phrase's day dates rather than the attack it names
_DEED = re.compile(
    r"\b(?:vow|pledg|promis|warn|threat|sa(?:id|ys)|announc|agree|decid|call|sign|vote|meet|met|visit)\w*",
    re.IGNORECASE,
)
