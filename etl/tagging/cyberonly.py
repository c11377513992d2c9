"""A cyber attack counts as an incident only where it names what it hit or put out of action.

Hacking campaigns are told as a trend or a threat with no target of the taxonomy ('hackers deploy new
malware in attacks against Ukraine', 'a hacking group targets government bodies', 'researchers warn of
cyber attacks'): a cyber incident left with no target type and no outcome is such a campaign, not an
attack on infrastructure. A hack with an outcome ('cyber-attacks bring down Ukrainian websites', 'a
cyberattack hits Kyiv', 'an app was targeted by hackers') or with a named target (a telecom operator,
the grid) stays an incident.
"""

from __future__ import annotations

import re

from etl.models import Incident

# What a hack did to its target: taken down, knocked out, disrupted, hit; or a victim that suffered one
# ('an app was targeted by hackers', 'the ministry's servers were hacked').
_OUTCOME = re.compile(
    r"\b(?:(?:was|were|is|are|been) (?:targeted|attacked|hacked|breached)|hacked|"
    r"br(?:ing|ings|inging|ought) down|t(?:ake|akes|aking|ook|aken) down|knock(?:s|ed|ing)? out|"
    r"disrupt(?:s|ed|ing|ion)?|paraly[sz](?:e|es|ed|ing)|outages?|offline|hit|hits|crippl(?:e|es|ed|ing))\b",
    re.IGNORECASE,
)


def untargeted_hack(incident: Incident) -> bool:
    """True for a cyber incident whose target the rules left unspecified and whose sentence tells no
    outcome."""
    return (
        incident.means == "cyber"
        and incident.target_type == "unspecified"
        and not _OUTCOME.search(incident.evidence)
    )
