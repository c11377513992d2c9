"""The tagger's vocabulary, compiled once from the data files taxonomy.toml and lexicon.toml."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise

from etl.tagging.prefilter import Words, index_words, leading_keys
from etl.tagging.required import Required, may_match, required

# Cue groups of lexicon.toml whose entries carry no label of their own.
FLAT_GROUPS = (
    "attack",
    "capture",
    "hedge",
    "accident",
    "crime",
    "judged",
    "mishap",
    "figurative",
    "trend",
    "no_event",
    "managed_outage",
    "debris",
    "background",
    "aggregate",
    "interception",
    "near",
    "border_story",
    "venue",
    "actor",
    "state_act",
    "attacker",
    "claimed",
    "disputed",
)
# Groups whose entries are keyed by a label (means -> drone, impacts -> fire).
LABELLED_GROUPS = ("means", "impacts")


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue word found in the text: its group, label (target type, means, impact) and span."""

    group: str
    label: str
    start: int
    end: int


def within(cue: Cue, phrases: list[Cue]) -> bool:
    """Whether the cue's words lie inside one of the phrases ('hit' inside 'temperatures hit 45C', 'destroyed'
    inside 'destroyed the drones'): a word a longer phrase has read belongs to that phrase's meaning."""
    return any(p.start <= cue.start and cue.end <= p.end for p in phrases)


@dataclass(frozen=True, slots=True)
class TargetType:
    """One leaf of the taxonomy."""

    target_type: str
    target_category: str
    label: str
    # the regions (ISO 3166-2) where a bare attack in a story that names the type takes it (border_region)
    regions: frozenset[str] = frozenset()


def _compile(patterns: list[str]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    alternation = "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))
    # \b first: the engine rejects a position inside a word before trying the lookbehind (about 5% faster)
    return re.compile(rf"\b(?<![\w-])(?:{alternation})(?![\w])", re.IGNORECASE)


# Word starts found in nearly every news text: a pattern that can begin with one runs over nearly every text
COMMON_STARTS = frozenset(
    (  # noqa: SIM905 (as a list literal, one word a line: 30 lines)
        "a an and are as at be by for from had has hav his in is it its of on over the that this to was were "
        "with"
    ).split()
)


def _keyed_on_rare_words(pattern: str) -> bool:
    """Every word start a match can begin with is three letters or more and none of COMMON_STARTS."""
    keys = leading_keys([pattern])
    return keys is not None and all(len(k) >= 3 and k not in COMMON_STARTS for k in keys)


def _read_toml(name: str) -> dict:
    return tomllib.loads(resources.files("etl.data").joinpath(name).read_text(encoding="utf-8"))


class Lexicon:
    """Compiled cue patterns; `scan` finds every cue of every group in one text."""

    def __init__(self, taxonomy: dict, lexicon: dict) -> None:
        self.types: dict[str, TargetType] = {}
        # (group, label, pattern, the word starts its matches begin with; None: always run it)
        self._patterns: list[tuple[str, str, re.Pattern[str], frozenset[str] | None]] = []
        for category, spec in taxonomy.items():
            for type_code, type_spec in spec.get("types", {}).items():
                self.types[type_code] = TargetType(
                    type_code, category, type_spec["label"], frozenset(type_spec.get("regions", ()))
                )
                self._add("target", type_code, type_spec.get("cues", []))
        for group in FLAT_GROUPS:
            self._add(group, group, lexicon[group])
        for group in LABELLED_GROUPS:
            for label, patterns in lexicon[group].items():
                self._add(group, label, patterns)
        # key -> the patterns (by index) keyed on it; the patterns that have no keys, with what they require
        self._keyed: dict[str, list[int]] = {}
        self._unkeyed: dict[int, Required | None] = {}
        for index, (*_, rx, keys) in enumerate(self._patterns):
            for key in keys or ():
                self._keyed.setdefault(key, []).append(index)
            if keys is None:
                self._unkeyed[index] = required(rx.pattern)
        self.means_order: tuple[str, ...] = tuple(lexicon["means"])
        self.capture_gap = re.compile(lexicon["capture_gap"], re.IGNORECASE)
        self.capture_passive_gap = re.compile(lexicon["capture_passive_gap"], re.IGNORECASE)

    def _add(self, group: str, label: str, patterns: list[str]) -> None:
        """The group's patterns as two regexes: those keyed on rarer words ('repeatedly', 'anniversary'),
        which the prefilter mostly skips, and those that can begin with a common one ('in', 'the', a digit),
        which run over nearly every text; one regex of both would run the rare ones over nearly every text."""
        rare: list[str] = []
        common: list[str] = []
        for pattern in patterns:
            (rare if _keyed_on_rare_words(pattern) else common).append(pattern)
        for part in (rare, common):
            compiled = _compile(part)
            if compiled is not None:
                self._patterns.append((group, label, compiled, leading_keys(part)))

    def scan(self, text: str) -> list[Cue]:
        """Every cue in the text, sorted by position; overlapping target cues keep the longest."""
        tried = self._tried_at(text, index_words(text))
        cues = [
            Cue(group, label, m.start(), m.end())
            for index, (group, label, rx, _) in enumerate(self._patterns)
            if index in tried
            for m in _matches(rx, text, tried[index])
        ]
        cues.sort(key=lambda c: (c.start, -(c.end - c.start)))
        return _drop_modifiers(text, _drop_overlapping_targets(cues))

    def _tried_at(self, text: str, words: Words) -> dict[int, list[int] | None]:
        """The patterns to run (by index): those with no keys whose required words the text holds and those
        keyed on a word start of the text, each with the offsets of the words to try it at (None:
        everywhere)."""
        tried: dict[int, list[int] | None] = {
            index: None for index, needs in self._unkeyed.items() if may_match(needs, text)
        }
        for head, offsets in words.heads.items():
            for n in range(1, len(head) + 1):
                for index in self._keyed.get(head[:n], ()):
                    tried.setdefault(index, []).extend(offsets)  # type: ignore[union-attr]
        if words.odd is None:
            return dict.fromkeys(tried)
        if words.odd:
            for offsets in tried.values():
                if offsets is not None:
                    offsets.extend(words.odd)
        return tried


def _matches(rx: re.Pattern[str], text: str, offsets: list[int] | None) -> Iterator[re.Match[str]]:
    """What rx.finditer(text) finds, tried only at the given offsets (None: everywhere), which hold every
    offset a match can begin at."""
    if offsets is None:
        yield from rx.finditer(text)
        return
    end = 0
    for offset in sorted(set(offsets)):
        if offset >= end and (match := rx.match(text, offset)):
            end = match.end()
            yield match


def _drop_overlapping_targets(cues: list[Cue]) -> list[Cue]:
    """'oil refinery' is one target, not a refinery plus something else: the longest target cue wins."""
    kept: list[Cue] = []
    last_target_end = -1
    for cue in cues:
        if cue.group == "target":
            if cue.start < last_target_end:
                continue
            last_target_end = cue.end
        kept.append(cue)
    return kept


# Target cues that open with a preposition or verb ("near the border", "without power", "cut off from power")
# follow a target without being its head.
_PHRASE_NOT_NOUN = re.compile(
    r"(?:near|along|across|on|in|at|without|no|from|to|bordering|cut|plung\w*|left|cross-border)\b",
    re.IGNORECASE,
)


# "road and rail bridge", "road-and-rail link": two target words joined before a head both say its kind
_JOINED = re.compile(r"\s*(?:-|\s)(?:and|or|&)(?:-|\s)\s*|\s*/\s*", re.IGNORECASE)


def _drop_modifiers(text: str, cues: list[Cue]) -> list[Cue]:
    """'railway hospital', 'port warehouse': a target word right before another only says which kind the
    second is, so the second one, the head of the phrase, is the target. So too for two target words joined
    by 'and' before a head, the first a single word ('the road and rail bridge': a bridge carrying both, not a
    road and a railway)."""
    targets = [c for c in cues if c.group == "target"]
    modifiers = {
        id(first)
        for first, second in pairwise(targets)
        if second.start > first.end
        and not text[first.end : second.start].strip()
        and not _PHRASE_NOT_NOUN.match(text, second.start)
    }
    # (a first that is a noun phrase stays: 'a residential area and memorial park')
    modifiers |= {
        id(first)
        for first, second in pairwise(targets)
        if id(second) in modifiers
        and _JOINED.fullmatch(text, first.end, second.start)
        and " " not in text[first.start : first.end]
    }
    return [c for c in cues if id(c) not in modifiers] if modifiers else cues


@cache
def load_lexicon() -> Lexicon:
    """The lexicon of the packaged data files, compiled once per process."""
    return Lexicon(_read_toml("taxonomy.toml"), _read_toml("lexicon.toml"))
