"""Incidents of a curated event (an ACLED row): the source's coding over the tagger's, one per target type.

The tagger keeps one incident per (target type, place) in a text; an ACLED event has a single place, so once
its coding is applied, incidents that differed only by the place the tagger read are one incident.
"""

from __future__ import annotations

from etl.models import Incident, SourceFacts


def coded_incidents(incidents: list[Incident], facts: SourceFacts | None) -> list[Incident]:
    """The tagger's incidents with the source's facts applied; with facts, one incident per target type."""
    incidents = apply_facts(incidents, facts)
    if facts is None:
        return incidents
    merged: dict[str, Incident] = {}
    for incident in incidents:
        first = merged.setdefault(incident.target_type, incident)
        if first is not incident:
            first.absorb(incident)
    return list(merged.values())


def apply_facts(incidents: list[Incident], facts: SourceFacts | None) -> list[Incident]:
    """Overwrite the tagger's date and place with a curated source's own (ACLED knows its event better)."""
    if facts is None:
        return incidents
    known = {
        k: v for k, v in ((f, getattr(facts, f)) for f in SourceFacts.__dataclass_fields__) if v is not None
    }
    for incident in incidents:
        for name, value in known.items():
            setattr(incident, name, value)
        if "place" in known or "admin1" in known:
            incident.place = known.get("place")
    return incidents
