"""The labelled items an evaluation runs on: a Document, and the incidents a human analyst finds in it."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from etl.models import Document

EVAL_DATA = Path(__file__).resolve().parents[1] / "data" / "eval"


@dataclass(frozen=True, slots=True)
class GoldIncident:
    """One expected incident; a field left None is not scored (the set lacks it, or the text does)."""

    target_category: str | None = None
    target_type: str | None = None
    country_code: str | None = None
    admin1_code: str | None = None
    admin1: str | None = None
    place: str | None = None
    event_date: date | None = None
    date_precision: str | None = None
    # Our categories that count as this one, where the source's class is broader (Bellingcat "Industrial").
    also_accept: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class LabelledItem:
    """A document with its gold incidents; no incidents means a negative (nothing to find)."""

    set_name: str
    key: str
    document: Document
    incidents: tuple[GoldIncident, ...]
    # False where the set says nothing about targets (ACLED): its items are left out of the category scores.
    labels_targets: bool = True
    # The categories the set's labels can express, None for all. A category outside it is not scored on the
    # item: Bellingcat has no class for energy or for an unnamed target, so its precision there is unknowable.
    label_space: frozenset[str] | None = None


def data_rows(name: str) -> Iterator[dict[str, str]]:
    """Rows of a CSV under etl/data/eval, skipping '#' comment lines, values stripped."""
    with open(EVAL_DATA / name, encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        for row in csv.DictReader(lines):
            yield {k: (v or "").strip() for k, v in row.items()}


def stable_sample(items: list[LabelledItem], limit: int | None) -> list[LabelledItem]:
    """An evenly spaced sample of at most `limit` items, the same on every run (covers the whole set)."""
    if limit is None or limit >= len(items):
        return items
    if limit <= 0:
        return []
    step = len(items) / limit
    return [items[int(i * step)] for i in range(limit)]
