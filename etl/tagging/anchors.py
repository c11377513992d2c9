"""Anchors: the words of a sentence that report an incident (a named target or a bare attack), and the
sentence model the tagger's other steps share (liveclauses.py: clauses that report an attack, bare attacks;
captures.py: settlements taken; targets.py: named targets hit; references.py and scenes.py: where).

A sentence is a list of clauses; cue words attach to the anchor of their own clause first. Hedged words
("potential assaults", "could strike", is_hedged) report nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Protocol

from etl.gazetteer import Place, PlaceMention
from etl.tagging.lexicon import Cue

HEDGE_REACH = 40  # characters before an attack/target within which a hedge word takes it back
MODAL_REACH = 80  # ... and a modal verb ('will', 'could') its verb phrase
_MODAL = re.compile(r"will|would|could|might", re.IGNORECASE)
OWN_VERB = re.compile(r"\b(?:that|which|who|when|where|since|because|as)\b", re.IGNORECASE)
BACKGROUND_REACH = 30  # ... and a background word ('previously', 'since 2014') puts it in the past
LOCATING_REACH = 15  # "shelled near Vovchansk": an attack this close before "near" locates the event there
# A hedge does not reach past these: "fears after shelling at the plant" -- the shelling took place.
_FACTUAL_LINK = re.compile(r"\b(?:after|following|amid)\b", re.IGNORECASE)


class Span(Protocol):
    """Anything with an absolute start and end in the text: a cue, a place mention, an anchor."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(slots=True)
class Located:
    """A place mention in a sentence, resolved, with its clause."""

    mention: PlaceMention
    place: Place
    clause: int
    reference: bool = False  # "Moscow says", "the previously seized city of X": X is not a scene
    near: bool = False  # "near X": X locates an incident only when nothing closer does
    origin: bool = False  # "missiles launched from X": where weapons set out, never the story's scene after
    # "Ukraine says": a country that speaks of what it suffered, the scene when nothing else is named
    # (not "Russia says it struck": a self-claim is the attacker's)
    speaker: bool = False
    capital: bool = False  # a country's capital, which can stand for its state ("Moscow renews air attacks")


@dataclass(slots=True)
class Anchor:
    """Where an incident is reported: its type, position, clause and the places assigned to it."""

    target_type: str
    start: int
    end: int
    clause: int
    places: list[Located] = field(default_factory=list)
    words: list[Cue] = field(default_factory=list)


@dataclass(slots=True)
class Sentence:
    """One sentence: absolute span, text, cues and places, and clause boundaries."""

    start: int
    end: int
    text: str
    cues: list[Cue]
    located: list[Located]
    clause_bounds: list[int]
    anchored_clauses: set[int] = field(default_factory=set)

    def clause_of(self, offset: int) -> int:
        """Index of the clause holding an absolute offset."""
        return bisect_right(self.clause_bounds, offset) - 1

    def clause_span(self, clause: int) -> tuple[int, int]:
        """Offsets of a clause relative to the sentence text."""
        bounds = [*self.clause_bounds, self.end]
        return bounds[clause] - self.start, bounds[clause + 1] - self.start

    def cues_of(self, group: str) -> list[Cue]:
        return [c for c in self.cues if c.group == group]

    def text_of(self, cue: Cue) -> str:
        """The words of a cue."""
        return self.text[cue.start - self.start : cue.end - self.start]

    def before(self, span: Span, pattern: re.Pattern[str], reach: int) -> re.Match[str] | None:
        """The pattern searched in the `reach` characters right before a cue or mention (a pattern ending
        in '$' ends at it): what the words just before it say of it ('near the', 'foiled an attack on')."""
        return self.search_before(span.start, pattern, reach)

    def after(self, span: Span, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The pattern matched right after a cue or mention ('... were closed', '... said')."""
        return self.match_at(span.end, pattern)

    def search_before(self, offset: int, pattern: re.Pattern[str], reach: int) -> re.Match[str] | None:
        """As `before`, for an absolute offset of the text."""
        end = offset - self.start
        return pattern.search(self.text, max(0, end - reach), end)

    def match_at(self, offset: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The pattern matched from an absolute offset of the text."""
        return pattern.match(self.text, offset - self.start)

    def search_between(self, lo: int, hi: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The pattern searched in the text between two absolute offsets (a break between two words)."""
        return pattern.search(self.text, lo - self.start, hi - self.start)

    def fullmatch_between(self, lo: int, hi: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """The pattern matching exactly the text between two absolute offsets (the gap between two words)."""
        return pattern.fullmatch(self.text, lo - self.start, hi - self.start)


def preceded_by(cues: list[Cue], position: int, reach: int, lo: int) -> bool:
    """One of the cues ends at most `reach` characters before `position`, not before offset `lo`."""
    return any(lo <= c.end <= position and position - c.end <= reach for c in cues)


# "has not determined whether Russia was behind an explosion that damaged the dam", "if Russia is to blame for
# the dam destroyed": a doubt of who made the attack, not of whether there was one
_ASKED = re.compile(r"whether|if", re.IGNORECASE)
_WHO_DID = re.compile(r"\b(?:behind|to\s+blame\s+for|responsible\s+for)\b", re.IGNORECASE)


def _asks_who(sentence: Sentence, hedge: Cue, cue_start: int) -> bool:
    """The hedge is 'whether' or 'if' and the attack follows the question of who was behind it."""
    return bool(
        _ASKED.fullmatch(sentence.text_of(hedge)) and sentence.search_between(hedge.end, cue_start, _WHO_DID)
    )


def is_hedged(sentence: Sentence, cue_start: int) -> bool:
    """A hedge word shortly before the cue, in the same clause ("potential assaults", "could be hit")."""
    lo = sentence.clause_bounds[sentence.clause_of(cue_start)]
    hedges = [
        h
        for h in sentence.cues_of("hedge")
        if not sentence.search_between(h.end, cue_start, _FACTUAL_LINK)
        and not _asks_who(sentence, h, cue_start)
    ]
    if preceded_by(hedges, cue_start, HEDGE_REACH, lo):
        return True
    # "will launch a drone onslaught this winter, targeting border regions": a modal governs its whole verb
    # phrase, up to a clause of its own ("will pay for the strike that killed ...")
    modals = [
        h
        for h in hedges
        if _MODAL.fullmatch(sentence.text_of(h)) and not sentence.search_between(h.end, cue_start, OWN_VERB)
    ]
    return preceded_by(modals, cue_start, MODAL_REACH, lo)
