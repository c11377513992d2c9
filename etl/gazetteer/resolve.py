"""Choosing one Place per mention: the namesake nearest the text's unambiguous places, else the likeliest."""

from __future__ import annotations

from math import log10

from etl.gazetteer.folding import fold, strict_fold
from etl.gazetteer.geo import distance_km
from etl.gazetteer.model import Place, PlaceMention
from etl.gazetteer.ranking import prior
from etl.gazetteer.regionhints import ENCLAVES

# A namesake 25 km from an anchor loses 0.3, one 250 km away 1.04, one beyond 500 km 1.32: a nearby village
# beats a distant one of similar size (Ivanivske near Bakhmut), not a city twenty times bigger (New York).
DISTANCE_WEIGHT = 1.0
DISTANCE_SCALE_KM = 25.0
DISTANCE_CAP_KM = 500.0
# A candidate whose prior beats every other namesake's by this much (a tenfold population and more) anchors
# the choice among the text's other namesakes as if it were the only one.
DOMINANT_MARGIN = 1.2
# Namesakes in a country the text names elsewhere get this much.
MENTIONED_COUNTRY_BONUS = 0.5
# Namesakes in a region the text names ('a school in the Donetsk region ... the attack on Druzhba village':
# not the bigger Druzhba near Moscow) get this much, worth a threefold population; a capital city-region
# counts as in the region around it (Sevastopol in Crimea).
MENTIONED_REGION_BONUS = 0.5
# Folding makes y and i one letter, so 'Mylove' (a Kherson village) and 'Milove' (a Luhansk town five times
# bigger) are one key: a namesake spelt exactly as written gets this much, worth a threefold population.
EXACT_SPELLING_BONUS = 0.5


def _anchors(mentions: list[PlaceMention], bonus: dict[str, float]) -> list[tuple[int, float, float]]:
    """(mention number, lat, lon) of settlements and regions that have one candidate, or one that dwarfs the
    others (Donetsk the city of 900,000, not the Russian town of 50,000)."""
    anchors = []
    for n, mention in enumerate(mentions):
        if mention.kind not in ("place", "admin1"):
            continue
        place = dominant(mention, bonus)
        if place is not None and place.latitude is not None and place.longitude is not None:
            anchors.append((n, place.latitude, place.longitude))
    return anchors


def dominant(mention: PlaceMention, bonus: dict[str, float]) -> Place | None:
    """The only candidate, or the one whose prior beats every other namesake's by DOMINANT_MARGIN."""
    if len(mention.candidates) == 1:
        return mention.candidates[0]
    key = fold(mention.surface)
    first, second = sorted((prior(c, bonus, key) for c in mention.candidates), reverse=True)[:2]
    if first - second < DOMINANT_MARGIN:
        return None
    return max(mention.candidates, key=lambda c: prior(c, bonus, key))


def _countries(mentions: list[PlaceMention]) -> set[str]:
    """Countries the text names or that its unambiguous places lie in."""
    return {
        m.candidates[0].country_code for m in mentions if len({c.country_code for c in m.candidates}) == 1
    }


def _regions(mentions: list[PlaceMention]) -> set[str]:
    """First-level regions the text names ('the Donetsk region', 'Zaporizhzhia oblast')."""
    codes = {frozenset(c.admin1_code for c in m.candidates) for m in mentions if m.kind == "admin1"}
    return {next(iter(c)) for c in codes if len(c) == 1 and None not in c}


def _score(
    place: Place,
    surface: str,
    context: tuple[list[tuple[float, float]], set[str], set[str]],
    bonus: dict[str, float],
) -> float:
    """Prior, plus the text's countries and regions and the spelling as written, minus the (capped,
    logarithmic) distance to its nearest anchor."""
    anchors, countries, regions = context
    score = prior(place, bonus, fold(surface))
    score += MENTIONED_COUNTRY_BONUS if place.country_code in countries else 0.0
    region = place.admin1_code or ""
    score += MENTIONED_REGION_BONUS if region in regions or ENCLAVES.get(region) in regions else 0.0
    score += EXACT_SPELLING_BONUS if strict_fold(place.name) == strict_fold(surface) else 0.0
    if anchors and place.latitude is not None and place.longitude is not None:
        nearest = min(distance_km(place.latitude, place.longitude, lat, lon) for lat, lon in anchors)
        score -= DISTANCE_WEIGHT * log10(1 + min(nearest, DISTANCE_CAP_KM) / DISTANCE_SCALE_KM)
    return score


def resolve_mentions(mentions: list[PlaceMention], bonus: dict[str, float]) -> list[Place]:
    """One Place per mention, in order; single-candidate mentions anchor the choice among namesakes."""
    anchors = _anchors(mentions, bonus)
    countries = _countries(mentions)
    regions = _regions(mentions)
    chosen = []
    for n, mention in enumerate(mentions):
        if len(mention.candidates) == 1:
            chosen.append(mention.candidates[0])
            continue
        context = ([(lat, lon) for m, lat, lon in anchors if m != n], countries, regions)
        chosen.append(max(mention.candidates, key=lambda p: _score(p, mention.surface, context, bonus)))
    return chosen
