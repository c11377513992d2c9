"""The scan's prefilter: a cue pattern is skipped, or not tried at a word, only where it cannot match there
(the first letters of words)."""

from __future__ import annotations

import pytest

from etl.evaluation.runner import DEFAULT_REALDATA, SETS
from etl.tagging.lexicon import _matches, load_lexicon
from etl.tagging.prefilter import index_words, leading_keys


def test_leading_keys_list_every_start_a_match_can_have():
    assert leading_keys([r"(?:oil )?refiner(?:y|ies)", r"Su-\d+"]) == {"oil", "refi", "su"}
    assert leading_keys([r"(?<!without )power cuts?", "fire[sd] (?:at|on)"]) == {"powe", "fire"}
    assert leading_keys([r"\d+ ?percent"]) == set("0123456789")
    assert leading_keys(["hit(?:s|ting)?"]) == {"hit", "hits", "hitt"}
    # a beginning that cannot be listed (a class of letters, a pattern that may match nothing): always run
    assert leading_keys([r"\w+-sports", "hospital"]) is None
    assert leading_keys(["(?:a)?"]) is None


def test_leading_keys_never_list_a_letter_another_matches_ignoring_case():
    # 'ſ' matches 's' and 'ı' 'i' when case is ignored; a set with \\w can begin with any letter
    assert leading_keys(["ſtrike"]) is None
    assert leading_keys([r"[\wx]+ strike"]) is None
    assert leading_keys([r"[\sa]b", "caf\u00e9"]) is None
    assert leading_keys(["caf\u00e9"]) == {"caf\u00e9"}


def test_words_are_indexed_under_their_first_letters():
    words = index_words("Su-25 hit the Hitachi")
    assert words.heads == {"su": [0], "25": [3], "hit": [6], "the": [10], "hita": [14]}
    assert words.odd == []
    assert index_words("Kyïv hit").odd == [0] and index_words("ïv İn").odd is None


def _skipped_patterns_never_match(texts: list[str]) -> None:
    """A pattern not run finds nothing; one run finds at the words it is tried at what it finds anywhere."""
    lexicon = load_lexicon()
    for text in texts:
        tried = lexicon._tried_at(text, index_words(text))
        for index, (group, label, rx, _) in enumerate(lexicon._patterns):
            found = [m.span() for m in rx.finditer(text)]
            if index not in tried:
                assert not found, (group, label, text)
            else:
                assert [m.span() for m in _matches(rx, text, tried[index])] == found, (group, label, text)


def test_a_skipped_pattern_could_not_have_matched(seed_document):
    texts = [
        seed_document.text,
        "Russian drones struck an electricity substation in Kharkiv; debris fell on a school.",
        "40% of its long-range strike targets were refineries, Kyiv says. Su-25 downed near Avdiivka.",
        "Ukrainian forces retook Robotyne; the Azov regiment's HQ in Mariupol was shelled.",
        "İSTANBUL: a drone hit the ſubstation; Kyïv’s power plant struck, 40 killed.",
    ]
    _skipped_patterns_never_match(texts)


@pytest.mark.realdata
def test_a_skipped_pattern_could_not_have_matched_on_any_labelled_text():
    if not DEFAULT_REALDATA.is_dir():
        pytest.skip("../shared/realdata is absent")
    texts = [item.document.text for _, loader in SETS.values() for item in loader(DEFAULT_REALDATA)]
    assert len(texts) > 2000
    _skipped_patterns_never_match(texts)
