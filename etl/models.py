"""The two records that flow through the pipeline: a source Document and the Incidents found in it."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

DATE_PRECISIONS = ("day", "week", "month")
GEO_PRECISIONS = ("place", "admin1", "country")
STATUSES = ("reported", "claimed", "disputed")
MEANS = ("drone", "missile", "air_strike", "artillery", "ground_assault", "sabotage", "cyber", "unknown")
IMPACTS = ("blackout", "fire", "casualties", "damage", "destroyed", "service_disruption", "evacuation")


@dataclass(frozen=True, slots=True)
class SourceFacts:
    """What a curated source (an ACLED export) knows about its event; it overrides what the text implies.

    Fields left None are taken from the tagger as usual.
    """

    event_date: date | None = None
    date_precision: str | None = None
    country_code: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin1_code: str | None = None
    place: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: str | None = None
    killed: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """One source document as every reader yields it; the tagger needs nothing else."""

    document_id: str
    report_date: date | None
    text: str
    title: str = ""
    url: str | None = None
    source: str | None = None
    source_path: str | None = None
    record: str | None = None  # line or row within source_path, for error reports
    facts: SourceFacts | None = None
    # The collection's country (--default-country): a named target in a text that names no place is still
    # an incident there, at country precision, instead of being lost.
    default_country: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", spaced(self.text))


# Feeds and pages join separate items with a run of spaces where a line break was ('... the central
# Ukrainian city     Russia-Ukraine war at a glance     Russia's Wagner group ...'), and The Guardian's text
# holds double spaces inside sentences ('two Russian observation  towers'), which no cue or place pattern
# expects.
_ITEM_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_DOUBLE_SPACE = re.compile(r"(?<=\S) {2}(?=\S)")


def spaced(text: str) -> str:
    """The text with a run of three or more spaces inside a line read as the line break it stood for, and a
    double space as one, so that every reader's text splits into sentences and matches the rules alike."""
    return _DOUBLE_SPACE.sub(" ", _ITEM_GAP.sub("\n", text))


def content_id(*parts: str) -> str:
    """A stable id for records that bring none of their own (same content -> same id)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:16]


@dataclass(slots=True)
class Incident:
    """One incident found in one document, with the column names of the warehouse contract."""

    incident_id: str
    document_id: str
    event_date: date | None
    date_precision: str
    report_date: date | None
    country_code: str | None
    country: str | None
    admin1: str | None
    admin1_code: str | None
    place: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: str
    target_category: str
    target_type: str
    means: str
    impacts: list[str] = field(default_factory=list)
    killed: int | None = None
    injured: int | None = None
    status: str = "reported"
    evidence: str = ""
    evidence_start: int = 0
    evidence_end: int = 0
    confidence: float = 0.5
    cluster_id: str = ""

    @property
    def where(self) -> tuple[str | None, str | None, str | None]:
        """Country, region code and place: the key incidents of one place share (a bare attack there is a
        target's strike told again, etl/tagging/merging.py)."""
        return (self.country_code, self.admin1_code, self.place)

    def absorb(self, other: Incident) -> None:
        """Fold another report of this incident into it: union of impacts, largest figures, finest date."""
        self.impacts = sorted(set(self.impacts) | set(other.impacts))
        self.killed = _larger(self.killed, other.killed)
        self.injured = _larger(self.injured, other.injured)
        self.confidence = max(self.confidence, other.confidence)
        if DATE_PRECISIONS.index(other.date_precision) < DATE_PRECISIONS.index(self.date_precision):
            self.event_date, self.date_precision = other.event_date, other.date_precision


def _larger(a: int | None, b: int | None) -> int | None:
    return b if a is None else a if b is None else max(a, b)


INCIDENT_COLUMNS: tuple[str, ...] = tuple(Incident.__dataclass_fields__)
