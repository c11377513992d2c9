"""A barrage's country: 'Moscow's 18-hour aerial barrage of Ukraine killed at least 32 civilians' names the
country the barrage fell on after 'of', as 'strikes on Ukraine' does after 'on' (attackedcountry.py)."""

from __future__ import annotations

import re

from etl.tagging.anchors import Anchor, Sentence
from etl.tagging.lexicon import Cue
from etl.tagging.scenes import DIRECTION

_BARRAGE = re.compile(r"(?:barrages?|bombardments?|shelling|bombings?)$", re.IGNORECASE)
_OF_GAP = re.compile(rf"\s+of\s+(?:the\s+)?(?:{DIRECTION}\s+)?", re.IGNORECASE)
# "in his bombardment of Ukraine", "their shelling of Russia": a side's campaign, told by its pronoun, no one
# attack of this report
_CAMPAIGN_OWNER = re.compile(r"\b(?:his|her|its|their)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
CAMPAIGN_OWNER_REACH = 30  # characters before the barrage word searched for its pronoun


def barrage_of(sentence: Sentence, cue: Cue | Anchor, gap: str) -> bool:
    """The attack word is a barrage, `gap` after it is 'of' and the country follows, and no pronoun owns the
    barrage ('an aerial barrage of Ukraine')."""
    return bool(
        _BARRAGE.search(sentence.text_of(cue))
        and _OF_GAP.fullmatch(gap)
        and not sentence.search_before(cue.start, _CAMPAIGN_OWNER, CAMPAIGN_OWNER_REACH)
    )
