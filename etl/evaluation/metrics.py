"""Scores of the tagger's incidents against gold: detection, categories, place, region, country, date.

Detection and categories are scored per document (does it report an incident / a category at all); place,
region, country and date per gold incident, against the predicted incident of its document paired with it
(see `pairs`). A gold field left None is not scored.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from etl.evaluation.gold import GoldIncident, LabelledItem
from etl.evaluation.names import same_admin1_code, same_place, same_region
from etl.models import Incident

FIELDS = ("country", "admin1", "place", "event_date")


@dataclass(slots=True)
class Ratio:
    """Hits out of scored cases; value None when nothing was scored."""

    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        """The share of hits."""
        return self.hits / self.total if self.total else None

    def add(self, hit: bool) -> None:
        """Count one scored case."""
        self.hits += int(hit)
        self.total += 1


@dataclass(slots=True)
class Counts:
    """True/false positives and false negatives of one decision."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        """Share of what we report that is right (None: we reported nothing)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """Share of what is there that we report (None: nothing was there)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0 when either is 0 or undefined)."""
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    def add(self, gold: bool, predicted: bool) -> None:
        """Count one yes/no decision."""
        self.tp += gold and predicted
        self.fp += predicted and not gold
        self.fn += gold and not predicted


@dataclass(slots=True)
class Scores:
    """All counts of one set (or of several, merged)."""

    name: str
    items: int = 0
    positives: int = 0
    gold_incidents: int = 0
    predicted_incidents: int = 0
    detection: Counts = field(default_factory=Counts)
    # None: no item of these scores labels targets.
    categories: dict[str, Counts] | None = None
    fields: dict[str, Ratio] = field(default_factory=lambda: {f: Ratio() for f in FIELDS})

    @property
    def macro_f1(self) -> float | None:
        """Mean F1 over the categories that occur in gold or predictions (as scikit-learn's 'macro')."""
        if not self.categories:
            return None
        return sum(c.f1 for c in self.categories.values()) / len(self.categories)

    def figures(self) -> dict[str, float | None]:
        """The headline figures by name, as floors.toml names them."""
        return {
            "detection_precision": self.detection.precision,
            "detection_recall": self.detection.recall,
            "category_macro_f1": self.macro_f1,
            **{f"{name}_accuracy": ratio.value for name, ratio in self.fields.items()},
        }


def score_item(scores: Scores, item: LabelledItem, predicted: list[Incident]) -> None:
    """Add one item's outcome to the scores."""
    scores.items += 1
    scores.positives += bool(item.incidents)
    scores.gold_incidents += len(item.incidents)
    scores.predicted_incidents += len(predicted)
    scores.detection.add(bool(item.incidents), bool(predicted))
    if item.labels_targets:
        _score_categories(scores, item, predicted)
    for gold, pred in pairs(item, predicted):
        for name, hit in field_hits(gold, pred).items():
            scores.fields[name].add(hit)


def predicted_categories(item: LabelledItem, predicted: list[Incident]) -> set[str]:
    """The categories found, with those a gold label also covers counted as that label's category, and
    those the set cannot label left out."""
    found = {p.target_category for p in predicted}
    for gold in item.incidents:
        if gold.target_category and found & gold.also_accept:
            found = (found - gold.also_accept) | {gold.target_category}
    return found if item.label_space is None else found & item.label_space


def _score_categories(scores: Scores, item: LabelledItem, predicted: list[Incident]) -> None:
    gold = {g.target_category for g in item.incidents if g.target_category}
    found = predicted_categories(item, predicted)
    if scores.categories is None:
        scores.categories = {}
    for category in sorted(gold | found):
        scores.categories.setdefault(category, Counts()).add(category in gold, category in found)


def pairs(item: LabelledItem, predicted: list[Incident]) -> list[tuple[GoldIncident, Incident]]:
    """Gold incidents paired one-to-one with the predictions that fit them best, best fits first.

    A prediction may stand for a gold incident when it has the same category (or one the gold label also
    covers); any prediction may when the gold names no category or is the item's only incident. A gold
    incident left without a prediction is a miss of the category scores, not a wrong place or date.
    """
    allowed = [(g, p) for g in item.incidents for p in predicted if _may_match(g, p, len(item.incidents))]
    allowed.sort(key=lambda gp: _fit(*gp), reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    result = []
    for gold, pred in allowed:
        if id(gold) in used_gold or id(pred) in used_pred:
            continue
        used_gold.add(id(gold))
        used_pred.add(id(pred))
        result.append((gold, pred))
    return result


def _may_match(gold: GoldIncident, pred: Incident, golds: int) -> bool:
    if gold.target_category is None or golds == 1:
        return True
    return pred.target_category in {gold.target_category} | gold.also_accept


def _fit(gold: GoldIncident, pred: Incident) -> tuple[bool, ...]:
    """Same category first, then place, region, country and date right."""
    hits = field_hits(gold, pred)
    same_category = pred.target_category in {gold.target_category} | gold.also_accept
    return (same_category, *(hits.get(f, False) for f in ("place", "admin1", "country", "event_date")))


def field_hits(gold: GoldIncident, pred: Incident) -> dict[str, bool]:
    """Right or wrong for each field the gold incident scores."""
    hits: dict[str, bool] = {}
    if gold.country_code:
        hits["country"] = pred.country_code == gold.country_code
    if gold.admin1_code or gold.admin1:
        hits["admin1"] = admin1_hit(gold, pred)
    if gold.place:
        hits["place"] = same_place(gold.place, pred.place)
    if gold.event_date:
        hits["event_date"] = date_hit(gold, pred)
    return hits


def admin1_hit(gold: GoldIncident, pred: Incident) -> bool:
    """Same region: by ISO 3166-2 code where both have one (an old and a new code of one region match), else
    by name."""
    if gold.admin1_code and pred.admin1_code:
        return same_admin1_code(gold.admin1_code, pred.admin1_code)
    return same_region(gold.admin1 or gold.admin1_code, pred.admin1)


def date_hit(gold: GoldIncident, pred: Incident) -> bool:
    """The exact day where gold is a day; where gold is coarser, in its week or month at that precision."""
    if pred.event_date is None or gold.event_date is None:
        return False
    if gold.date_precision == "month":
        same_month = (pred.event_date.year, pred.event_date.month) == (
            gold.event_date.year,
            gold.event_date.month,
        )
        return pred.date_precision == "month" and same_month
    if gold.date_precision == "week":
        return pred.date_precision == "week" and abs((pred.event_date - gold.event_date).days) <= 6
    return pred.date_precision == "day" and pred.event_date == gold.event_date


def merge(name: str, parts: Iterable[Scores]) -> Scores:
    """Pooled scores of several sets (micro: every item and incident counts once)."""
    total = Scores(name)
    for part in parts:
        total.items += part.items
        total.positives += part.positives
        total.gold_incidents += part.gold_incidents
        total.predicted_incidents += part.predicted_incidents
        _add_counts(total.detection, part.detection)
        if part.categories is not None:
            total.categories = total.categories or {}
            for category, counts in part.categories.items():
                _add_counts(total.categories.setdefault(category, Counts()), counts)
        for key, ratio in part.fields.items():
            total.fields[key].hits += ratio.hits
            total.fields[key].total += ratio.total
    return total


def _add_counts(into: Counts, other: Counts) -> None:
    into.tp += other.tp
    into.fp += other.fp
    into.fn += other.fn
