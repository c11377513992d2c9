"""The scan's prefilter: a cue pattern is skipped only where it cannot match (the first letters of words)."""

from __future__ import annotations

import pytest

from etl.evaluation.runner import DEFAULT_REALDATA, SETS
from etl.tagging.lexicon import load_lexicon
from etl.tagging.prefilter import leading_keys, word_starts


def test_leading_keys_list_every_start_a_match_can_have():
    assert leading_keys([r"(?:oil )?refiner(?:y|ies)", r"Su-\d+"]) == {"oil", "refi", "su"}
    assert leading_keys([r"(?<!without )power cuts?", "fire[sd] (?:at|on)"]) == {"powe", "fire"}
    assert leading_keys([r"\d+ ?percent"]) == set("0123456789")
    assert leading_keys(["hit(?:s|ting)?"]) == {"hit", "hits", "hitt"}
    # a beginning that cannot be listed (a class of letters, a pattern that may match nothing): always run
    assert leading_keys([r"\w+-sports", "hospital"]) is None
    assert leading_keys(["(?:a)?"]) is None


def test_word_starts_are_lowercase_prefixes_of_every_word():
    assert word_starts("Su-25 hit") == {"s", "su", "2", "25", "h", "hi", "hit"}


def _skipped_patterns_never_match(texts: list[str]) -> None:
    lexicon = load_lexicon()
    for text in texts:
        starts = word_starts(text)
        for group, label, rx, keys in lexicon._patterns:
            if keys is not None and keys.isdisjoint(starts):
                assert rx.search(text) is None, (group, label, text)


def test_a_skipped_pattern_could_not_have_matched(seed_document):
    texts = [
        seed_document.text,
        "Russian drones struck an electricity substation in Kharkiv; debris fell on a school.",
        "40% of its long-range strike targets were refineries, Kyiv says. Su-25 downed near Avdiivka.",
        "Ukrainian forces retook Robotyne; the Azov regiment's HQ in Mariupol was shelled.",
    ]
    _skipped_patterns_never_match(texts)


@pytest.mark.realdata
def test_a_skipped_pattern_could_not_have_matched_on_any_labelled_text():
    if not DEFAULT_REALDATA.is_dir():
        pytest.skip("../shared/realdata is absent")
    texts = [item.document.text for _, loader in SETS.values() for item in loader(DEFAULT_REALDATA)]
    assert len(texts) > 2000
    _skipped_patterns_never_match(texts)
