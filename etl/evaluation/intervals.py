"""How far a set's figures could move on another sample of the same size: 95% bootstrap intervals.

A held-out set of 440 items with 147 positives measures precision to about +-0.06; a change that moves a
figure by less than that may be noise. Each item's counts (detection, categories, fields) are one row of a
matrix; a resample of the items with replacement is a row of multinomial weights, so a thousand resamples are
one matrix product, and each figure is computed from the summed counts exactly as `Scores.figures` does.
"""

from __future__ import annotations

import numpy as np

from etl.evaluation.metrics import FIELDS, Scores, score_item
from etl.evaluation.runner import Outcome

RESAMPLES = 1000
SEED = 20261126  # fixed, so that the same outcomes always print the same intervals
LEVEL = 0.95


def intervals(
    outcomes: list[Outcome], resamples: int = RESAMPLES, seed: int = SEED
) -> dict[str, tuple[float, float] | None]:
    """The central 95% range of each figure (None where the set does not score it) over bootstrap resamples
    of the items."""
    if not outcomes:
        return {}
    columns, counts = _item_counts(outcomes)
    rng = np.random.default_rng(seed)
    weights = rng.multinomial(len(outcomes), np.full(len(outcomes), 1 / len(outcomes)), size=resamples)
    sums = weights @ counts
    at = {name: n for n, name in enumerate(columns)}

    def column(name: str) -> np.ndarray:
        return sums[:, at[name]]

    figures = {
        "detection_precision": _ratio(column("tp"), column("tp") + column("fp")),
        "detection_recall": _ratio(column("tp"), column("tp") + column("fn")),
        "category_macro_f1": _macro_f1(sums, columns, at),
        **{f"{f}_accuracy": _ratio(column(f"{f}:hits"), column(f"{f}:total")) for f in FIELDS},
    }
    low, high = 100 * (1 - LEVEL) / 2, 100 * (1 + LEVEL) / 2
    return {
        name: None
        if values is None
        else (float(np.percentile(values, low)), float(np.percentile(values, high)))
        for name, values in figures.items()
    }


def _item_counts(outcomes: list[Outcome]) -> tuple[list[str], np.ndarray]:
    """The column names and one row of counts per item."""
    per_item = []
    for outcome in outcomes:
        scores = Scores("item")
        score_item(scores, outcome.item, outcome.predicted)
        row = {"tp": scores.detection.tp, "fp": scores.detection.fp, "fn": scores.detection.fn}
        for category, c in (scores.categories or {}).items():
            row |= {f"cat:{category}:tp": c.tp, f"cat:{category}:fp": c.fp, f"cat:{category}:fn": c.fn}
        for name, ratio in scores.fields.items():
            row |= {f"{name}:hits": ratio.hits, f"{name}:total": ratio.total}
        per_item.append(row)
    fixed = ["tp", "fp", "fn", *(f"{f}:{part}" for f in FIELDS for part in ("hits", "total"))]
    columns = fixed + sorted({column for row in per_item for column in row} - set(fixed))
    matrix = np.array([[row.get(column, 0) for column in columns] for row in per_item], dtype=float)
    return columns, matrix


def _ratio(numerator: np.ndarray, denominator: np.ndarray) -> np.ndarray | None:
    """numerator / denominator for each resample that scores anything; None when none does."""
    scored = denominator > 0
    return numerator[scored] / denominator[scored] if scored.any() else None


def _macro_f1(sums: np.ndarray, columns: list[str], at: dict[str, int]) -> np.ndarray | None:
    """Mean F1 over the categories present in gold or output of each resample (as `Scores.macro_f1`)."""
    categories = sorted({c.split(":")[1] for c in columns if c.startswith("cat:")})
    if not categories:
        return None
    tp, fp, fn = (
        np.stack([sums[:, at[f"cat:{c}:{k}"]] for c in categories], axis=1) for k in ("tp", "fp", "fn")
    )
    present = (tp + fp + fn) > 0
    f1 = np.divide(2 * tp, 2 * tp + fp + fn, out=np.zeros_like(tp), where=present)
    kept = present.any(axis=1)
    return f1[kept].sum(axis=1) / present[kept].sum(axis=1)
