"""Bombings with victims: a person killed or hurt by a bomb, a blast or a booby trap is an attack reported,
even where the sentence names no struck country ("Pro-war blogger killed in car bombing", "Aide to army chief
killed by booby-trapped gift", "Official injured when a bomb hidden in his phone explodes"). Such targeted
killings are told by who died, not by where: attacked_country finds no country struck, so the attack is
placed as a named target is, by the country its sentence names (scenes.country_fallback)."""

from __future__ import annotations

import re

from etl.tagging.anchors import Anchor, Located, Sentence
from etl.tagging.scenes import country_fallback

_VICTIM = (
    r"(?:killed|injured|wounded|hurt|maimed|kills|injures|wounds|maims|killing|injuring|wounding|maiming)"
)
# an explosive device, not a battlefield weapon: shelling and missiles leave their place to attacked_country
_DEVICE = (
    r"(?:car[- ]?bomb(?:ing)?s?|bomb(?:ing)?s?|(?:car\s+)?blasts?|(?:car\s+)?explosions?"
    r"|booby[- ]trap(?:ped)?|IEDs?|explosive\s+devices?)"
)
# "killed in a car bombing", "injured by a bomb blast", "killed by a booby-trapped gift", "killed with a car
# bomb"; "a car bomb that killed", "explosion kills", "car bombing injures": the victims and the device that
# hit them, in either order, a few words apart
_BOMBING = re.compile(
    rf"\b{_VICTIM}\b(?:\s+[\w’'-]+){{0,3}}?\s+(?:in|by|with)\s+(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?"
    rf"(?:[\w’'-]+\s+){{0,3}}?{_DEVICE}\b"
    rf"|\b{_DEVICE}\s+(?:that\s+|which\s+)?(?:also\s+)?{_VICTIM}\b",
    re.IGNORECASE,
)


# ... not a victim named by a relative clause ("a memorial for his daughter, who was killed in a car
# bombing"), nor the device a story of blame is about ("US believes Ukraine was behind car bomb that killed
# ..."): both retell a bombing reported before
_RETOLD_BEFORE = re.compile(
    r"(?:\b(?:who|which)\s+(?:was|were|had\s+been|has\s+been)\s+(?:[\w’'-]+\s+)?"
    r"|\bbehind\s+(?:the\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2})$",
    re.IGNORECASE,
)


# "in Ukraine", "inside Russia": a country named as where the victims were
_IN_COUNTRY = re.compile(r"\b(?:in|inside)\s+(?:the\s+)?$", re.IGNORECASE)


# A headline's label ("Ukraine live briefing:", "Russia-Ukraine war latest:"): the coverage it belongs to
_LABEL = re.compile(r"^[^.:;!?]{0,40}:")


def bombing_country(sentence: Sentence, anchor: Anchor) -> Located | None:
    """The country a bombing with victims is placed at when nothing else places it: the one its sentence
    names nearest the anchor (country_fallback); none for any other bare attack."""
    lo, hi = sentence.clause_span(anchor.clause)
    told = [
        m
        for m in _BOMBING.finditer(sentence.text, lo, hi)
        if not _RETOLD_BEFORE.search(sentence.text, lo, m.start())
    ]
    if not told:
        return None
    within = [
        loc
        for loc in sentence.located
        if loc.place.precision == "country"
        and not (loc.reference or loc.near)
        and sentence.before(loc.mention, _IN_COUNTRY, 8)
    ]
    if len({loc.place.country_code for loc in within}) == 1:
        return within[0]  # "killed by a mortar explosion while fighting Russia in Ukraine": where, not whom
    country = country_fallback(sentence, anchor)
    label = _LABEL.match(sentence.text)
    if (
        country is not None
        and label
        and country.mention.end - sentence.start <= label.end() <= anchor.start - sentence.start
    ):
        return None  # "Ukraine live briefing: Russia condemns blast that killed ...": the label's, no scene
    return country
