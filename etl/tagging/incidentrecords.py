"""An incident record made of an anchor of a sentence: its type (a border area resolved), means, impacts,
casualties, status and place fields, with the ids that make one incident per type and place in a document and
one cluster per type, place and day across documents."""

from __future__ import annotations

from datetime import date
from typing import Any

from etl.gazetteer import Place
from etl.models import Document, Incident, content_id
from etl.tagging.anchors import Anchor, Sentence
from etl.tagging.casualties import casualty_counts
from etl.tagging.dates import EventDate
from etl.tagging.lexicon import Cue, Lexicon
from etl.tagging.locatives import LOCATIVE_TYPE, border_of_war, border_story_type


def _clause_cues(sentence: Sentence, anchor: Anchor, group: str) -> list[Cue]:
    """Cues of a group in the anchor's clause; else the nearest one in a clause no other anchor holds."""
    cues = sentence.cues_of(group)
    own = [c for c in cues if sentence.clause_of(c.start) == anchor.clause]
    free = [c for c in cues if sentence.clause_of(c.start) not in sentence.anchored_clauses]
    if own or not free:
        return own
    return [min(free, key=lambda c: abs(c.start - anchor.start))]


def _means(sentence: Sentence, anchor: Anchor, lexicon: Lexicon) -> str:
    cues = _clause_cues(sentence, anchor, "means")
    if cues:
        return min(
            cues, key=lambda c: (abs(c.start - anchor.start), lexicon.means_order.index(c.label))
        ).label
    return "ground_assault" if anchor.target_type == "settlement_control" else "unknown"


def new_incident(
    doc: Document,
    sentence: Sentence,
    anchor: Anchor,
    place: Place,
    when: EventDate | None,
    lexicon: Lexicon,
    border_story: bool,
) -> Incident:
    """The incident the anchor reports at one of its places: impacts and casualties of the anchor's own clause
    only ('a fire' two clauses away burnt something else), a capture dated by its announcement's day."""
    regions = lexicon.types[LOCATIVE_TYPE].regions
    target_type = border_of_war(border_story_type(anchor.target_type, place, border_story, regions), place)
    target = lexicon.types[target_type]
    impacts = {c.label for c in sentence.cues_of("impacts") if sentence.clause_of(c.start) == anchor.clause}
    killed, injured = casualty_counts(sentence.text[slice(*sentence.clause_span(anchor.clause))])
    if killed or injured:
        impacts.add("casualties")
    status = _status(sentence)
    if when is not None and when.stated and anchor.target_type == "settlement_control":
        # a capture is dated by its announcement ('said on Monday its troops had liberated X')
        when = EventDate(when.value, "day", when.span)
    return Incident(
        document_id=doc.document_id,
        event_date=when.value if when else None,
        date_precision=when.precision if when else "month",
        report_date=doc.report_date,
        **place_fields(doc, target_type, place, when.value if when else None),
        target_category=target.target_category,
        target_type=target_type,
        means=_means(sentence, anchor, lexicon),
        impacts=sorted(impacts),
        killed=killed,
        injured=injured,
        status=status,
        evidence=sentence.text,
        evidence_start=sentence.start,
        evidence_end=sentence.end,
    )


def place_fields(doc: Document, target_type: str, place: Place, when: date | None) -> dict[str, Any]:
    """The place fields of an incident, and the ids that depend on them (one incident per type and place in
    a document; one cluster per type, place and day across documents)."""
    key = _place_key(place)
    return {
        "incident_id": content_id(doc.document_id, target_type, key),
        "country_code": place.country_code,
        "country": place.country,
        "admin1": place.admin1,
        "admin1_code": place.admin1_code,
        "place": place.name if place.precision == "place" else None,
        "latitude": place.latitude,
        "longitude": place.longitude,
        "geo_precision": place.precision,
        "cluster_id": content_id(target_type, key, str(when or "")),
    }


def _status(sentence: Sentence) -> str:
    if sentence.cues_of("disputed"):
        return "disputed"
    return "claimed" if sentence.cues_of("claimed") else "reported"


def _place_key(place: Place) -> str:
    return "|".join(
        str(part)
        for part in (place.country_code, place.admin1_code, place.name if place.precision == "place" else "")
    )
