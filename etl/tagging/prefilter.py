"""Which cue patterns can match a text at all, told by the first letters of its words.

Every cue starts at the start of a word, so a pattern none of whose matches can begin with the first letters
of any word in the text need not be run over it. Scanning ~60 patterns is most of the tagger's time; most of
them (telecom, captures, disputes...) have nothing to find in a given news item, and a set lookup says so.
A pattern that is run need only be tried at the words that begin with one of its keys (`Words`), not at every
position of the text: one regex with hundreds of alternatives is slow to reject a word it cannot match.

The letters a pattern's matches begin with are read from the regex's parse tree (Python's own `re` parser);
a pattern whose beginning cannot be listed (a character class, a wildcard) is always run.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass

try:  # the parser `re` compiles with; public in all but name since Python 3.0
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse  # type: ignore[no-redef]

KEY_LENGTH = 4  # letters of a word's start compared; longer keys tell more patterns apart but branch more
MAX_KEYS = 256  # an alternative with more possible starts than this is always run
_HEAD = re.compile(rf"(?<!\w)\w{{1,{KEY_LENGTH}}}")  # the first letters of each word
_LITERAL = sre_parse.LITERAL
_ASCII_WORD_CHARS = string.ascii_letters + string.digits + "_"
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


@dataclass(frozen=True, slots=True)
class Words:
    """Where a text's words begin, by their first 1-4 letters (lowercase, `heads`): the prefixes of the heads
    are the keys the text can match. A word whose head is not ASCII (`odd`) is tried for every pattern run,
    whatever its key: ignoring case, the regex engine and str.lower() can disagree on such letters ('ſ'
    matches 's'). `odd` is None when lowering the text moves its offsets ('İ' becomes two characters):
    patterns are then run over the whole text."""

    heads: dict[str, list[int]]
    odd: list[int] | None


def index_words(text: str) -> Words:
    """The offsets of the text's words under their heads."""
    lowered = text.lower()
    heads: dict[str, list[int]] = {}
    for match in _HEAD.finditer(lowered):
        heads.setdefault(match.group(), []).append(match.start())
    if len(lowered) != len(text):
        return Words(heads, None)
    if lowered.isascii():
        return Words(heads, [])
    return Words(heads, [at for head, offsets in heads.items() if not head.isascii() for at in offsets])


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
        char = _key_letter(av)
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
        members = [_set_members(kind, value) for kind, value in av]
        chars = [c for member in members if member is not None for c in member]
        if None in members or not chars:
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


def _key_letter(code: int) -> str:
    """A literal as the letter of a key. Ignoring case, 'ı', 'ſ' and 'İ' match 'i' and 's', which the word
    starts of a text list under those letters: a pattern is keyed only on letters that match no other."""
    char = chr(code)
    if not char.isascii() and re.search(re.escape(char), _ASCII_WORD_CHARS, re.IGNORECASE):
        raise _Unlisted
    return char.lower()


def _set_members(kind: int, value: object) -> list[str] | None:
    """The characters of one member of a character set: a literal, the digits of \\d, a space for \\s and \\W
    (they end the first word); None for what cannot be listed (\\w, a range, a negation)."""
    if kind == _LITERAL:
        return [_key_letter(value)]  # type: ignore[arg-type]
    if kind == sre_parse.CATEGORY and value == sre_parse.CATEGORY_DIGIT:
        return list("0123456789")
    if kind == sre_parse.CATEGORY and value in (sre_parse.CATEGORY_SPACE, sre_parse.CATEGORY_NOT_WORD):
        return [" "]
    return None


def _prefix_only(prefix: str) -> set[str]:
    if not prefix:
        raise _Unlisted
    return {prefix}


def _bounded(keys: set[str]) -> set[str]:
    if len(keys) > MAX_KEYS:
        raise _Unlisted
    return keys
