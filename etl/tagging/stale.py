"""Incidents of the story's body dated long before their report: whatever sentence or lead gave the date, an
attack weeks past when the story is published is its background, not its news (the guide: 'a strike retold
days later, as the background of another story, is not'). history.told_later drops a sentence that states such
a date itself; this catches the dates a body sentence's incident takes from elsewhere in the story (its lead,
its scenes, 'the war's first days'), after every date rule has run.

    stale(incident, headline_end)  # True: a body incident dated more than STALE_DAYS before its report
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from etl.models import Incident
from etl.tagging.namedevents import RETOLD_AFTER_DAYS

# Days between the end of an incident's dated period and its report past which it is background: the same
# fortnight a named event stays news (namedevents.RETOLD_AFTER_DAYS); the retold attacks that outlive the
# sentence rules lie further back ('the first place in Ukraine to have its city centre shelled' in December, a
# clinic struck in April in a report of the next February's hospital survey)
STALE_DAYS = RETOLD_AFTER_DAYS


def _period_end(day: date, precision: str) -> date:
    """The last day of the period an event date stands for (a week from its first day, a month to its end)."""
    if precision == "month":
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    if precision == "week":
        return day + timedelta(days=6)
    return day


def stale(incident: Incident, headline_end: int) -> bool:
    """The incident's dated period ended more than STALE_DAYS before its report, and its sentence is not the
    headline: a headline's attack is the story's news however old (the allies blaming Russia for a cyberattack
    of the invasion's first day, months on), while a body's old attack is the setting of something else."""
    if incident.event_date is None or incident.report_date is None:
        return False
    if incident.evidence_start < headline_end:
        return False
    end = _period_end(incident.event_date, incident.date_precision)
    return (incident.report_date - end).days > STALE_DAYS
