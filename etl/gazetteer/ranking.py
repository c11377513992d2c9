"""How namesakes are ranked before context, shared by the index (candidate order) and the resolver."""

from __future__ import annotations

from math import log10

from etl.gazetteer.folding import fold
from etl.gazetteer.model import Place

# A place whose own name was written beats one that merely lists it among alternates (GeoNames lists
# 'Novorosyisk' for Krasnodar): worth a tenfold population.
OWN_NAME_BONUS = 1.0


def prior(place: Place, country_bonus: dict[str, float], key: str = "") -> float:
    """Bigger, nearer the war, and called by its own name: more likely meant."""
    score = log10(place.population + 10) + country_bonus.get(place.country_code, 0.0)
    return score + (OWN_NAME_BONUS if key and fold(place.name) == key else 0.0)
