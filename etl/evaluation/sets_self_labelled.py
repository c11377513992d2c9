"""Items we labelled ourselves (etl/data/eval/self_labelled.csv) from the Economist, ptnews and RSS corpora.

Weighted to what the other sets lack: energy, oil and gas, border regions, captures, and hard negatives.
Labelling guide, by DESIGN.md:
- An incident is an attack (strike, shelling, drone or missile hit, sabotage, ground fighting) or a settlement
  captured or retaken, that the item reports as having happened. Threats, plans, warnings, interceptions with
  nothing hit, alerts, troop movements, yearly totals and background mentions ('the recaptured city of X',
  'the plant Moscow seized in 2022') are not.
- One incident per target type and place. The type is the named target; none named: `unspecified`;
  a struck place the text calls a border area of the Russia-Ukraine border: `border_region`.
- Place only where the text names the settlement; admin1 (ISO 3166-2) where the text names the region or a
  settlement in it; country where the text makes it plain. A region- or country-only incident has no place.
- Event date resolved against the report date with its precision; no date in the text: the report date, to the
  week (DESIGN.md); left blank where the text is ambiguous (a two-day span, 'recent').
- Economist articles are long: their items are paragraphs, keyed by the article path and a hash of the
  paragraph, each read on its own with the issue date.
Conventions the blind labellers of 2026-11-26 had to choose, for the next batches (earlier labels differ in
places and are left as they were):
- 'overnight' and 'last night' date the event to the report date at day precision; 'yesterday' the day before.
- A statement's weekday ('Kyiv said on Friday') dates the event to that week, not that day; a capture is
  dated by its announcement's day.
- An attack a story about something else reports in passing is an incident (a strike named in a political
  reaction the day after); a strike retold days later, as the background of another story, is not.
- An air base, airfield or bomber base is an `airport`, military or not (taxonomy.toml lists them there).
Settled by the adjudications of 2026-11-26 (fifth session), where two blind labellings split:
- Scope: armed conflict and political violence anywhere (Ukraine, Russia, Venezuela, the Middle East) counts;
  ordinary crime, accidents and riots do not.
- The named target is the incident: outages or fighting a strike on a named plant or bridge caused are not
  extra incidents of their own.
- The text alone decides: an 'emergency' on a bridge the text never calls an attack is no incident.
Followed by most blind labellers of the eighth session's four samples (where one reader chose otherwise,
the label was left as given):
- The Kremlin as the target of a drone attack is `administrative`, Moscow (RU-MOW).
- A side's aircraft shot down, its tanks, convoys, boats or kit destroyed are `military_site`.
- A writer's or soldier's death days after a strike, told as the news, retells the strike: background.
- Fighting a story says 'intensifies' or 'steps up' with no one event is aggregate; readers still split when
  the story names the place ('Civilians flee Kherson as Russian attacks intensify').
New batches are drawn with scripts/draw_label_batches.py. Items labelled twice (`*_second.csv`) and decided
where the labellings split (`*_adjudicated.csv`, whose rows replace the first labelling's) measure how far two
readers agree: `python -m etl evaluate --agreement`.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import re
import tomllib
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path

from etl.evaluation.gold import EVAL_DATA, GoldIncident, LabelledItem, data_rows
from etl.models import Document
from etl.readers.records import document_from_record

SET_NAME = "self_labelled"
LABELS = "self_labelled.csv"
# Labelled blind by a second labeller and never used to change the tagger: the generalisation check.
HOLDOUT_NAME = "self_labelled_holdout"
HOLDOUT_LABELS = "self_labelled_holdout.csv"
# Documents the rules fire on, labelled blind to train the report filter (scripts/train_report_filter.py); not
# an evaluation set.
FIRED_LABELS = "self_labelled_fired.csv"
# Documents naming an attack word that the rules find nothing in, labelled blind: where the rules' misses are.
UNFIRED_LABELS = "self_labelled_unfired.csv"
# The items two blind labellings disagreed on, decided by a third reader who saw both and the text, not the
# tagger: their rows replace the first labelling's in the gold (the first stays as labelled, for --agreement).
ADJUDICATED = {
    LABELS: "self_labelled_adjudicated.csv",
    HOLDOUT_LABELS: "self_labelled_holdout_adjudicated.csv",
    FIRED_LABELS: "self_labelled_fired_adjudicated.csv",
}
FOLDERS = ("economist_2025_ukraine", "ptnews_store_2025_2026", "rss_link_db_war_2022_2023")
TAXONOMY = Path(__file__).resolve().parents[1] / "data" / "taxonomy.toml"
# The field each source's records are keyed by in the labels.
KEY_FIELD = {
    "rss_link_db_war_2022_2023": "link",
    "ptnews_store_2025_2026": "path",
    "economist_2025_ukraine": "path",
}
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def load(
    root: Path, labels: str = LABELS, name: str = SET_NAME, adjudicated: bool = True
) -> list[LabelledItem]:
    """The labelled items in the order of the labels file, with the adjudicated items' rows in place of
    theirs unless `adjudicated` is False; raises if a labelled record is missing."""
    as_labelled, gold = load_with_gold(root, labels, name)
    return gold if adjudicated else as_labelled


def load_with_gold(
    root: Path, labels: str = LABELS, name: str = SET_NAME
) -> tuple[list[LabelledItem], list[LabelledItem]]:
    """The labelled items as labelled, and as the gold (the incidents of those its adjudication decided in
    place of theirs), from one read of the corpora: the agreement scores a labelling against both. Raises if
    a labelled record is missing or the adjudication decides an item the labels lack."""
    grouped = _grouped(labels)
    records = {source: _records(root / source) for source in {s for s, _ in grouped}}
    items = {
        (source, key): _item(root / source, key, records[source], rows, name)
        for (source, key), rows in grouped.items()
    }
    decided = ADJUDICATED.get(labels)
    verdicts = _grouped(decided) if decided and (EVAL_DATA / decided).is_file() else {}
    for pair in verdicts:
        if pair not in items:
            raise KeyError(f"{decided} decides an item {labels} does not label: {pair}")
    gold = [
        dataclasses.replace(item, incidents=_incidents(verdicts[pair])) if pair in verdicts else item
        for pair, item in items.items()
    ]
    return list(items.values()), gold


def _grouped(labels: str) -> dict[tuple[str, str], list[dict[str, str]]]:
    grouped: dict[tuple[str, str], list[dict[str, str]]] = {}
    for row in data_rows(labels):
        grouped.setdefault((row["source"], row["key"]), []).append(row)
    return grouped


def load_holdout(root: Path) -> list[LabelledItem]:
    """The held-out items (self_labelled_holdout.csv)."""
    return load(root, HOLDOUT_LABELS, HOLDOUT_NAME)


def unlabelled(root: Path, pairs: list[tuple[str, str]]) -> list[LabelledItem]:
    """Items by (source, key) with no labels yet, read exactly as the labelled ones are: for labelling."""
    records = {source: _records(root / source) for source in {s for s, _ in pairs}}
    return [_item(root / source, key, records[source], [], "unlabelled") for source, key in pairs]


def _item(
    path: Path, key: str, records: dict[str, dict], rows: list[dict[str, str]], name: str
) -> LabelledItem:
    # an Economist item is one paragraph ('path#hash'); a feed item's link may hold a '#' of its own
    record_key, paragraph = (key, "") if key in records else key.rpartition("#")[::2]
    record = records.get(record_key)
    if record is None:
        raise KeyError(f"labelled record not found in {path}: {record_key}")
    if paragraph:
        # the paragraph, with the fields that date it (an issue without a date field is named with one)
        text = paragraph_of(record["text"], paragraph)
        record = {"text": text, "date": record["date"], "path": record["path"]}
    doc = document_from_record(record, path, key)
    if not isinstance(doc, Document):
        raise ValueError(f"labelled record {key} of {path} cannot be read: {doc.reason}")
    return LabelledItem(name, key, doc, _incidents(rows))


def _incidents(rows: list[dict[str, str]]) -> tuple[GoldIncident, ...]:
    """The gold incidents of an item's label rows (a row with incident 0 labels a negative)."""
    return tuple(_gold(row) for row in rows if row["incident"] == "1")


def _gold(row: dict[str, str]) -> GoldIncident:
    return GoldIncident(
        target_category=categories()[row["target_type"]],
        target_type=row["target_type"],
        country_code=row["country_code"] or None,
        admin1_code=row["admin1_code"] or None,
        place=row["place"] or None,
        event_date=date.fromisoformat(row["event_date"]) if row["event_date"] else None,
        date_precision=row["date_precision"] or None,
    )


def paragraph_key(paragraph: str) -> str:
    """The stable key of a paragraph: a hash of its text, so the labels file holds no text."""
    return hashlib.sha256(paragraph.encode("utf-8")).hexdigest()[:12]


def paragraph_of(text: str, key: str) -> str:
    """The paragraph of an article whose key is given."""
    for paragraph in paragraphs(text):
        if paragraph_key(paragraph) == key:
            return paragraph
    raise KeyError(f"no paragraph {key}")


def paragraphs(text: str) -> list[str]:
    """An article's paragraphs (blank-line separated, stripped)."""
    return [p.strip() for p in _PARAGRAPH_BREAK.split(text) if p.strip()]


def _records(path: Path) -> dict[str, dict]:
    """A source file's records by the field the labels key them with."""
    field = KEY_FIELD[path.parent.name]
    return {record[field]: record for record in json_lines(path) if record.get(field)}


def json_lines(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


@cache
def categories() -> dict[str, str]:
    """Target type -> its category, from the taxonomy data file."""
    with open(TAXONOMY, "rb") as fh:
        taxonomy = tomllib.load(fh)
    types = {name: category for category, body in taxonomy.items() for name in body.get("types", {})}
    return {**types, "unspecified": types.get("unspecified", "other")}
