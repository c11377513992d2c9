"""Headlines that frame a story as a feature, not as news of an attack: an ongoing way of waging war told in
the progressive ('Ukraine is hitting Russian forces hard in the regions Moscow wants', 'Russian jets are
reportedly ambushing Ukrainian pilots', 'How Ukrainian DIY drones are taking out Russian tanks'). A news
headline tells an attack in the simple tense ('Russia shells Kharkiv', 'Drones hit Moscow'); the progressive
is the tense of a trend, an analysis or an opinion, whose attacks are a kind of thing, not one event (the
guide: no incident without one attack the item reports as having happened). A settlement or region named as
the verb's object makes it a report again ('Ukrainian forces are attacking Bakhmut'), and only the headline is
judged so: in a body, 'Russian forces are shelling the town, the mayor said' reports a live attack.
So does a headline about a kind of weapon by how it is made or guided ('Ukraine's homemade drones hit Russian
forces', 'How precision FPV drone strikes turn Russian tanks into fireballs', 'AI drones seek and attack
Russian forces'): a story of the technology, unless it names the settlement or region they struck.

    feature_headline(headline, place_starts)  # True: the headline reports no attack of its own
"""

from __future__ import annotations

import re

# An attack verb in the progressive, after its auxiliary and at most an adverb ('is hitting', 'are reportedly
# ambushing', 'was attacking'); not 'firing' ('Russia is firing hypersonic missiles into Ukraine' tells the
# weapon's use, as reports of the strikes do) nor a passive ('is being shelled': the place under fire now)
_PROGRESSIVE_ATTACK = re.compile(
    r"\b(?:is|are|was|were)\s+(?:[a-z]+ly\s+|now\s+|still\s+)?"
    r"(?:hitting|attacking|bombing|targeting|targetting|shelling|striking|destroying|taking\s+out|ambushing"
    r"|pounding|blowing\s+up|raiding)\b",
    re.IGNORECASE,
)
# Before the verb in its part of the headline, a clause of another verb, which may tell an attack ('fired 76
# missiles at Kyiv, and were targeting the grid') or hold the progressive as what someone fears ('a rise in
# drone attacks is sparking concern that Moscow is targeting power stations')
_CLAUSE_BEFORE = re.compile(r",|\bthat\b", re.IGNORECASE)
# Characters after the verb within which a named place is its object ('are attacking Bakhmut', 'is shelling
# the city of Kharkiv'; not 'is hitting Russian forces hard in the regions Moscow is trying to seize')
OBJECT_REACH = 25


# A weapon by how it is made or guided, the subject of technology stories ('DIY drones', 'homemade drones',
# 'AI drones', 'precision FPV drone strikes'); not 'kamikaze drone', a kind of drone the news of strikes names
_MADE_WEAPON = re.compile(
    r"\b(?:DIY|home-?made|home-?grown|makeshift|AI|AI-(?:powered|guided|driven)|3D-printed|precision|bargain"
    r"(?:[- ]basement)?)\s+(?:FPV\s+|attack\s+|kamikaze\s+|killer\s+)?(?:drones?|bombers|drone\s+strikes)\b",
    re.IGNORECASE,
)


def feature_headline(headline: str, place_starts: list[int]) -> bool:
    """The headline is about a kind of weapon by how it is made or guided, naming no settlement or region;
    or it tells a way of waging war in the progressive, with no other clause before it in its part
    after any colon (_CLAUSE_BEFORE) and no settlement or region named as its object (`place_starts`: where
    the headline names one, offsets in the headline): a trend or an analysis, no one attack."""
    if _MADE_WEAPON.search(headline) and not place_starts:
        return True
    found = _PROGRESSIVE_ATTACK.search(headline)
    if found is None or _CLAUSE_BEFORE.search(
        headline, headline.rfind(":", 0, found.start()) + 1, found.start()
    ):
        return False
    return not any(found.end() <= start <= found.end() + OBJECT_REACH for start in place_starts)
