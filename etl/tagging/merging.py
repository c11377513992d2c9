"""One incident per type and place in a document: reports of the same incident merged, a coarser report folded
into a finer one of the same type, a bare attack on a place or country already hit dropped (or, alone, in the
area of a target placed no finer, given to that target or dropped; alone, in the city that names the region
of a target in another of its settlements, dropped), and a border area dropped where a target is named in
it."""

from __future__ import annotations

import dataclasses
from bisect import bisect_right

from etl.gazetteer.regionhints import ENCLAVES
from etl.models import DATE_PRECISIONS, Incident
from etl.tagging.locatives import LOCATIVE_TYPE
from etl.tagging.portships import drop_ports_of_warships


def merge_incidents(incidents: list[Incident], story_breaks: tuple[int, ...] = ()) -> list[Incident]:
    """One incident per type and place in a document; a bare attack on a place hit is a back-reference.
    `story_breaks` are the offsets where a news aggregator's run starts another outlet's headline: a bare
    attack in one headline tells no target of another ('Russia pummels Kyiv' is no 'Attacks disrupt heating'
    given a place)."""
    merged: dict[str, Incident] = {}
    for inc in incidents:
        first = merged.setdefault(inc.incident_id, inc)
        if first is not inc:
            first.absorb(inc)
    kept = list(merged.values())
    specific = {i.where for i in kept if i.target_type != "unspecified"}
    # "Belgorod region under attack ... the border village of Terebrino": the region's bare attack is that one
    # (of the same story: 'strike kills couple near Kyiv' is no other outlet's headline on a Kyiv flat)
    regions = {
        (_story(i, story_breaks), i.country_code, region, None)
        for i in kept
        if i.target_type != "unspecified"
        for region in (i.admin1_code, ENCLAVES.get(i.admin1_code or ""))
        if region
    }
    bare = [
        i
        for i in kept
        if i.target_type == "unspecified"
        and (i.where in specific or (_story(i, story_breaks), *i.where) in regions)
    ]
    kept = [i for i in kept if not any(i is b for b in bare)]
    for b in bare:
        _date_from_bare(b, kept)
    kept = [i for i in kept if not _border_of_named(i, kept)]
    result: list[Incident] = []
    for inc in kept:
        finer = _finer(inc, kept)
        if finer is not None and _story(finer, story_breaks) != _story(inc, story_breaks):
            # another outlet's headline: its 'Overnight' is its own story's, which dates no other's target
            finer.absorb(
                dataclasses.replace(inc, event_date=finer.event_date, date_precision=finer.date_precision)
            )
        elif finer is not None:
            finer.absorb(inc)  # the coarser report may still date it ('on Wednesday')
        elif not _bare_country_attack(inc, kept):
            result.append(inc)
    out = []
    for inc in result:
        story = [o for o in result if _story(o, story_breaks) == _story(inc, story_breaks)]
        target = _told_with_its_target(inc, story)
        if target is None:
            if _region_name_beside_target(inc, result) is None:
                out.append(inc)
        elif inc.evidence_start < target.evidence_start or target.geo_precision == "admin1":
            _place_in(target, inc)
    return drop_ports_of_warships(out)


def _story(incident: Incident, story_breaks: tuple[int, ...]) -> int:
    """Which headline of an aggregator's run the incident's evidence lies in (0 on any other page)."""
    return bisect_right(story_breaks, incident.evidence_start)


def _date_from_bare(bare: Incident, kept: list[Incident]) -> None:
    """The bare attack dropped for a target hit in the same place is that target's strike told again, so a
    day it states dates the target the text left at a coarser date: 'servicemen died in a Ukrainian strike on
    Makiivka on New Year's Eve' and then 'military equipment in occupied Makiivka was damaged or destroyed'
    (the report's week) are one strike, on New Year's Eve."""
    bare_rank = DATE_PRECISIONS.index(bare.date_precision)  # finest first
    for target in kept:
        if target.where == bare.where and bare_rank < DATE_PRECISIONS.index(target.date_precision):
            target.event_date, target.date_precision = bare.event_date, bare.date_precision


def _place_in(target: Incident, bare: Incident) -> None:
    """The target takes the settlement of the bare attack that told it: 'Russian forces launched rockets at
    Lozova, Kharkiv. A warehouse of agricultural products was destroyed' (ACLED's notes, the place first),
    'Russian attack on village cafe kills 51 ... in Hroza' (the target placed only in the settlement's
    region). A target told first and placed in a whole country keeps its country: 'Video shows critical
    bridge destroyed by Russia' is no bridge near Bakhmut."""
    target.place, target.latitude, target.longitude = bare.place, bare.latitude, bare.longitude
    target.admin1, target.admin1_code, target.geo_precision = bare.admin1, bare.admin1_code, "place"


# Types that say what happened to a place rather than name what was hit in it
_PLACE_TYPES = ("unspecified", LOCATIVE_TYPE, "settlement_control")


def _border_of_named(incident: Incident, others: list[Incident]) -> bool:
    """'drone strikes building in Russian border city' and 'a residential building in central Voronezh', 'the
    Kursk region bordering Ukraine' and 'oil storage tank at airfield in Russia's Kursk region': a border area
    is the type of a strike that names no target (the guide); where the text names one in the same place or
    region, the border only says where it was."""
    if incident.target_type != LOCATIVE_TYPE:
        return False
    return any(
        o.target_type not in _PLACE_TYPES
        and incident.where in {o.where, (o.country_code, o.admin1_code, None), (o.country_code, None, None)}
        for o in others
    )


def _bare_country_attack(incident: Incident, others: list[Incident]) -> bool:
    """'Russia's attacks on Ukraine' says nothing a strike the text places in Ukraine does not."""
    return (
        incident.target_type == "unspecified"
        and incident.geo_precision == "country"
        and any(
            o.country_code == incident.country_code
            and (o.target_type != "unspecified" or o.geo_precision != "country")
            for o in others
        )
    )


def _lone_bare_in_settlement(incident: Incident, others: list[Incident]) -> bool:
    """The incident is a bare attack placed in a settlement, and the only one: two or more are places struck,
    each its own ('blasts in Kyiv and Lviv'), never one target's strike told again."""

    def bare_in_settlement(i: Incident) -> bool:
        return i.target_type == "unspecified" and i.geo_precision == "place"

    return bare_in_settlement(incident) and not any(
        o is not incident and bare_in_settlement(o) for o in others
    )


def _told_with_its_target(incident: Incident, others: list[Incident]) -> Incident | None:
    """'Video shows critical bridge destroyed by Russia' and 'the aftermath of fighting near Bakhmut',
    'Ukraine missile attack strikes Russian warship in Crimea' and 'The ship was hit at a base in Feodosia':
    the one bare attack a text places in a settlement, inside the country or region where it places a named
    target (and no finer), is that target's strike told again (the guide: the named target is the incident).
    Two or more bare attacks in settlements are places struck, each its own ('blasts in Kyiv and Lviv').
    Returns that target, or None."""
    if not _lone_bare_in_settlement(incident, others):
        return None
    return next(
        (
            o
            for o in others
            if o.target_type not in _PLACE_TYPES
            and o.country_code == incident.country_code
            and (
                o.geo_precision == "country"
                or (o.geo_precision == "admin1" and o.admin1_code == incident.admin1_code)
            )
        ),
        None,
    )


def _region_name_beside_target(incident: Incident, others: list[Incident]) -> Incident | None:
    """'Zaporizhzhia shelling: explosions at occupied nuclear site' and 'blasts near the Zaporizhzhia plant'
    (at Enerhodar), 'Russian strike near Dnipro' and 'a missile strike on housing in the town of Pidhorodne':
    a region's name is also its main city's, so the one bare attack a text places in the city that names the
    region (Kharkiv in Kharkiv Oblast, Dnipro in Dnipropetrovsk Oblast), beside a named target in another
    settlement of that region, is that target's strike told by its region. Two or more bare attacks in
    settlements are places struck, each its own; a bare attack in another town (Nikopol beside a plant in
    Dnipro) is its own. Returns that target, or None."""
    place, region = (incident.place or "").lower(), (incident.admin1 or "").lower()
    if not (place and region.startswith(place) and _lone_bare_in_settlement(incident, others)):
        return None
    return next(
        (
            o
            for o in others
            if o.target_type not in _PLACE_TYPES
            and o.geo_precision == "place"
            and o.place != incident.place
            and (o.country_code, o.admin1_code) == (incident.country_code, incident.admin1_code)
        ),
        None,
    )


def _finer(incident: Incident, others: list[Incident]) -> Incident | None:
    """'a Ukrainian power plant' in the headline and 'a power plant in Kyiv' in the text are one incident:
    the most precise report of the same type within the coarser one's area stands for it."""
    if incident.geo_precision == "place" or (
        incident.target_type == "unspecified" and incident.geo_precision == "country"
    ):
        return None
    finer = [
        o
        for o in others
        if o.target_type == incident.target_type
        and o.country_code == incident.country_code
        and (incident.geo_precision == "country" or incident.admin1_code in (o.admin1_code, _enclosing(o)))
        and o.geo_precision != incident.geo_precision
        and o.geo_precision != "country"
    ]
    return min(finer, key=lambda o: o.geo_precision != "place", default=None)


def _enclosing(incident: Incident) -> str | None:
    """The region around a city-region ("a fuel depot in Sevastopol" lies in "a Crimean fuel depot")."""
    return ENCLAVES.get(incident.admin1_code or "")
