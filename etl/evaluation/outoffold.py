"""Score the development set with a report filter that never saw its documents.

The report filter is trained on `self_labelled` among others, so the figures the shipped filter gives there
are in-sample: they say how well it fits, not how it judges news it has not seen. The training script
(scripts/train_report_filter.py) writes each development document's probability from the cross-validation
model that was trained without the document's fold (etl/data/eval/report_filter_out_of_fold.csv), and
`python -m etl evaluate --out-of-fold` judges each development document by that probability instead.

Each probability is stored with a fingerprint of the features it was computed from. When the rules have
changed since training, a document's features may differ: it is then judged by the shipped model (which saw
its older features) and counted as stale, so the printout says how far the figure can be trusted. A document
the rules did not fire on at training time is judged by the shipped model too; that model never saw it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from etl.evaluation.gold import EVAL_DATA, LabelledItem, data_rows
from etl.models import Incident
from etl.tagging.reportfilter import features, kept, load_report_filter
from etl.tagging.sentences import sentence_spans
from etl.tagging.tagger import find_incidents

OUT_OF_FOLD = EVAL_DATA / "report_filter_out_of_fold.csv"
# added to the name of the development row scored this way (and of the pooled row), as floors.toml names it
SUFFIX = " (out of fold)"


def fingerprint(found: set[str]) -> str:
    """A short digest of a document's feature set: equal features, equal fingerprint."""
    return hashlib.sha1("\n".join(sorted(found)).encode("utf-8")).hexdigest()[:12]


@dataclass(slots=True)
class OutOfFoldTagger:
    """The tagger with the report filter's judgement taken from the out-of-fold probabilities by item key."""

    probabilities: dict[str, tuple[float, str]]
    stale: int = 0
    judged_out_of_fold: int = 0
    _threshold: float = field(init=False)

    def __post_init__(self) -> None:
        self._threshold = load_report_filter().threshold

    def __call__(self, item: LabelledItem) -> list[Incident]:
        doc = item.document
        incidents = find_incidents(doc)
        if not incidents:
            return incidents
        found = features(doc.text, sentence_spans(doc.text), incidents, doc.report_date)
        stored = self.probabilities.get(item.key)
        if stored is not None and stored[1] == fingerprint(found):
            self.judged_out_of_fold += 1
            return kept(doc, incidents, stored[0], self._threshold)
        self.stale += stored is not None
        return kept(doc, incidents, load_report_filter().probability(found), self._threshold)


def load_out_of_fold() -> dict[str, tuple[float, str]]:
    """Key -> (out-of-fold probability, feature fingerprint); empty when the training never wrote them."""
    if not OUT_OF_FOLD.is_file():
        return {}
    return {row["key"]: (float(row["probability"]), row["features"]) for row in data_rows(OUT_OF_FOLD.name)}
