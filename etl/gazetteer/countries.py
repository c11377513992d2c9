"""Countries as Places, with the names and demonyms ('Russian') the press uses for them."""

from __future__ import annotations

from dataclasses import dataclass, field

import pycountry

from etl.gazetteer.datafiles import csc_countries, read_rows, split_aliases
from etl.gazetteer.model import Place

COUNTRY_FILE = "gazetteer_countries.csv"


@dataclass(slots=True)
class CountryTable:
    """Country Places by alpha-2 code and the surfaces that name them."""

    places: dict[str, Place] = field(default_factory=dict)
    names: dict[str, list[str]] = field(default_factory=dict)
    demonyms: dict[str, list[str]] = field(default_factory=dict)


def _centroids() -> dict[str, tuple[float, float]]:
    """Country centroids from countrystatecity-countries, so a country-precision incident can be mapped."""
    rows = csc_countries()
    return {r["iso2"]: (float(r["latitude"]), float(r["longitude"])) for r in rows if r.get("latitude")}


def build_countries() -> CountryTable:
    """Every ISO 3166-1 country (and Kosovo), named as in gazetteer_countries.csv where the file says so."""
    overrides = {row["alpha2"]: row for row in read_rows(COUNTRY_FILE)}
    centroids = _centroids()
    table = CountryTable()
    iso = {c.alpha_2: c for c in pycountry.countries}
    for code in sorted(set(iso) | set(overrides)):
        row = overrides.get(code, {})
        country = iso.get(code)
        official = [getattr(country, a, None) for a in ("common_name", "name", "official_name")]
        name = row.get("name") or official[0] or official[1]
        lat, lon = centroids.get(code, (None, None))
        table.places[code] = Place(name, code, name, None, None, lat, lon, "country")
        surfaces = [name, *official, *split_aliases(row.get("aliases", ""))]
        # pycountry's inverted forms ("Korea, Republic of") never appear in running text.
        table.names[code] = sorted({s for s in surfaces if s and "," not in s})
        table.demonyms[code] = split_aliases(row.get("demonyms", ""))
    return table
