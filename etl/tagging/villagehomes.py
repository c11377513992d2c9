"""Where a settlement the gazetteer does not list lies (a village captured, say): the region the sentence or
the one before names, else the country it is about, read from who captures and whose the village is."""

from __future__ import annotations

import re

from etl.gazetteer import Place
from etl.tagging.anchors import Located, Sentence
from etl.tagging.attackers import attacker_targets
from etl.tagging.context import DocumentContext
from etl.tagging.scenes import scene_countries


def home_of(sentence: Sentence, context: DocumentContext) -> Place | None:
    """Where an unlisted village of this sentence lies: the region of a place it names, of a town it is near
    or of a place the sentence before names ("four villages in Donetsk. ... retook the villages of A and B"),
    else the country it is about (one it names as a scene or speaker, the front of a listed side that
    captures, a demonym's, else the one before, else the collection's)."""
    regions = [loc for loc in sentence.located if loc.place.precision == "admin1" and not loc.reference]
    if regions:
        return regions[0].place
    # "captured a village near Bakhmut": the region of the town it is near
    landmarks = [loc for loc in sentence.located if loc.near and loc.place.precision == "place"]
    if landmarks and landmarks[0].place.admin1_code:
        return landmarks[0].place
    if context.where is not None and context.where.place.admin1_code:
        return context.where.place
    # by name: a demonym ("Russian defences") says whose, not where
    named = [loc for loc in scene_countries(sentence) if loc.mention.kind == "country"]
    # ... or as the side that claims its own capture ("Ukraine says it has recaptured fourth village")
    # (not the country a border is with: "along the Russian border with Ukraine ... overrun a border village")
    named = named or [loc for loc in sentence.located if loc.mention.kind == "country" and not loc.near]
    if named:
        return _front_country(sentence, named[0], context) or named[0].place
    if by_demonym := _demonym_home(sentence, context):
        return by_demonym
    if context.country is not None:
        return context.country.place
    return context.about or context.default_place


# "Russian military liberates key Donbass stronghold": a side's men named by their demonym, who capture ...
_SIDE_AFTER = re.compile(
    r"\s+(?:forces|troops|army|military|soldiers|fighters|units?|mercenaries)\b", re.IGNORECASE
)

# ... not the settlement's ("pro-Ukraine fighters ‘liberate’ Russian village": where it lies)
_SETTLEMENT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:villages?|towns?|settlements?|hamlets?|city|cities)\b", re.IGNORECASE
)


def _demonym_home(sentence: Sentence, context: DocumentContext) -> Place | None:
    """The country of a settlement word's demonym ('Russian village'), else the front of a side whose men a
    demonym names ('Russian military liberates key Donbass stronghold': in the country at war with it)."""
    demonyms = [loc for loc in sentence.located if loc.mention.kind == "demonym"]
    for loc in demonyms:
        if sentence.match_at(loc.mention.end, _SETTLEMENT_AFTER):
            return loc.place
    for loc in demonyms:
        if sentence.match_at(loc.mention.end, _SIDE_AFTER):
            return _front_country(sentence, loc, context)
    return None


# "a town in Russia", "a raid into southern Russia": the country as where, not as a side
_IN_COUNTRY_BEFORE = re.compile(r"\b(?:in|into|inside|across)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _front_country(sentence: Sentence, side: Located, context: DocumentContext) -> Place | None:
    """'Russia captures another village', 'Russia claims victory in mining town': a listed side named first
    is the one capturing, and the village lies in the country it is at war with (attacker_targets.csv); not
    when it only speaks of the other side's men ('Russia says Ukrainian saboteurs took a village')."""
    front = attacker_targets().get(side.place.country_code or "")
    if front is None or context.country_of is None or sentence.before(side.mention, _IN_COUNTRY_BEFORE, 30):
        return None  # "the group had taken over a town in Russia": where, not who
    if side.speaker and any(
        loc.mention.kind == "demonym" and loc.place.country_code == front for loc in sentence.located
    ):
        return None
    return context.country_of(front)
