"""The words every match of a cue pattern holds: a text without them is not scanned for it."""

from __future__ import annotations

import re

from etl.tagging.required import FOLDS_TO_ASCII, may_match, required


def test_a_pattern_requires_its_literal_runs_and_one_branch_of_each_alternation():
    needs = required(r"(?:\w+-)?sports (?:complex|centre)s?")
    assert not may_match(needs, "A sports day in Kyiv")
    assert may_match(needs, "the Olympic-sports centre was hit")
    assert required(r"\w+ (?:of|a)") is None  # nothing long enough to tell


def test_a_lookbehind_is_required_and_a_negative_one_is_not():
    assert not may_match(required(r"(?<=shot down )(?!the )jets?"), "jets shot at")
    assert may_match(required(r"(?<!not )jets?"), "jets")


def test_letters_that_match_ascii_only_ignoring_case_always_scan():
    assert may_match(required("sports centre"), "ſports centre")
    others = "".join(chr(i) for i in range(128, 0x110000) if not 0xD800 <= i < 0xE000)
    folding = {c for c in re.findall(r"[a-z0-9_]", others, re.IGNORECASE) if not c.isascii()}
    folding |= {c for c in others if any(lower.isascii() for lower in c.lower())}
    assert folding == FOLDS_TO_ASCII
