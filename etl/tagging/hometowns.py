"""A country named as whose person a struck town is the home of ("The home city of Ukraine's Eurovision
performer was bombed", "shelling the home town of Ukraine's entrants"): the town lies in that country, the
attack's scene at country precision. Read by attackedcountry.py for an attack the text places nowhere else."""

from __future__ import annotations

import re

from etl.tagging.anchors import Anchor, Located, Sentence
from etl.tagging.lexicon import Cue

# "the home town of", "the native village of": a settlement someone is from, right before the country
_HOME_OF = re.compile(
    r"\b(?:home\s*towns?|home\s+cit(?:y|ies)|home\s+villages?|native\s+(?:towns?|cit(?:y|ies)|villages?)"
    r"|birthplace)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ... whose person the country's possessive names ("Ukraine's entrants")
_POSSESSIVE = re.compile(r"['’]s\b")
HOME_REACH = 40  # characters before the country searched for the home town


def struck_home_town(sentence: Sentence, attacks: list[Cue | Anchor], loc: Located) -> bool:
    """The country names, by its possessive, whose the home town an attack of the same clause struck."""
    return (
        loc.mention.kind == "country"
        and sentence.match_at(loc.mention.end, _POSSESSIVE) is not None
        and sentence.before(loc.mention, _HOME_OF, HOME_REACH) is not None
        and any(sentence.clause_of(c.start) == loc.clause for c in attacks)
    )
