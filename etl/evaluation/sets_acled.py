"""ACLED sets: each event's `notes` becomes a plain article; ACLED's own coding is the gold answer.

Choices (see etl/data/eval/acled_event_types.csv and acled_overrides.csv):
- The text is the note without ACLED's coder apparatus: a leading "Interception:" style label, "(coded to X)"
  and "[N fatalities split across M events]" are removed, since no news article carries them and "coded to"
  would hand the tagger ACLED's answer.
- The report date is the event date plus 1-3 days (a stable function of the event id): news reports an event
  a little later, and ACLED's own `timestamp` is an export date, years late for old events.
- Detection gold: the event types that are attacks or captures; interceptions, defusals, protests are
  negatives.
- Place, admin1 and country are scored only where the text names them (ACLED sometimes codes a community or
  district to a town the note never mentions); event date with ACLED's time_precision (1 day, 2 week,
  3 month).
- Target categories are not scored here: ACLED has no field for what was hit.
"""

from __future__ import annotations

import csv
import re
import zlib
from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path

from etl.evaluation.gold import GoldIncident, LabelledItem, data_rows
from etl.evaluation.names import named_in
from etl.models import Document

PYNETWORKFRICTION = ("acled_pynetworkfriction", "ACLED_ukraine_feb2024_sample.csv")
PEACEREP = ("acled_peacerep_sample1000", "ACLED-Ukraine_sample1000.csv")
PRECISION = {"1": "day", "2": "week", "3": "month"}
_LABEL = re.compile(r"^[A-Z][A-Za-z/ ]{2,30}:\s+(?=On |Around |Between |Overnight |During |As of )")
_APPARATUS = re.compile(
    r"\s*(?:\((?:coded|presumably|geo-?coded)[^)]*\)|\[[^\]]*(?:fatalit|split|coded)[^\]]*\])", re.I
)


def load_pynetworkfriction(root: Path) -> list[LabelledItem]:
    """The 155 events of the PyNetworkFriction test export (standard column order, '16 February 2024')."""
    return _load(root, *PYNETWORKFRICTION)


def load_peacerep(root: Path) -> list[LabelledItem]:
    """The 1,000-event PeaceRep sample (other column order, '14/08/2020 00:00:00')."""
    return _load(root, *PEACEREP)


def _load(root: Path, folder: str, name: str) -> list[LabelledItem]:
    with open(root / folder / name, encoding="utf-8", newline="") as fh:
        return [item for row in csv.DictReader(fh) if (item := _item(folder, row)) is not None]


def _item(set_name: str, row: dict[str, str]) -> LabelledItem | None:
    event_date = parse_acled_date(row["event_date"])
    text = clean_note(row.get("notes") or "")
    if event_date is None or not text:
        return None
    event_id = row["event_id_cnty"]
    report_date = event_date + timedelta(days=1 + zlib.crc32(event_id.encode()) % 3)
    doc = Document(event_id, report_date, text, source=set_name)
    is_incident, category = _judgement(row)
    incidents = (_gold(row, text, event_date, category),) if is_incident else ()
    return LabelledItem(set_name, event_id, doc, incidents, labels_targets=False)


def _gold(row: dict[str, str], text: str, event_date: date, category: str | None) -> GoldIncident:
    place = row["location"].split(" - ")[0].strip()
    place_named = named_in(text, place)
    admin1_named = place_named or named_in(text, row["admin1"])
    return GoldIncident(
        target_category=category,
        country_code="UA" if admin1_named else None,
        admin1_code=_admin1_codes().get(row["admin1"]) if admin1_named else None,
        admin1=row["admin1"] if admin1_named else None,
        place=place if place_named else None,
        event_date=event_date,
        date_precision=PRECISION.get(row.get("time_precision", "1"), "day"),
    )


def clean_note(note: str) -> str:
    """ACLED's note without its coder apparatus (labels, 'coded to', fatality bookkeeping)."""
    return " ".join(_APPARATUS.sub("", _LABEL.sub("", note.strip())).split())


def parse_acled_date(text: str) -> date | None:
    """ACLED dates in both export layouts: '16 February 2024' and '14/08/2020 00:00:00'."""
    for fmt in ("%d %B %Y", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    return None


def _judgement(row: dict[str, str]) -> tuple[bool, str | None]:
    """Is the event an incident of ours, and the category ACLED's coding fixes (None: not scored)."""
    override = _overrides().get(row["event_id_cnty"])
    rules = _event_types()
    rule = rules.get((row["event_type"], row["sub_event_type"])) or rules.get((row["event_type"], "*"))
    incident, category = rule if rule else (False, None)
    return (override if override is not None else incident), category


@cache
def _event_types() -> dict[tuple[str, str], tuple[bool, str | None]]:
    return {
        (r["event_type"], r["sub_event_type"]): (r["incident"] == "1", r["target_category"] or None)
        for r in data_rows("acled_event_types.csv")
    }


@cache
def _overrides() -> dict[str, bool]:
    return {r["event_id_cnty"]: r["incident"] == "1" for r in data_rows("acled_overrides.csv")}


@cache
def _admin1_codes() -> dict[str, str]:
    return {r["acled_admin1"]: r["iso3166_2"] for r in data_rows("acled_admin1.csv")}
