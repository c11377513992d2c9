"""Regenerate the power-plant rows of etl/data/facilities.csv from the WRI Global Power Plant Database.

    .venv/bin/python scripts/build_facilities.py [--source ../shared/realdata/acled_peacerep_sample1000]

Which plants are kept, and the names the press uses for them, are in scripts/facilities_wri.csv; nuclear
plants are named as ukraine_power_plants_extra_info.csv names them. Places are spelled as the gazetteer spells
them, so an incident at a facility and one at its town share a place. Rows whose source starts with 'hand' are
kept as they are. The CSV is committed: nothing is read or downloaded at run time.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

from etl.gazetteer import Place, load_gazetteer
from etl.gazetteer.folding import fold
from etl.gazetteer.geo import distance_km

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "etl" / "data" / "facilities.csv"
CURATION = ROOT / "scripts" / "facilities_wri.csv"
SOURCE = ROOT.parent / "shared" / "realdata" / "acled_peacerep_sample1000"
WRI_FILE = "global_power_plant_database_ukraine.csv"
EXTRA_FILE = "ukraine_power_plants_extra_info.csv"
COLUMNS = [
    "name", "aliases", "stems", "kinds", "target_type", "country_code", "admin1_code", "place", "latitude",
    "longitude", "source",
]  # fmt: skip
PLACE_RADIUS_KM = 30.0
HEADER = """\
# Named facilities that etl/tagging/facilities.py finds in text: power plants, refineries, terminals, ports,
# bridges, dams, air bases. aliases: names that stand alone ('ZNPP'), '|'-separated; the name is one too.
# stems: names that need a generic word of the facility's kinds (etl/data/facility_kinds.toml) after them
# ('Zaporizhzhia' + 'NPP'); a bare town name is never a facility. place: the settlement, spelled as the
# gazetteer spells it; admin1_code: ISO 3166-2. source 'hand: ...': added by hand, coordinates to ~0.01 deg.
# Rows with source 'WRI GPPD <id>' are derived from the Global Power Plant Database v1.3.0 (World Resources
# Institute et al., https://datasets.wri.org/dataset/globalpowerplantdatabase), licensed CC BY 4.0, Ukraine
# subset as shipped by github.com/peacerep/ukraine-map; scripts/build_facilities.py regenerates them from
# scripts/facilities_wri.csv, so edit that file rather than these rows.
"""


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV file, skipping '#' comment lines and a byte-order mark."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(lines)]


def nuclear_names(path: Path) -> dict[str, str]:
    """gppd_idnr -> the plant's name as the NEA notes write it ('Khmelnytskyi nuclear power plant')."""
    names = {}
    for row in read_csv(path):
        found = re.search(r"([A-Z]\w+(?:\s[A-Z]\w+)?)\s(?:nuclear power plant|NPP)", row["tooltip_info"])
        if found:
            names[row["gppd_idnr"]] = re.sub(r"\s", " ", found.group(1)) + " Nuclear Power Plant"
    return names


def settlement(places: list[Place], name: str, lat: float, lon: float) -> Place:
    """The gazetteer settlement of that name nearest the plant; exits when none is within 30 km."""
    near = [(distance_km(lat, lon, p.latitude, p.longitude), p) for p in places if fold(p.name) == fold(name)]
    near = [(d, p) for d, p in near if d <= PLACE_RADIUS_KM]
    if not near:
        sys.exit(f"no settlement {name!r} within {PLACE_RADIUS_KM:.0f} km of {lat}, {lon}")
    return min(near, key=lambda pair: pair[0])[1]


def wri_rows(source: Path) -> list[dict[str, str]]:
    """One facilities.csv row per curated plant, coordinates from the database."""
    plants = {row["gppd_idnr"]: row for row in read_csv(source / WRI_FILE)}
    nuclear = nuclear_names(source / EXTRA_FILE)
    places = [p for p in load_gazetteer().index.places if p.precision == "place" and p.country_code == "UA"]
    rows = []
    for cur in read_csv(CURATION):
        plant = plants[cur["gppd_idnr"]]
        lat, lon = round(float(plant["latitude"]), 4), round(float(plant["longitude"]), 4)
        place = settlement(places, cur["place"], lat, lon)
        name = cur["name"] or nuclear[cur["gppd_idnr"]]
        rows.append(
            {
                **{k: cur[k] for k in ("aliases", "stems", "kinds")},
                "name": name,
                "target_type": "power_plant",
                "country_code": "UA",
                "admin1_code": place.admin1_code or "",
                "place": place.name,
                "latitude": f"{lat:.4f}",
                "longitude": f"{lon:.4f}",
                "source": f"WRI GPPD {cur['gppd_idnr']}",
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help=f"folder holding {WRI_FILE}")
    args = parser.parse_args(argv)
    hand = [row for row in read_csv(OUTPUT) if row["source"].startswith("hand")] if OUTPUT.exists() else []
    generated = wri_rows(args.source)
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows([*generated, *hand])
    print(f"{OUTPUT.relative_to(ROOT)}: {len(generated)} WRI GPPD rows, {len(hand)} hand rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
