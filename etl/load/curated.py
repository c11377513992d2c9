"""Incidents of a curated event (an ACLED row): the source's coding over the tagger's, one per target type.

The tagger keeps one incident per (target type, place) in a text; an ACLED event has a single place, so once
its coding is applied, incidents that differed only by the place the tagger read are one incident.
"""

from __future__ import annotations

from etl.models import Incident, SourceFacts, apply_facts


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
