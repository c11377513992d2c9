"""A prison named as where a person is held or punished: "threatened anyone convicted of the attack with death
in prison", "an activist died in a detention centre in Rostov-on-Don", "sentenced to 15 years in a penal
colony". The prison says what became of a person, not what an attack hit (as the hospital the wounded were
taken to, targetroles._is_patients_hospital); "a missile hit the prison" names no person before it and stays.
targetroles.plays_other_role asks this with the other roles.
"""

from __future__ import annotations

import re

from etl.tagging.anchors import Sentence
from etl.tagging.lexicon import Cue

_PRISON = re.compile(
    r"(?:pre-trial\s+)?(?:prisons?|penal\s+colon(?:y|ies)|correctional\s+(?:facility|facilities|colony|colonies)"
    r"|detention\s+(?:centre|center|facility|facilities)s?)",
    re.IGNORECASE,
)
# the words of a sentence, of a death or of custody right before it: 'death in', 'years in a', 'held at the'
_INMATE_BEFORE = re.compile(
    r"(?<![\w-])(?:death|life|years?|months?|died|dies|die|held|detained|jailed|imprisoned|incarcerated"
    r"|sentenced|serving|languish(?:es|ed|ing)?|locked\s+up|behind\s+bars)"
    r"\s+(?:[\w’'-]+\s+){0,2}?(?:in|at|to|inside)\s+(?:a\s+|the\s+|an\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
INMATE_WINDOW = 60  # characters before a prison word searched for 'died in a'


def is_inmates_prison(sentence: Sentence, cue: Cue) -> bool:
    """'death in prison', 'died in a detention centre': where a person is held, not a target hit."""
    return bool(
        cue.label == "administrative"
        and _PRISON.fullmatch(sentence.text_of(cue))
        and sentence.before(cue, _INMATE_BEFORE, INMATE_WINDOW)
    )
