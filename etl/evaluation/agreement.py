"""How far two blind labellers agree on the same items, scored with the tagger's own metrics.

A second reader labels items of a self-labelled set again, blind to the first labels and to the tagger. Their
labels are scored against the first ones as if they were a tagger's output: a figure two careful readers do
not reach together is a ceiling of what the labels can measure, and a gap between the tagger's figures
against either labelling shows how much of its "error" is a reading the labellers themselves split on.

Each labelling is also scored against the gold (the first labelling with the adjudicated rows in place), as
the tagger is: the figures a careful reader reaches on the very measure the targets are set on. They flatter
the readers, since the gold agrees with each of them wherever the two agreed and the adjudicator chose between
their readings where they split; a target above them asks more of the tagger than of a reader.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from etl.evaluation import sets_self_labelled
from etl.evaluation.gold import EVAL_DATA, GoldIncident, LabelledItem
from etl.evaluation.metrics import Scores, score_item
from etl.models import Document, Incident

# Set name -> the labels file of its second, independent labelling (a sample of the set's items).
SECOND_LABELS = {
    sets_self_labelled.SET_NAME: "self_labelled_second.csv",
    sets_self_labelled.HOLDOUT_NAME: "self_labelled_holdout_second.csv",
}
# Set name -> the labels file of its first labelling.
FIRST_LABELS = {
    sets_self_labelled.SET_NAME: sets_self_labelled.LABELS,
    sets_self_labelled.HOLDOUT_NAME: sets_self_labelled.HOLDOUT_LABELS,
}
Tagger = Callable[[Document], list[Incident]]
# What each comparison scores against what, in the order of Agreement.rows()
COMPARISONS = (
    "second labeller vs first",
    "tagger vs first labeller",
    "tagger vs second labeller",
    "first labeller vs gold",
    "second labeller vs gold",
)


@dataclass(slots=True)
class Agreement:
    """On the items both labellers read: the second labeller, and the tagger, against each labelling; each
    labelling against the gold."""

    set_name: str
    labellers: Scores
    tagger_first: Scores
    tagger_second: Scores
    first_gold: Scores
    second_gold: Scores

    def rows(self) -> list[Scores]:
        """The comparisons in reading order (that of COMPARISONS)."""
        return [self.labellers, self.tagger_first, self.tagger_second, self.first_gold, self.second_gold]

    def compared(self) -> list[tuple[str, Scores]]:
        """Each comparison with what it scores against what."""
        return list(zip(COMPARISONS, self.rows(), strict=True))


def agreement(
    root: Path, name: str, tagger: Tagger | None = None, first: str | None = None, second: str | None = None
) -> Agreement | None:
    """The agreement on set `name` (None where it has no second labelling); `first` and `second` name other
    labels files than the set's own (under etl/data/eval, or absolute paths)."""
    second = second or SECOND_LABELS.get(name)
    if second is None or not (EVAL_DATA / second).is_file():
        return None
    first = first or FIRST_LABELS[name]
    if tagger is None:
        from etl.tagging import tag_document as tagger
    seconds = sets_self_labelled.load(root, second, name)
    wanted = {item.key for item in seconds}
    # the first labelling as labelled: the adjudicated rows were decided with both labellings in view
    as_labelled, adjudicated = sets_self_labelled.load_with_gold(root, first, name)
    firsts = {item.key: item for item in as_labelled}
    gold = {item.key: item for item in adjudicated}
    missing = wanted - firsts.keys()
    if missing:
        shown = sorted(missing)[:3]
        raise KeyError(f"{second} labels {len(missing)} items {first} lacks: {shown}")
    result = Agreement(name, *(Scores(f"{name}: {what}") for what in COMPARISONS))
    for other in seconds:
        first = firsts[other.key]
        found = tagger(first.document)
        score_item(result.labellers, first, as_predictions(other))
        score_item(result.tagger_first, first, found)
        score_item(result.tagger_second, other, found)
        score_item(result.first_gold, gold[other.key], as_predictions(first))
        score_item(result.second_gold, gold[other.key], as_predictions(other))
    return result


def as_predictions(item: LabelledItem) -> list[Incident]:
    """A labelling's incidents in the tagger's shape, so the metrics read them as predictions."""
    return [_incident(item.document, gold, n) for n, gold in enumerate(item.incidents)]


def _incident(doc: Document, gold: GoldIncident, n: int) -> Incident:
    return Incident(
        incident_id=f"{doc.document_id}-{n}",
        document_id=doc.document_id,
        event_date=gold.event_date,
        date_precision=gold.date_precision or "week",
        report_date=doc.report_date,
        country_code=gold.country_code,
        country=None,
        admin1=gold.admin1,
        admin1_code=gold.admin1_code,
        place=gold.place,
        latitude=None,
        longitude=None,
        geo_precision="place" if gold.place else "admin1" if gold.admin1_code else "country",
        target_category=gold.target_category or "other",
        target_type=gold.target_type or "unspecified",
        means="unknown",
    )
