"""ACLED event exports (CSV), in the standard export layout and the API layout: one Document per event.

The text is the event's `notes`, which the tagger reads for targets; ACLED's own coding — event date and time
precision, country, admin1, location, coordinates, geo precision, fatalities — travels as SourceFacts and
overrides what the tagger infers. The report date is the event date, or the upload `timestamp` when later.
ACLED defines its numeric dates ('14/08/2020 00:00:00', the API layout) as day-first, so they are read
day-first whatever --date-order says about the rest of a collection.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, date, datetime
from pathlib import Path

import pycountry

from etl.models import Document, SourceFacts, content_id
from etl.readers.base import ReadResult, Reject, text_too_long
from etl.readers.csvrows import csv_header, csv_records
from etl.readers.dates import DEFAULT_DATE_ORDER, EARLIEST, LATEST, DateError, DateOrder, parse_report_date

ID_COLUMNS = ("event_id_cnty", "data_id", "id")
ACLED_DATE_ORDER: DateOrder = "dmy"  # ACLED's own definition, not the collection's
TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
# 1: the named location itself; 2: near it (still a settlement-level pin); 3: only the region is known.
GEO_PRECISION = {"1": "place", "2": "place", "3": "admin1"}
Admin1Resolver = Callable[[str, str], tuple[str, str] | None]


def is_acled(header: list[str]) -> bool:
    """True for ACLED's column set (either layout), whatever the column order."""
    names = set(header)
    return {"event_date", "event_type"} <= names and bool(names & {"event_id_cnty", "data_id"})


def read_acled(
    path: Path, admin1: Admin1Resolver | None = None, *, date_order: DateOrder = DEFAULT_DATE_ORDER
) -> Iterator[ReadResult]:
    """Every event of an ACLED CSV; an event without notes or with an unreadable date is rejected.

    `date_order` is ignored (ACLED_DATE_ORDER applies): the reader contract passes it to every reader.
    """
    if "notes" not in csv_header(path):
        yield Reject(str(path), None, "ACLED CSV has no notes column (the event text)")
        return
    resolve = admin1 or gazetteer_admin1
    for item in csv_records(path):
        yield item if isinstance(item, Reject) else event_document(item[1], path, item[0], resolve)


def event_document(row: Mapping[str, str], path: Path, where: str, admin1: Admin1Resolver) -> ReadResult:
    """One ACLED row -> a Document carrying ACLED's coding as SourceFacts."""
    source = str(path)
    notes = row.get("notes", "").strip()
    if not notes:
        return Reject(source, where, "no text: the event has no notes")
    if text_too_long(notes):
        return Reject(source, where, "text over 5 MB")
    try:
        event_date = parse_report_date(row.get("event_date"), order=ACLED_DATE_ORDER)
    except DateError as exc:
        return Reject(source, where, str(exc))
    if event_date is None:
        return Reject(source, where, "no date: the event has no event_date")
    uploaded = _upload_date(row.get("timestamp", ""))
    event_id = next((row[c].strip() for c in ID_COLUMNS if row.get(c, "").strip()), "")
    return Document(
        event_id or content_id(notes, row.get("event_date", ""), row.get("location", "")),
        max(event_date, uploaded) if uploaded else event_date,
        notes,
        title=" — ".join(v for v in (row.get("sub_event_type", ""), row.get("location", "")) if v),
        source=f"ACLED ({row['source']})" if row.get("source") else "ACLED",
        source_path=source,
        record=where,
        facts=event_facts(row, event_date, admin1),
    )


def event_facts(row: Mapping[str, str], event_date: date, admin1: Admin1Resolver) -> SourceFacts:
    """ACLED's coding of the event, in the warehouse's vocabulary (ISO codes, precision words)."""
    country_code = _country_code(row.get("iso", ""), row.get("country", ""))
    region = row.get("admin1", "").strip() or None
    resolved = admin1(country_code, region) if country_code and region else None
    geo = GEO_PRECISION.get(row.get("geo_precision", "").strip(), "place" if row.get("location") else None)
    latitude, longitude = _coordinate(row.get("latitude", ""), 90), _coordinate(row.get("longitude", ""), 180)
    return SourceFacts(
        event_date=event_date,
        date_precision=TIME_PRECISION.get(row.get("time_precision", "").strip(), "day"),
        country_code=country_code,
        country=row.get("country", "").strip() or None,
        admin1=resolved[0] if resolved else region,
        admin1_code=resolved[1] if resolved else None,
        place=(row.get("location", "").strip() or None) if geo == "place" else None,
        latitude=latitude if longitude is not None else None,
        longitude=longitude if latitude is not None else None,
        geo_precision=geo,
        killed=_count(row.get("fatalities", "")),
    )


@functools.cache
def _country_code(iso_numeric: str, name: str) -> str | None:
    """ISO 3166-1 alpha-2 from ACLED's numeric `iso` column, else from the country name."""
    country = None
    if iso_numeric.strip().isdigit():
        country = pycountry.countries.get(numeric=iso_numeric.strip().zfill(3))
    if country is None and name.strip():
        try:
            country = pycountry.countries.lookup(name.strip())
        except LookupError:
            return None
    return country.alpha_2 if country else None


@functools.lru_cache(maxsize=4096)
def gazetteer_admin1(country_code: str, name: str) -> tuple[str, str] | None:
    """(English name, ISO 3166-2 code) of an ACLED admin1 name ('Zaporizhia' -> Zaporizhzhia Oblast, UA-23).

    None when the gazetteer is not installed or does not know the region; the reader then keeps ACLED's name.
    """
    try:
        from etl.gazetteer import load_gazetteer
    except ImportError:
        return None
    gazetteer = load_gazetteer()
    # 'Kyiv City' names a region by itself; 'Kyiv' (the oblast) only as 'Kyiv region'.
    for query in (name, f"{name} region"):
        for mention in gazetteer.find_mentions(query):
            if mention.kind != "admin1" or mention.start != 0 or mention.end < len(name):
                continue
            for place in mention.candidates:
                if place.precision == "admin1" and place.country_code == country_code and place.admin1_code:
                    return place.admin1 or place.name, place.admin1_code
    return None


def _upload_date(timestamp: str) -> date | None:
    """The date of ACLED's Unix upload timestamp, if it is one."""
    try:
        uploaded = datetime.fromtimestamp(int(timestamp.strip()), UTC).date()
    except (ValueError, OverflowError, OSError):
        return None
    return uploaded if EARLIEST <= uploaded < LATEST else None


def _coordinate(value: str, limit: float) -> float | None:
    try:
        number = float(value)
    except ValueError:
        return None
    return number if math.isfinite(number) and -limit <= number <= limit else None


def _count(value: str) -> int | None:
    try:
        number = int(float(value))
    except (ValueError, OverflowError):
        return None
    return number if number >= 0 else None
