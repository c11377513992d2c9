"""The words every match of a pattern holds, for the cue patterns whose first letters cannot be listed.

'(?:\\w+-)?sports complex' can begin with any word, so the prefilter (prefilter.py) cannot skip it, yet none
of its matches lacks 'sports complex': a text without those words need not be scanned. A pattern's requirement
is read from its parse tree as a formula of literal runs (each must occur in the lowercased text), 'and' over
the items of a sequence, 'or' over the branches of an alternation; lookarounds count, as what they assert is
in the text too. Only ASCII runs are taken, and a text holding a letter that matches an ASCII one only when
case is ignored ('ſ', 'ı', 'İ', the Kelvin sign) is always scanned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

try:  # the parser `re` compiles with; public in all but name since Python 3.0
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_parse  # type: ignore[no-redef]

# Letters that match an ASCII letter ignoring case though str.lower() does not give that letter
# (tests/test_required.py checks the list against every character)
FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_MIN_RUN = 3  # shorter runs (' ', 'of') are in nearly every text and tell nothing


@dataclass(frozen=True, slots=True)
class Required:
    """All of `all_of` and, for each group in `any_of`, one of its members."""

    all_of: tuple[str | Required, ...]
    any_of: tuple[tuple[str | Required, ...], ...] = ()

    def found_in(self, lowered: str) -> bool:
        """Whether the lowercased text holds what every match needs."""
        return all(_holds(part, lowered) for part in self.all_of) and all(
            any(_holds(part, lowered) for part in group) for group in self.any_of
        )


def required(pattern: str) -> Required | None:
    """What every match of the pattern (compiled ignoring case) holds; None when nothing can be told."""
    try:
        return _sequence(list(sre_parse.parse(pattern, re.IGNORECASE)))
    except (re.error, RecursionError):
        return None


def may_match(requirement: Required | None, text: str) -> bool:
    """False only when the text lacks what every match needs."""
    if requirement is None or not (text.isascii() or FOLDS_TO_ASCII.isdisjoint(text)):
        return True
    return requirement.found_in(text.lower())


def _holds(part: str | Required, lowered: str) -> bool:
    return part in lowered if isinstance(part, str) else part.found_in(lowered)


def _sequence(items: list) -> Required | None:
    """The requirement of a sequence: each of its literal runs and of its items' requirements."""
    parts: list[str | Required] = []
    groups: list[tuple[str | Required, ...]] = []
    run = ""
    for op, av in [*items, (None, None)]:
        if op == sre_parse.LITERAL and chr(av).isascii():
            run += chr(av).lower()
            continue
        if len(run) >= _MIN_RUN:
            parts.append(run)
        run = ""
        if op == sre_parse.BRANCH:
            branches = [_sequence(list(branch)) for branch in av[1]]
            if None not in branches:
                groups.append(tuple(_simplest(b) for b in branches))  # type: ignore[arg-type]
        elif (inner := _inner(op, av)) is not None and (found := _sequence(inner)) is not None:
            parts.append(_simplest(found))
    return Required(tuple(parts), tuple(groups)) if parts or groups else None


def _inner(op: object, av: object) -> list | None:
    """The items an item requires of the text: a group's, a repeat's that runs at least once, a lookaround's
    that asserts (not one that negates)."""
    if op == sre_parse.SUBPATTERN:
        return list(av[-1])  # type: ignore[index]
    if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and av[0] >= 1:  # type: ignore[index]
        return list(av[2])  # type: ignore[index]
    if op == sre_parse.ASSERT:
        return list(av[1])  # type: ignore[index]
    return None


def _simplest(requirement: Required) -> str | Required:
    """A requirement of one literal run as that run."""
    if len(requirement.all_of) == 1 and not requirement.any_of and isinstance(requirement.all_of[0], str):
        return requirement.all_of[0]
    return requirement
