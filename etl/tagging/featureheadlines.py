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
Russian forces'): a story of the technology, unless it names the settlement or region they struck. And so
does a headline on daily life in the outages that names no attack ('Life without power in Kyiv', 'Inside the
Kyiv power cuts: cold food, scheduled vacuuming'): a feature on the hardship, not the strikes that caused it.

    feature_headline(headline, place_starts, attack_words)  # True: the headline reports no attack of its own
    feature_headline_span(text, spans, located, cues)  # the headline's span when it is one, else None
"""

from __future__ import annotations

import re

from etl.gazetteer import Place, PlaceMention
from etl.tagging.lexicon import Cue

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


# Daily life told as a feature ('Life without power in Kyiv', 'Inside the Kyiv power cuts', 'War in Ukraine:
# Life in early winter Kyiv, plunged into darkness') ...
_LIFE = re.compile(
    r"^\W*(?:[\w ]+:\s+)?(?:life|inside)\b|\blife\s+(?:without|in|under|amid)\b"
    r"|\bliving\s+(?:without|under|amid|with|in)\b",
    re.IGNORECASE,
)
# ... in the outages (not 'Women describe life under Russian occupation')
_OUTAGE = re.compile(
    r"\b(?:power\s+cuts?|blackouts?|outages?|darkness"
    r"|without\s+(?:power|water|electricity|heat|heating|light))\b",
    re.IGNORECASE,
)


def feature_headline(headline: str, place_starts: list[int], attack_words: tuple[str, ...] = ()) -> bool:
    """The headline is on daily life in the outages and names no attack but the outage (`attack_words`: its
    attack cues' words; 'plunged into darkness' is the outage, 'Inside a Kyiv flat as Russia targets power'
    still reports the strikes); or it is about a kind of weapon by how it is made or guided, naming no
    settlement or region; or it tells a way of waging war in the progressive, with no other clause before it
    in its part after any colon (_CLAUSE_BEFORE) and no settlement or region named as its object
    (`place_starts`: where the headline names one, offsets in the headline): a trend or an analysis, no one
    attack."""
    outages_only = all(_OUTAGE.search(word) for word in attack_words)
    if outages_only and _LIFE.search(headline) and _OUTAGE.search(headline):
        return True
    if _MADE_WEAPON.search(headline) and not place_starts:
        return True
    found = _PROGRESSIVE_ATTACK.search(headline)
    if found is None or _CLAUSE_BEFORE.search(
        headline, headline.rfind(":", 0, found.start()) + 1, found.start()
    ):
        return False
    return not any(found.end() <= start <= found.end() + OBJECT_REACH for start in place_starts)


def feature_headline_span(
    text: str, spans: list[tuple[int, int]], located: list[tuple[PlaceMention, Place]], cues: list[Cue]
) -> tuple[int, int] | None:
    """The headline's span when it frames a feature (`feature_headline`, from the settlements and regions the
    headline names and its attack cues), else None."""
    start, end = spans[0]
    place_starts = [m.start - start for m, _ in located if m.kind in ("place", "admin1") and m.end <= end]
    attack_words = tuple(text[c.start : c.end] for c in cues if c.group == "attack" and c.end <= end)
    return spans[0] if feature_headline(text[start:end], place_starts, attack_words) else None
