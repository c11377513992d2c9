"""Which sentences have an attack told beside them. An impact with no attack word of its own (a blackout, a
death, a fire) reports an incident only where the text reports an attack (liveclauses.live_attack_clauses);
in a long text an attack told paragraphs away is not what caused it: an interview on satellite
terminals that recalls 'the night we lost power, I called him', a column on a utility's bills after 'an
outage last winter', each in a text that names a strike somewhere else. The attack must be told in the
sentence itself or in the one before or after it ('Drones hit the substation overnight. The city has no
light.'). An attack word inside a figurative phrase ('morgues and hospitals overwhelmed after temperatures hit
45C', 'shops hit by the war') tells no attack, so none beside a death told with it."""

from __future__ import annotations

from bisect import bisect_left

from etl.tagging.lexicon import Cue, within

NEAR_SENTENCES = 1  # sentences before and after the one at hand whose attack words count for it


def attack_beside(spans: list[tuple[int, int]], cues: list[Cue]) -> list[bool]:
    """For each sentence span, whether an attack cue outside any figurative phrase lies in it or within
    NEAR_SENTENCES of it (`cues` in text order)."""
    figures = [c for c in cues if c.group == "figurative"]
    starts = [c.start for c in cues if c.group == "attack" and not within(c, figures)]
    told = [bisect_left(starts, start) < bisect_left(starts, end) for start, end in spans]
    return [any(told[max(0, i - NEAR_SENTENCES) : i + NEAR_SENTENCES + 1]) for i in range(len(spans))]
