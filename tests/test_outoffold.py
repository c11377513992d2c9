"""Scoring the development set by the report filter's out-of-fold probabilities (etl/evaluation/outoffold.py):
each document judged by a model that never saw it, a stale probability told apart, the figures kept."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from test_reportfilter import _training_script

from etl.cli import main
from etl.evaluation import outoffold
from etl.evaluation.gold import LabelledItem
from etl.evaluation.outoffold import SUFFIX, OutOfFoldTagger, fingerprint, load_out_of_fold
from etl.evaluation.runner import DEFAULT_REALDATA, below_floors, evaluate, load_floors
from etl.models import Document
from etl.tagging import tag_document
from etl.tagging.reportfilter import features
from etl.tagging.sentences import sentence_spans
from etl.tagging.tagger import find_incidents

REPORT = date(2024, 3, 23)
TEXT = "A Russian drone hit a substation in Kharkiv on Friday, cutting power to 3,000 homes."


def _item() -> LabelledItem:
    return LabelledItem("self_labelled", "k", Document("d", REPORT, TEXT), ())


def _fingerprint_now() -> str:
    doc = _item().document
    return fingerprint(features(doc.text, sentence_spans(doc.text), find_incidents(doc), doc.report_date))


def test_a_document_is_judged_by_its_stored_probability_when_its_features_are_unchanged():
    low = OutOfFoldTagger({"k": (0.1, _fingerprint_now())})
    assert low(_item()) == [] and low.judged_out_of_fold == 1 and low.stale == 0
    high = OutOfFoldTagger({"k": (0.93, _fingerprint_now())})
    (found,) = high(_item())
    assert (found.target_type, found.place, found.confidence) == ("substation", "Kharkiv", 0.93)


def test_a_stale_or_missing_probability_falls_back_to_the_shipped_filter_and_a_stale_one_is_counted():
    shipped = [(i.target_type, i.confidence) for i in tag_document(_item().document)]
    stale = OutOfFoldTagger({"k": (0.1, "0" * 12)})
    assert [(i.target_type, i.confidence) for i in stale(_item())] == shipped
    assert (stale.stale, stale.judged_out_of_fold) == (1, 0)
    unseen = OutOfFoldTagger({})
    assert [(i.target_type, i.confidence) for i in unseen(_item())] == shipped and unseen.stale == 0


def test_fingerprints_differ_with_the_features_and_not_with_their_order():
    assert fingerprint({"a", "b"}) == fingerprint({"b", "a"}) != fingerprint({"a", "c"})


def test_cross_validation_scores_every_labelled_document_by_key_and_never_a_curated_note():
    train = _training_script()
    found = [{"e:hit"}, {"e:hit", "l:x"}, {"l:talks"}, {"l:talks", "l:y"}, {"e:hit"}, {"l:talks"}] * 2
    found[11] = {"e:hit"}  # the first document's features, under its key: one fold, one model, one answer
    keys = [f"k{n}" for n in range(len(found) - 1)] + ["k0"]
    curated = np.array([False] * 10 + [True, False])
    data = train.Examples(
        keys=keys,
        found=found,
        reports=np.array([True, True, False, False, True, False] * 2) | (np.arange(12) == 11),
        weight=np.where(curated, 0.1, 1.0),
        labelled=~curated,
        fired_batch=np.zeros(12, dtype=bool),
        development=~curated,
    )
    probs = train.cross_validated(data)
    assert np.isnan(probs[10]) and np.isfinite(np.delete(probs, 10)).all()
    assert probs[0] == probs[11]
    assert probs[0] > 0.5 > probs[2]


@pytest.mark.realdata
def test_the_shipped_out_of_fold_probabilities_are_fresh_and_keep_their_floors():
    """The development set judged out of fold (15 seconds): every probability was computed from the features
    the rules give today (else: retrain the filter), and the figures keep their floors."""
    if not DEFAULT_REALDATA.is_dir():
        pytest.skip("../shared/realdata is absent")
    by_fold = OutOfFoldTagger(load_out_of_fold())
    evaluation = evaluate(DEFAULT_REALDATA, ["self_labelled"], out_of_fold=by_fold)
    assert by_fold.stale == 0, "the rules changed since training: run scripts/train_report_filter.py"
    assert by_fold.judged_out_of_fold > 3000
    assert [s.name for s in evaluation.sets] == ["self_labelled" + SUFFIX]
    assert below_floors(evaluation, load_floors()) == []
    assert "self_labelled" + SUFFIX in load_floors()


def test_the_cli_says_what_to_run_when_the_probabilities_were_never_written(
    monkeypatch: pytest.MonkeyPatch, tmp_path, capsys: pytest.CaptureFixture[str]
):
    """A clone whose filter was never trained with this script has no file: a clear error, not a row named
    'out of fold' judged by the shipped model."""
    monkeypatch.setattr(outoffold, "OUT_OF_FOLD", tmp_path / "absent.csv")
    (tmp_path / "realdata").mkdir()
    assert main(["evaluate", "--out-of-fold", "--realdata", str(tmp_path / "realdata")]) == 2
    assert "run scripts/train_report_filter.py first" in capsys.readouterr().err
