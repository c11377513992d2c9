"""Casualty figures stated in a clause: 'killed two', 'at least 14 injured', 'three people were wounded'."""

from __future__ import annotations

import re

NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ]
    )
} | {"a": 1, "an": 1, "dozens": 24, "dozen": 12, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}

_NUM = r"(?P<n>\d{1,4}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"
_KILLED = r"(?:killed|killing|dead|died|deaths?|lives)"
_INJURED = r"(?:injured|injuring|wounded|wounding|hurt|injuries)"
_PEOPLE = (
    r"(?:\s+(?:more\s+)?(?:people|persons|civilians|residents|children|workers|others|men|women|employees))?"
)


def _patterns(verb: str) -> tuple[re.Pattern[str], ...]:
    return (
        # "killed two people", "killing at least 14"
        re.compile(
            rf"\b{verb}\s+(?:at least\s+|about\s+|some\s+|nearly\s+|over\s+|more than\s+)?{_NUM}\b"
            r"(?!\s*(?:%|percent|km|miles))",
            re.I,
        ),
        # "two people were killed", "at least 14 injured", "14 people have been wounded"
        re.compile(rf"\b{_NUM}{_PEOPLE}\s+(?:(?:were|was|have been|had been|are|got)\s+)?{verb}\b", re.I),
    )


KILLED_PATTERNS = _patterns(_KILLED)
INJURED_PATTERNS = _patterns(_INJURED)


def _count(text: str, patterns: tuple[re.Pattern[str], ...]) -> int | None:
    for rx in patterns:
        m = rx.search(text)
        if m:
            word = m.group("n").lower()
            return int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    return None


def casualty_counts(clause: str) -> tuple[int | None, int | None]:
    """(killed, injured) stated in the clause, None where not stated."""
    return _count(clause, KILLED_PATTERNS), _count(clause, INJURED_PATTERNS)
