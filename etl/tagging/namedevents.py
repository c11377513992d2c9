"""Named attacks the news keeps retelling ('the Nord Stream blasts', 'the Kakhovka dam breach'): an incident
of one, in a report long after it happened, is the event's background, not this report's news (the guide:
'a strike retold days later, as the background of another story, is not').

    retold(incident, headline, load_named_events())  # True: it retells an event of named_events.csv
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from etl.gazetteer.datafiles import read_rows, split_aliases
from etl.models import Incident
from etl.tagging.dates import find_date

EVENTS_FILE = "named_events.csv"
# The days a named event stays news: the labels count the Nord Stream blasts in reports of the first weeks
# ('NATO chief: All evidence points to pipeline sabotage' a week after), none of the stories months later
# about who did it, and a retold Mariupol theatre bombing is still news nine days after ('New video shows
# inside bombed Mariupol theater')
RETOLD_AFTER_DAYS = 14


@dataclass(frozen=True, slots=True)
class NamedEvent:
    """A named attack: the regex of its own words, its target types and the days it happened."""

    name: str
    cue: re.Pattern[str]
    types: frozenset[str]
    dates: tuple[date, ...]

    def long_after(self, report_date: date) -> bool:
        """The report comes more than RETOLD_AFTER_DAYS after the event's last day before it (a report before
        the event's first day tells of something else: the Kakhovka dam damaged in November 2022)."""
        past = [day for day in self.dates if day <= report_date]
        return bool(past) and (report_date - max(past)).days > RETOLD_AFTER_DAYS


@cache
def load_named_events() -> tuple[NamedEvent, ...]:
    """The events of named_events.csv."""
    return tuple(
        NamedEvent(
            row["name"],
            re.compile(row["cue"], re.IGNORECASE),
            frozenset(split_aliases(row["types"])),
            tuple(date.fromisoformat(d) for d in split_aliases(row["dates"])),
        )
        for row in read_rows(EVENTS_FILE)
    )


def _own_day(sentence: str, report_date: date) -> bool:
    """The sentence states a day of the report's own weeks: a new attack on the target ('Residents of
    Russian-occupied Crimea reported an explosion near the bridge ... early on Saturday'). The day of a
    statement is not one ('the New York Times reported on Tuesday a saboteur group had blown up the
    pipelines', 'investigations into the blasts have not concluded, the three countries said on Tuesday'):
    it dates the telling, not the attack."""
    found = find_date(sentence, report_date)
    return found is not None and not found.stated and (report_date - found.value).days <= RETOLD_AFTER_DAYS


def retold(incident: Incident, headline: str, events: tuple[NamedEvent, ...]) -> bool:
    """An incident of a named event's types, whose sentence or report headline names the event, reported
    more than RETOLD_AFTER_DAYS after it and dated by no day of its own: 'Intelligence reviewed by US
    officials suggested a pro-Ukrainian group carried out the attack on the Nord Stream pipelines' (March
    2023), 'Mizintsev oversaw the brutal siege on the city of Mariupol and gave the order to bomb a theatre'
    (April 2023). The event named only elsewhere in the body does not make the dam a headline reports struck
    a retelling of the Kakhovka breach."""
    report_date = incident.report_date
    if report_date is None:
        return False
    return any(
        incident.target_type in event.types
        and event.long_after(report_date)
        and (event.cue.search(incident.evidence) or event.cue.search(headline))
        and not _own_day(incident.evidence, report_date)
        for event in events
    )
