"""Which cue patterns can match a text at all, told by the first letters of its words.

Every cue starts at the start of a word, so a pattern none of whose matches can begin with the first letters
of any word in the text need not be run over it. Scanning ~60 patterns is most of the tagger's time; most of
them (telecom, captures, disputes...) have nothing to find in a given news item, and a set lookup says so.

The letters a pattern's matches begin with are read from the regex's parse tree (Python's own `re` parser);
a pattern whose beginning cannot be listed (a character class, a wildcard) is always run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

try:  # the parser `re` compiles with; public in all but name since Python 3.0
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse  # type: ignore[no-redef]

KEY_LENGTH = 4  # letters of a word's start compared; longer keys tell more patterns apart but branch more
MAX_KEYS = 256  # an alternative with more possible starts than this is always run
_WORD = re.compile(r"\w+")
_LITERAL = sre_parse.LITERAL
_ZERO_WIDTH = {sre_parse.ASSERT, sre_parse.ASSERT_NOT, sre_parse.AT}
_REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT} | (
    {sre_parse.POSSESSIVE_REPEAT} if hasattr(sre_parse, "POSSESSIVE_REPEAT") else set()  # Python 3.11+
)


class _Unlisted(Exception):
    """The beginning of an alternative cannot be listed."""


def leading_keys(alternatives: Iterable[str]) -> frozenset[str] | None:
    """Every lowercase word start (1-4 letters) a match of any alternative can begin with, or None when some
    alternative's beginning cannot be listed."""
    keys: set[str] = set()
    for alternative in alternatives:
        try:
            parsed = sre_parse.parse(alternative, re.IGNORECASE)
            found = _starts(list(parsed), "")
        except (_Unlisted, re.error, RecursionError):
            return None
        if "" in found or len(found) > MAX_KEYS:
            return None
        keys |= found
    return frozenset(keys)


def word_starts(text: str) -> set[str]:
    """The first 1-4 letters (lowercase) of every word of the text."""
    starts: set[str] = set()
    for word in _WORD.findall(text.lower()):
        starts.update(word[:n] for n in range(1, KEY_LENGTH + 1))
    return starts


def _starts(items: list, prefix: str) -> set[str]:
    """The prefixes (up to KEY_LENGTH letters, or to the end of the first word) that `items` can produce
    after `prefix`."""
    if len(prefix) >= KEY_LENGTH:
        return {prefix[:KEY_LENGTH]}
    if not items:
        return {prefix}
    op, av = items[0]
    rest = items[1:]
    if op == _LITERAL:
        char = chr(av).lower()
        if not (char.isalnum() or char == "_"):
            return {prefix}  # the first word ends here
        return _starts(rest, prefix + char)
    if op in _ZERO_WIDTH:
        return _starts(rest, prefix)
    if op == sre_parse.SUBPATTERN:
        return _starts(list(av[-1]) + rest, prefix)
    if op == sre_parse.BRANCH:
        return _bounded(set().union(*(_starts(list(branch) + rest, prefix) for branch in av[1])))
    if op == sre_parse.IN:
        chars = [c for kind, value in av for c in _set_members(kind, value)]
        if any(kind not in (_LITERAL, sre_parse.CATEGORY) for kind, _ in av) or not chars:
            return _prefix_only(prefix)
        return _bounded(set().union(*(_starts([(_LITERAL, ord(c)), *rest], prefix) for c in chars)))
    if op in _REPEATS:
        low, high, body = av
        once = list(body)
        # after one pass of a repeat that may run again the next letters are unknown: stop there
        taken = _starts(once + (rest if high == 1 else []), prefix)
        if low == 0:
            taken |= _starts(rest, prefix)
        return _bounded(taken)
    return _prefix_only(prefix)


def _set_members(kind: int, value: object) -> list[str]:
    """The characters of one member of a character set: a literal, or the digits of \\d (else none)."""
    if kind == _LITERAL:
        return [chr(value).lower()]  # type: ignore[arg-type]
    if kind == sre_parse.CATEGORY and value == sre_parse.CATEGORY_DIGIT:
        return list("0123456789")
    return []


def _prefix_only(prefix: str) -> set[str]:
    if not prefix:
        raise _Unlisted
    return {prefix}


def _bounded(keys: set[str]) -> set[str]:
    if len(keys) > MAX_KEYS:
        raise _Unlisted
    return keys
