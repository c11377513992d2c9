"""The report filter: its features, its probability (the same in training as in the tagger), its verdict."""

from __future__ import annotations

import importlib.util
import math
import sys
from dataclasses import replace
from datetime import date

import numpy as np
import pytest
from conftest import ROOT

from etl.models import Document, Incident, SourceFacts
from etl.tagging import tag_document
from etl.tagging.reportfilter import ReportFilter, features, judge, load_report_filter
from etl.tagging.sentences import sentence_spans

REPORT = date(2024, 3, 23)
TEXT = "Ministers met in Brussels. A drone hit a substation in Kharkiv on Friday. Repairs began."


def incident(start: int, end: int, target_type: str = "substation", **fields) -> Incident:
    values = {
        "incident_id": "i",
        "document_id": "d",
        "event_date": date(2024, 3, 22),
        "date_precision": "day",
        "report_date": REPORT,
        "country_code": "UA",
        "country": "Ukraine",
        "admin1": "Kharkiv Oblast",
        "admin1_code": "UA-63",
        "place": "Kharkiv",
        "latitude": None,
        "longitude": None,
        "geo_precision": "place",
        "target_category": "energy",
        "target_type": target_type,
        "means": "drone",
        "evidence_start": start,
        "evidence_end": end,
    }
    return Incident(**{**values, **fields})


def second_sentence() -> tuple[int, int]:
    return sentence_spans(TEXT)[1]


def test_features_say_where_the_evidence_sits_what_it_names_and_which_words_it_uses():
    found = features(TEXT, sentence_spans(TEXT), [incident(*second_sentence())], REPORT)
    assert {"pos:<2", "rel:<6", "nsent:<4", "nev:<2", "ninc:<2", "len:<300"} <= found
    assert {"type:substation", "cat:energy", "geo:place", "date:day", "means:drone", "gap:<2"} <= found
    assert {"e:drone", "e:drone_hit", "e:kharkiv", "t:ministers_met", "l:repairs"} <= found
    assert "t:drone" not in found and "only_unspecified" not in found
    unnamed = incident(0, 26, "unspecified", target_category="other", event_date=REPORT)
    found = features(TEXT, sentence_spans(TEXT), [unnamed], REPORT)
    assert {"pos:<1", "rel:<1", "only_unspecified", "gap:<1", "type:unspecified"} <= found


def test_probability_scales_the_known_features_to_unit_length():
    model = ReportFilter({"a": 1.0, "b": 3.0}, intercept=-1.0, threshold=0.5)
    expected = 1 / (1 + math.exp(-(-1.0 + 4.0 / math.sqrt(2))))
    assert model.probability({"a", "b", "never seen"}) == pytest.approx(expected)
    assert model.probability({"never seen"}) == pytest.approx(1 / (1 + math.e))


def test_judge_drops_a_document_under_the_threshold_unless_it_is_a_curated_record():
    doc = Document("d", REPORT, TEXT)
    keen = ReportFilter({"e:drone": 3.0}, intercept=0.0, threshold=0.5)
    doubtful = ReportFilter({"e:drone": -3.0}, intercept=0.0, threshold=0.5)
    kept = judge(doc, [incident(*second_sentence())], keen)
    assert [i.confidence for i in kept] == [round(1 / (1 + math.exp(-3.0)), 2)] == [0.95]
    assert judge(doc, [incident(*second_sentence())], doubtful) == []
    curated = replace(doc, facts=SourceFacts(place="Kharkiv"))
    (coded,) = judge(curated, [incident(*second_sentence())], doubtful)
    assert coded.confidence == 0.05
    assert judge(doc, [], doubtful) == []


def test_the_shipped_model_loads_and_keeps_a_plain_report():
    model = load_report_filter()
    assert len(model.weights) > 1000 and 0 < model.threshold < 1
    assert all(math.isfinite(w) for w in model.weights.values())
    text = "Russian missiles hit a power plant in Kharkiv overnight, killing two workers, the governor said."
    (found,) = tag_document(Document("d", REPORT, text))
    assert found.target_type == "power_plant" and found.confidence >= 0.9


def _training_script():
    path = ROOT / "scripts" / "train_report_filter.py"
    spec = importlib.util.spec_from_file_location("train_report_filter", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up
    spec.loader.exec_module(module)
    return module


def test_training_and_the_tagger_compute_the_same_probability():
    train = _training_script()
    found = [{"e:hit", "l:strike"}, {"e:hit", "pos:<1"}, {"l:talks", "pos:<1"}, {"l:talks", "l:strike"}]
    reports = np.array([True, True, False, False])
    vocab, w, b = train.fit(found, reports, np.ones(4))
    assert vocab == ["e:hit", "l:strike", "l:talks", "pos:<1"]
    model = ReportFilter(dict(zip(vocab, w, strict=True)), b, 0.5)
    trained = train.probabilities(found, vocab, w, b)
    assert [model.probability(f) for f in found] == pytest.approx(list(trained))
    assert trained[0] > 0.5 > trained[2]  # it learnt which word tells a report


def test_the_threshold_is_the_best_of_the_estimate_smoothed_over_neighbours(monkeypatch: pytest.MonkeyPatch):
    train = _training_script()
    curves = {
        # a lone spike loses to a broad top: 0.45's neighbours are low, 0.6's are high
        "spike": ({0.4: 0.70, 0.45: 0.80, 0.5: 0.70, 0.55: 0.77, 0.6: 0.78, 0.65: 0.77}, 0.6),
        "clear best": ({0.45: 0.780, 0.5: 0.7900, 0.55: 0.7950, 0.6: 0.789}, 0.55),
        # equal means: the lowest
        "plateau": ({0.35: 0.75, 0.4: 0.75, 0.45: 0.75, 0.5: 0.75}, 0.4),
    }
    for curve, expected in curves.values():
        monkeypatch.setattr(train, "_kept_figures", lambda probs, reports, t: (t, 0.0))
        monkeypatch.setattr(train, "_estimated_f1", lambda t, share, curve=curve: curve.get(t, 0.0))
        assert train.chosen_threshold([np.zeros(1)], np.zeros(1, dtype=bool)) == expected


def test_the_threshold_in_use_stays_while_it_is_nearly_as_good(monkeypatch: pytest.MonkeyPatch):
    train = _training_script()
    curve = {0.35: 0.757, 0.4: 0.760, 0.45: 0.762, 0.5: 0.762, 0.55: 0.755}
    monkeypatch.setattr(train, "_kept_figures", lambda probs, reports, t: (t, 0.0))
    monkeypatch.setattr(train, "_estimated_f1", lambda t, share: curve.get(t, 0.0))
    probs, reports = [np.zeros(1)], np.zeros(1, dtype=bool)
    assert train.chosen_threshold(probs, reports) == 0.45  # smoothed: 0.760 at 0.40, 0.761 at 0.45
    assert train.chosen_threshold(probs, reports, current=0.4) == 0.4  # within HYSTERESIS of the best
    assert train.chosen_threshold(probs, reports, current=0.3) == 0.45  # far from it: the best


def test_the_threshold_reads_the_mean_of_the_cross_validation_runs(monkeypatch: pytest.MonkeyPatch):
    """Two shuffles of the folds whose own bests differ (0.45 and 0.55): their mean estimate picks 0.5."""
    train = _training_script()
    curves = [
        {0.4: 0.78, 0.45: 0.80, 0.5: 0.78, 0.55: 0.74, 0.6: 0.70},
        {0.4: 0.70, 0.45: 0.74, 0.5: 0.78, 0.55: 0.80, 0.6: 0.78},
    ]
    # a run is told by its probabilities' one value: its index in `curves`
    monkeypatch.setattr(train, "_kept_figures", lambda probs, reports, t: (int(probs[0]), t))
    monkeypatch.setattr(train, "_estimated_f1", lambda run, t: curves[run].get(t, 0.6))
    first, second, reports = np.zeros(1), np.ones(1), np.zeros(1, dtype=bool)
    assert train.chosen_threshold([first], reports) == 0.45
    assert train.chosen_threshold([second], reports) == 0.55
    assert train.chosen_threshold([first, second], reports) == 0.5  # smoothed mean: 0.773 against 0.763


def test_training_refuses_fewer_than_one_cross_validation_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """A clear error before any document is read, not a mean over no runs."""
    train = _training_script()
    monkeypatch.setattr(sys, "argv", ["train_report_filter.py", "--repeats", "0"])
    with pytest.raises(SystemExit) as stopped:
        train.main()
    assert stopped.value.code == 2
    assert "--repeats must be at least 1" in capsys.readouterr().err
