"""A prison named as where a person is held or punished, a home as where a person died: "threatened anyone
convicted of the attack with death in prison", "an activist died in a detention centre in Rostov-on-Don",
"sentenced to 15 years in a penal colony". The prison says what became of a person, not what an attack hit
(as the hospital the wounded were taken to, targetroles._is_patients_hospital); "a missile hit the prison"
names no person before it and stays. So is the home of a death told with no attack after it: "the singer has
died at her home in Paris aged 76", "he died on Monday at his family home" (an obituary in a news round-up),
not "died at her home when a shell hit it". targetroles.plays_other_role asks this with the other roles.
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


_HOME = re.compile(r"(?:home|house|apartment|flat|residence)s?", re.IGNORECASE)
_DIED_AT_BEFORE = re.compile(
    r"(?<![\w-])(?:died|dies|passed\s+away)\s+(?:[\w’'-]+\s+){0,3}?(?:at|in)\s+(?:his|her|their)\s+"
    r"(?:(?:family|own)\s+)?$",
    re.IGNORECASE,
)
DIED_AT_WINDOW = 60  # characters before a home word searched for 'died at his'


def is_home_of_death(sentence: Sentence, cue: Cue) -> bool:
    """'has died at her home in Paris': where a person died, with no attack told after it."""
    return bool(
        cue.label == "residential"
        and _HOME.fullmatch(sentence.text_of(cue))
        and sentence.before(cue, _DIED_AT_BEFORE, DIED_AT_WINDOW)
        and not any(a.start > cue.end for a in sentence.cues_of("attack"))
    )
