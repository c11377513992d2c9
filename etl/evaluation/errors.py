"""The tagger's mistakes, one line each, grouped by kind: what to fix to raise the figures."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from etl.evaluation.gold import GoldIncident, LabelledItem
from etl.evaluation.metrics import field_hits, pairs, predicted_categories
from etl.evaluation.runner import Outcome
from etl.models import Incident

KINDS = (
    "missed_item",
    "false_item",
    "missed_category",
    "extra_category",
    "country",
    "admin1",
    "place",
    "event_date",
)


@dataclass(frozen=True, slots=True)
class Error:
    """One mistake: its kind, the item, and what gold and the tagger said."""

    kind: str
    set_name: str
    key: str
    gold: str
    found: str
    text: str


def errors(outcomes: list[Outcome]) -> Iterator[Error]:
    """Every mistake of every outcome, in order."""
    for outcome in outcomes:
        yield from _item_errors(outcome)


def _item_errors(outcome: Outcome) -> Iterator[Error]:
    item, predicted = outcome.item, outcome.predicted

    def error(kind: str, gold: str, found: str, text: str = "") -> Error:
        shown = " ".join((text or item.document.text).split())[:240]
        return Error(kind, item.set_name, item.key, gold, found, shown)

    if item.incidents and not predicted:
        yield error("missed_item", _golds(item), "nothing")
    if predicted and not item.incidents:
        yield error("false_item", "nothing", _found(predicted), predicted[0].evidence)
    if item.labels_targets and predicted:
        gold_categories = {g.target_category for g in item.incidents if g.target_category}
        found = predicted_categories(item, predicted)
        for category in sorted(gold_categories - found):
            yield error("missed_category", category, _found(predicted))
        for category in sorted(found - gold_categories) if item.incidents else ():
            culprit = next((p for p in predicted if p.target_category == category), predicted[0])
            yield error("extra_category", _golds(item), category, culprit.evidence)
    for gold, best in pairs(item, predicted):
        for name, hit in field_hits(gold, best).items():
            if not hit:
                yield error(name, _value(name, gold), _value(name, best), best.evidence)


def _value(name: str, incident: GoldIncident | Incident) -> str:
    """A field as shown in the listing; gold and output incidents share the field names."""
    if name == "event_date":
        return f"{incident.event_date} {incident.date_precision}"
    if name == "admin1":
        return str(incident.admin1_code or incident.admin1)
    return str(incident.country_code if name == "country" else incident.place)


def _golds(item: LabelledItem) -> str:
    return "; ".join(
        f"{g.target_type or g.target_category or '?'}@{g.place or g.admin1_code or g.country_code or '?'}"
        for g in item.incidents
    )


def _found(predicted: list[Incident]) -> str:
    return "; ".join(f"{p.target_type}@{p.place or p.admin1_code or p.country_code}" for p in predicted)


def listing(outcomes: list[Outcome], per_kind: int) -> str:
    """Up to per_kind mistakes of each kind, with counts, as plain text."""
    by_kind: dict[str, list[Error]] = {k: [] for k in KINDS}
    for err in errors(outcomes):
        by_kind[err.kind].append(err)
    lines = []
    for kind, found in by_kind.items():
        lines.append(f"== {kind}: {len(found)}")
        for err in found[:: max(1, len(found) // per_kind)][:per_kind] if per_kind else ():
            lines.append(f"  [{err.set_name} {err.key[:70]}] gold {err.gold} | found {err.found}")
            lines.append(f"      {err.text}")
    return "\n".join(lines)
