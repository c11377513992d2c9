"""The country of a settlement the text names only by its demonym: "Ukrainian village where missile killed 52
starts to bury its dead", "artillery hits near a TV crew's car as they head into a key Ukrainian town" -- the
attack of that clause, which nothing else places, fell in that country."""

from __future__ import annotations

import re

from etl.tagging.anchors import Anchor, Located, Sentence
from etl.tagging.attackers import war_sides

# "Ukrainian village", "occupied Ukrainian city", "key Ukrainian town": the demonym names the country of one
# settlement (not "the Ukrainian city of Odesa", where the name places it, nor "Ukrainian cities", many)
_SETTLEMENT_AFTER = re.compile(r"\s+(?:village|town|city|settlement)\b(?!\s+of\b)", re.IGNORECASE)
# "the Ukrainian town bearing the brunt of Russia's grinding assault": a campaign the town lives under, no one
# attack of this report
_CAMPAIGN = re.compile(r"(?:assaults?|offensives?|invasion|war|campaign|siege)", re.IGNORECASE)


def demonym_settlement(sentence: Sentence, anchor: Anchor) -> Located | None:
    """The demonym of a side of the war that names a settlement in the anchor's clause, whose attack is an
    event and not a campaign."""
    attacks = [c for c in sentence.cues_of("attack") if sentence.clause_of(c.start) == anchor.clause]
    if all(_CAMPAIGN.fullmatch(sentence.text_of(c)) for c in attacks):
        return None
    for loc in sentence.located:
        if (
            loc.mention.kind == "demonym"
            and not loc.reference
            and loc.clause == anchor.clause
            and loc.place.country_code in war_sides()
            and sentence.after(loc.mention, _SETTLEMENT_AFTER)
        ):
            return loc
    return None
