"""Sentences of a strike's aftermath that report no hit of their own: a death told with no attack, weapon or
debris in its sentence (an obituary in a round-up, a prisoner's death in custody), and a funeral or a
mourners' gathering for those a strike killed (the guide: a death told days after a strike, as the news,
retells the strike). A long round-up tells many such sentences beside its attacks; read as live, each would
add an incident of its own (liveclauses.py asks these)."""

from __future__ import annotations

import re

from etl.tagging.anchors import Sentence
from etl.tagging.lexicon import Cue

# "the singer has died at her home in Paris aged 76", "an activist died in a detention centre": 'died' or
# 'dies' alone, no attack, weapon or debris beside it ("died after a drone struck his car" names the strike)
_DIED = re.compile(r"died|dies", re.IGNORECASE)
# "Funerals were held for some of the 23 people killed on Friday when missiles hit a block", "The funeral
# took place of a man killed when a missile crashed into a grain store", "Mourners gathered in Kyiv to
# commemorate a volunteer killed on a rescue mission", "singers killed in a rocket attack laid to rest side by
# side": the rites held for the dead, not a strike of this report (not "a strike killed 51 at a funeral",
# "shelling hit mourners at a wake", "a day of mourning after 13 killed", "mourners gathered after a strike
# that killed 12": the funeral hit, or the day's own strike)
_MOURNING = re.compile(
    r"\b(?:funerals?|burials?|memorial\s+services?|vigils?)\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been"
    r"|is\s+being|are\s+being)\s+held|took\s+place|takes?\s+place)\b"
    r"|\b(?:gathered|gather|gathers)\s+(?:[\w’'-]+\s+){0,5}?to\s+(?:commemorate|mourn|honou?r|remember)\b"
    r"|\blaid\s+to\s+rest\b"
    # "singers killed in a rocket attack buried side by side", "were buried in graves next to each other",
    # "were buried in the village cemetery": the dead laid in their graves (not "people buried in the
    # rubble", whom the strike buried)
    r"|\bburied\s+(?:side\s+by\s+side|next\s+to\s+each\s+other|together|in\s+(?:[\w-]+\s+)?graves\b"
    r"|(?:at|in)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:cemetery|graveyard|churchyard|grave))\b",
    re.IGNORECASE,
)


def is_bare_death(sentence: Sentence, cue: Cue) -> bool:
    """'died', 'dies' in a sentence that names no attack, weapon or debris: a death, not a strike's toll."""
    return (
        cue.label == "casualties"
        and _DIED.fullmatch(sentence.text_of(cue)) is not None
        and not any(c.group in ("attack", "means", "debris") for c in sentence.cues)
    )


def mourns(sentence: Sentence) -> bool:
    """A funeral held or people gathered to mourn those a strike killed: the strike retold, not reported."""
    return _MOURNING.search(sentence.text) is not None
