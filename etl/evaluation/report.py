"""The evaluation as a markdown table (README's 'Extraction quality') or JSON, from the scores alone."""

from __future__ import annotations

from etl.evaluation.agreement import Agreement
from etl.evaluation.metrics import FIELDS, Counts, Ratio, Scores
from etl.evaluation.runner import Evaluation

DASH = "—"
FIELD_TITLES = {"country": "country", "admin1": "admin1", "place": "place", "event_date": "event date"}
FIGURE_COLUMNS = (
    "items (with incidents)",
    "detection P",
    "detection R",
    "category macro-F1",
    *(f"{FIELD_TITLES[f]} acc. (n)" for f in FIELDS),
)


def figures_table(evaluation: Evaluation) -> str:
    """One row per set and one for all sets pooled: detection, category macro-F1, field accuracies (n)."""
    rows = [_figures_row(s) for s in [*evaluation.sets, evaluation.total]]
    return _table(["set", *FIGURE_COLUMNS], rows)


def agreement_table(agreements: list[Agreement]) -> str:
    """Per set labelled twice: the second labeller and the tagger against each labelling, same items."""
    rows = [[f"`{a.set_name}`", what, *_figures_row(s)[1:]] for a in agreements for what, s in a.compared()]
    return _table(["set", "scored", *FIGURE_COLUMNS], rows)


def intervals_table(evaluation: Evaluation) -> str:
    """Per set: the 95% bootstrap interval of each figure over its items (etl/evaluation/intervals.py)."""
    from etl.evaluation.intervals import intervals

    rows = []
    for scores in evaluation.sets:
        outcomes = [o for o in evaluation.outcomes if o.item.set_name == scores.name]
        ranges = intervals(outcomes)
        rows.append(
            [f"`{scores.name}`", str(scores.items), *(_range(ranges.get(name)) for name in scores.figures())]
        )
    fields = [f"{FIELD_TITLES[f]} acc." for f in FIELDS]
    return _table(["set", "items", "detection P", "detection R", "category macro-F1", *fields], rows)


def _range(interval: tuple[float, float] | None) -> str:
    return DASH if interval is None else f"{interval[0]:.3f}-{interval[1]:.3f}"


def _figures_row(scores: Scores) -> list[str]:
    name = f"**{scores.name}**" if scores.name == "all" else f"`{scores.name}`"
    return [
        name,
        f"{scores.items} ({scores.positives})",
        _number(scores.detection.precision),
        _number(scores.detection.recall),
        _number(scores.macro_f1),
        *(_ratio(scores.fields[f]) for f in FIELDS),
    ]


def categories_table(scores: Scores) -> str:
    """Precision, recall, F1 and gold support per target category (documents that report it)."""
    header = ["category", "precision", "recall", "F1", "support"]
    rows = [
        [f"`{name}`", _number(c.precision), _number(c.recall), _number(c.f1), str(c.tp + c.fn)]
        for name, c in sorted((scores.categories or {}).items())
    ]
    return _table(header, rows)


def markdown(evaluation: Evaluation) -> str:
    """The figures table, then the per-category table of all sets that label targets."""
    parts = [figures_table(evaluation)]
    if evaluation.total.categories:
        parts.append(
            "Per target category (pooled over the sets that label targets):\n\n"
            + categories_table(evaluation.total)
        )
    if evaluation.skipped:
        parts.append(
            "Skipped (not under the realdata path): " + ", ".join(f"`{s}`" for s in evaluation.skipped)
        )
    return "\n\n".join(parts) + "\n"


def as_json(evaluation: Evaluation) -> dict:
    """Every count and figure, by set and pooled, for scripts and the floor test."""
    return {
        "seconds": round(evaluation.seconds, 2),
        "skipped": evaluation.skipped,
        "sets": {s.name: _scores_json(s) for s in [*evaluation.sets, evaluation.total]},
    }


def agreement_json(agreements: list[Agreement]) -> dict:
    """The agreement comparisons by set, then by what is scored against what."""
    return {a.set_name: {what: _scores_json(s) for what, s in a.compared()} for a in agreements}


def _scores_json(scores: Scores) -> dict:
    return {
        "items": scores.items,
        "positives": scores.positives,
        "gold_incidents": scores.gold_incidents,
        "predicted_incidents": scores.predicted_incidents,
        "figures": scores.figures(),
        "detection": _counts_json(scores.detection),
        "categories": None
        if scores.categories is None
        else {k: _counts_json(c) for k, c in sorted(scores.categories.items())},
        "fields": {k: {"hits": r.hits, "total": r.total} for k, r in scores.fields.items()},
    }


def _counts_json(c: Counts) -> dict:
    return {"tp": c.tp, "fp": c.fp, "fn": c.fn, "precision": c.precision, "recall": c.recall, "f1": c.f1}


def _number(value: float | None) -> str:
    return DASH if value is None else f"{value:.3f}"


def _ratio(ratio: Ratio) -> str:
    return DASH if ratio.value is None else f"{ratio.value:.3f} ({ratio.total})"


def _table(header: list[str], rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)
