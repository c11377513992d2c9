"""Run the tagger over the labelled sets and score it; the sets are read from realdata, never the repo."""

from __future__ import annotations

import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from etl.evaluation import sets_acled, sets_bellingcat, sets_self_labelled
from etl.evaluation.gold import EVAL_DATA, LabelledItem, stable_sample
from etl.evaluation.metrics import Scores, merge, score_item
from etl.evaluation.outoffold import SUFFIX, OutOfFoldTagger
from etl.models import Document, Incident

Loader = Callable[[Path], list[LabelledItem]]
Tagger = Callable[[Document], list[Incident]]

# Set name -> (the realdata folders it reads, its loader).
SETS: dict[str, tuple[tuple[str, ...], Loader]] = {
    "bellingcat_civharm": ((sets_bellingcat.SET_NAME,), sets_bellingcat.load),
    "acled_pynetworkfriction": ((sets_acled.PYNETWORKFRICTION[0],), sets_acled.load_pynetworkfriction),
    "acled_peacerep_sample1000": ((sets_acled.PEACEREP[0],), sets_acled.load_peacerep),
    "self_labelled": (sets_self_labelled.FOLDERS, sets_self_labelled.load),
    sets_self_labelled.HOLDOUT_NAME: (sets_self_labelled.FOLDERS, sets_self_labelled.load_holdout),
}
ALL = "all"
# Sets kept as a fair test of the tagger: their figures are read, their mistakes not listed (--errors) unless
# asked for, since a change made with them in view stops them measuring text the tagger was not tuned on.
HELD_OUT = frozenset({sets_self_labelled.HOLDOUT_NAME})
DEFAULT_REALDATA = Path(__file__).resolve().parents[2].parent / "shared" / "realdata"


@dataclass(slots=True)
class Outcome:
    """One item and what the tagger found in it."""

    item: LabelledItem
    predicted: list[Incident]


@dataclass(slots=True)
class Evaluation:
    """Scores per set and pooled, the sets skipped (folder absent), and every outcome for the error list."""

    sets: list[Scores] = field(default_factory=list)
    total: Scores = field(default_factory=lambda: Scores(ALL))
    skipped: list[str] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    seconds: float = 0.0

    def by_name(self) -> dict[str, Scores]:
        """Scores by set name, the pooled ones under 'all'."""
        return {s.name: s for s in [*self.sets, self.total]}


def evaluate(
    root: Path,
    names: list[str] | None = None,
    limit: int | None = None,
    tagger: Tagger | None = None,
    out_of_fold: OutOfFoldTagger | None = None,
) -> Evaluation:
    """Tag every item of the named sets (default all) found under root; `limit` samples each set evenly.
    With `out_of_fold`, the development set is judged by the report filter's out-of-fold probabilities, and
    its row and the pooled one are named so (floors.toml gives that row floors of its own)."""
    if tagger is None:
        from etl.tagging import tag_document as tagger
    result = Evaluation()
    started = time.perf_counter()
    for name in names or list(SETS):
        if not available(root, name):
            result.skipped.append(name)
            continue
        by_fold = out_of_fold is not None and name == sets_self_labelled.SET_NAME
        scores = Scores(name + SUFFIX if by_fold else name)
        for item in stable_sample(SETS[name][1](root), limit):
            predicted = out_of_fold(item) if by_fold else tagger(item.document)
            score_item(scores, item, predicted)
            result.outcomes.append(Outcome(item, predicted))
        result.sets.append(scores)
    result.total = merge(ALL + SUFFIX if out_of_fold is not None else ALL, result.sets)
    result.seconds = time.perf_counter() - started
    return result


def available(root: Path, name: str) -> bool:
    """Whether the realdata folders set `name` reads are all under root."""
    return all((root / folder).is_dir() for folder in SETS[name][0])


def load_floors(path: Path = EVAL_DATA / "floors.toml") -> dict[str, dict[str, float]]:
    """The figures each set must keep (etl/data/eval/floors.toml), by set name then figure name."""
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def below_floors(evaluation: Evaluation, floors: dict[str, dict[str, float]]) -> list[str]:
    """One line per figure under its floor (a set that was not evaluated is not checked)."""
    failures = []
    checked = evaluation.by_name()
    if evaluation.skipped or len(evaluation.sets) < len(SETS):
        checked.pop(evaluation.total.name)  # pooled figures of some sets are not the pooled figures of all
    for name, scores in checked.items():
        figures = scores.figures()
        for figure, floor in floors.get(name, {}).items():
            value = figures.get(figure)
            if value is None or value < floor:
                shown = "not measured" if value is None else f"{value:.3f}"
                failures.append(f"{name}: {figure} {shown} < floor {floor:.3f}")
    return failures


def listable(outcomes: list[Outcome], held_out: bool = False) -> list[Outcome]:
    """The outcomes whose mistakes may be listed: the held-out sets' only when asked for."""
    return outcomes if held_out else [o for o in outcomes if o.item.set_name not in HELD_OUT]
