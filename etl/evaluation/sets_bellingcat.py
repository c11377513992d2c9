"""Bellingcat civilian harm in Ukraine: short incident texts, each with a human 'Type of area affected'.

Text = description, report date = the incident's date. Gold: the label mapped by etl/data/eval/
bellingcat_labels.csv (labels with no counterpart leave the set), place = the first part of the free-text
location and country UA unless the location says otherwise; both are scored only where the description names
the place. Only the categories the labels map to are scored: Bellingcat has no energy class, and no class for
a text that names no target (its "Undefined" items leave the set), so our `unspecified` is no error there.
Event dates are not scored: the description states none and the report date is the event date.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import cache
from pathlib import Path

from etl.evaluation.gold import GoldIncident, LabelledItem, data_rows
from etl.evaluation.names import fold, named_in
from etl.models import Document

SET_NAME = "bellingcat_civharm"
FILE = "ukr-civharm-2023-06-01.json"
LABEL_KEY = "Type of area affected"
# The collection covers Ukraine only, so it is tagged as `etl build --default-country UA` would tag it.
DEFAULT_COUNTRY = "UA"
# Words of a free-text location that make its part a region (no settlement; Donbas is two regions) or a
# city district (the settlement follows: "Kirov district, Donetsk").
_REGION_WORDS = frozenset({"oblast", "region", "province", "donbas", "donbass"})
_DISTRICT_WORDS = frozenset({"district", "raion"})
# "[Graphic: Video shows a dead body lying on the road] Explosions damage ...": Bellingcat's warning about the
# footage (103 texts), not part of the report; its words ("road", "potential deceased") would be read as the
# incident's.
_CONTENT_WARNING = re.compile(r"^\s*\[[^\]]*\]\.?")


def load(root: Path) -> list[LabelledItem]:
    """The incidents whose label has a counterpart in our taxonomy, in file order."""
    with open(root / SET_NAME / FILE, encoding="utf-8") as fh:
        records = json.load(fh)
    return [item for record in records if (item := _item(record)) is not None]


def _item(record: dict) -> LabelledItem | None:
    labels = [f["value"] for f in record.get("filters", []) if f.get("key") == LABEL_KEY]
    mapping = label_map().get(labels[0]) if labels else None
    text = _CONTENT_WARNING.sub("", record.get("description") or "").strip()
    if mapping is None or not text:
        return None
    report_date = datetime.strptime(record["date"].strip(), "%m/%d/%Y").date()
    doc = Document(record["id"], report_date, text, source=SET_NAME, default_country=DEFAULT_COUNTRY)
    place = gold_place(record.get("location") or "")
    named = named_in(text, place)
    gold = GoldIncident(
        target_category=mapping.target_category,
        target_type=mapping.target_type,
        country_code=location_country(record.get("location") or "") if named else None,
        place=place if named else None,
        also_accept=mapping.also_accept,
    )
    return LabelledItem(SET_NAME, record["id"], doc, (gold,), label_space=label_space())


def gold_place(location: str) -> str | None:
    """The settlement of a free-text location: its first comma part, or the next after a city district."""
    parts = [p.strip() for p in location.replace("(", ",").split(",") if p.strip()]
    while parts and _DISTRICT_WORDS & set(parts[0].lower().split()):
        parts = parts[1:]
    if not parts or _REGION_WORDS & set(parts[0].lower().split()):
        return None
    return parts[0]


def location_country(location: str) -> str:
    """UA, unless a word of the location puts it elsewhere (Belgorod, Moldova)."""
    words = set(fold(location).split())
    return next((code for word, code in _countries().items() if word in words), "UA")


@cache
def label_map() -> dict[str, GoldIncident]:
    """Bellingcat label -> the gold target it stands for (labels with no counterpart are absent)."""
    return {
        row["label"]: GoldIncident(
            target_category=row["target_category"],
            target_type=row["target_type"] or None,
            also_accept=frozenset(c for c in row["also_accept"].split(";") if c),
        )
        for row in data_rows("bellingcat_labels.csv")
        if row["target_category"]
    }


@cache
def label_space() -> frozenset[str]:
    """The categories Bellingcat's labels map to: our others (energy, unspecified...) it cannot express."""
    return frozenset(gold.target_category for gold in label_map().values() if gold.target_category)


@cache
def _countries() -> dict[str, str]:
    return {row["location_word"]: row["country_code"] for row in data_rows("bellingcat_countries.csv")}
