"""Named facilities: golden phrasings in, the exact facility, type and place out; checks on the data file."""

from __future__ import annotations

import csv
import tomllib

import pytest
from conftest import ROOT

from etl.gazetteer import load_gazetteer
from etl.gazetteer.datafiles import csc_states, split_aliases
from etl.gazetteer.folding import fold
from etl.gazetteer.geo import distance_km
from etl.tagging.facilities import find_facilities, load_facilities
from etl.tagging.lexicon import load_lexicon

DATA = ROOT / "etl" / "data"
FACILITIES_CSV = DATA / "facilities.csv"
PLACE_RADIUS_KM = 30.0


def _rows() -> list[dict[str, str]]:
    with FACILITIES_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(line for line in handle if not line.startswith("#")))


ROWS = _rows()


def only(text: str):
    mentions = find_facilities(text)
    assert len(mentions) == 1, [m.surface for m in mentions]
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "surface", "name", "target_type", "place", "admin1_code", "lat", "lon"),
    [
        ("Shelling hit the Zaporizhzhia nuclear plant overnight.", "Zaporizhzhia nuclear plant",
         "Zaporizhzhia Nuclear Power Plant", "power_plant", "Enerhodar", "UA-23", 47.51, 34.59),
        ("IAEA experts at ZNPP reported mines.", "ZNPP",
         "Zaporizhzhia Nuclear Power Plant", "power_plant", "Enerhodar", "UA-23", 47.51, 34.59),
        ("The Zaporozhye NPP lost off-site power.", "Zaporozhye NPP",
         "Zaporizhzhia Nuclear Power Plant", "power_plant", "Enerhodar", "UA-23", 47.51, 34.59),
        ("Missiles struck Burshtyn TPP in the west.", "Burshtyn TPP",
         "Burshtyn TPP", "power_plant", "Burshtyn", "UA-26", 49.21, 24.67),
        ("A drone hit the Khmelnitsky nuclear power plant's grounds.", "Khmelnitsky nuclear power plant",
         "Khmelnytskyi Nuclear Power Plant", "power_plant", "Netishyn", "UA-68", 50.30, 26.65),
        ("The Kakhovka dam was blown up.", "Kakhovka dam",
         "Kakhovka Dam", "dam", "Nova Kakhovka", "UA-65", 46.78, 33.37),
        ("Water poured through the Nova Kakhovka dam.", "Nova Kakhovka dam",
         "Kakhovka Dam", "dam", "Nova Kakhovka", "UA-65", 46.78, 33.37),
        ("Traffic on the Kerch bridge was halted.", "Kerch bridge",
         "Crimean Bridge", "bridge", "Kerch", "UA-43", 45.31, 36.51),
        ("Sea drones attacked the Crimean Bridge.", "Crimean Bridge",
         "Crimean Bridge", "bridge", "Kerch", "UA-43", 45.31, 36.51),
        ("Drones set the Ilsky refinery on fire.", "Ilsky refinery",
         "Ilsky Refinery", "oil_refinery", "Il’skiy", "RU-KDA", 44.85, 38.58),
        ("A fire broke out at the Novokuibyshevsk refinery.", "Novokuibyshevsk refinery",
         "Novokuibyshevsk Refinery", "oil_refinery", "Novokuybyshevsk", "RU-SAM", 53.10, 49.91),
        ("Loadings at Sheskharis were suspended.", "Sheskharis",
         "Sheskharis Oil Terminal", "oil_terminal", "Novorossiysk", "RU-KDA", 44.70, 37.81),
        ("Drones targeted the Novorossiysk oil terminal.", "Novorossiysk oil terminal",
         "Sheskharis Oil Terminal", "oil_terminal", "Novorossiysk", "RU-KDA", 44.70, 37.81),
        ("Flows through the Druzhba oil pipeline stopped.", "Druzhba oil pipeline",
         "Druzhba Pipeline", "pipeline", "Unecha", "RU-BRY", 52.86, 32.68),
        ("Explosions were heard at the Engels-2 air base.", "Engels-2 air base",
         "Engels Air Base", "airport", "Engels", "RU-SAR", 51.48, 46.21),
        ("A missile hit the port of Odesa.", "port of Odesa",
         "Port of Odesa", "port", "Odesa", "UA-51", 46.50, 30.75),
        ("The DniproHES was hit again.", "DniproHES",
         "Dnipro HPP", "power_plant", "Zaporizhzhia", "UA-23", 47.87, 35.09),
    ],
)  # fmt: skip
def test_phrasing_names_the_facility(text, surface, name, target_type, place, admin1_code, lat, lon):
    mention = only(text)
    assert (mention.surface, text[mention.start : mention.end]) == (surface, surface)
    facility = mention.facility
    assert (facility.name, facility.target_type) == (name, target_type)
    assert (facility.place.name, facility.place.admin1_code, facility.place.precision) == (
        place,
        admin1_code,
        "place",
    )
    assert facility.place.latitude == pytest.approx(lat, abs=0.05)
    assert facility.place.longitude == pytest.approx(lon, abs=0.05)


def test_place_carries_country_and_region_names():
    place = only("Zaporizhzhia NPP").facility.place
    assert (place.country_code, place.country, place.admin1) == ("UA", "Ukraine", "Zaporizhzhia Oblast")
    place = only("the Ryazan refinery").facility.place
    assert (place.country_code, place.country, place.admin1) == ("RU", "Russia", "Ryazan Oblast")


@pytest.mark.parametrize(
    "text",
    [
        "Zaporizhzhia was shelled overnight.",
        "Shelling in the Zaporizhzhia region.",
        "Burshtyn residents were evacuated.",
        "Kerch and Engels came under attack.",
        "The Druzhba settlement was hit.",
        "Russia struck the Odesa port city.",
        "A power plant in Kyiv was hit.",  # no facility: which of Kyiv's plants is not said
        "The Kyiv power plant was hit.",
        "Novorossiysk came under attack.",
        "The report of Odesa officials.",
    ],
)
def test_bare_town_name_is_no_facility(text):
    assert find_facilities(text) == []


@pytest.mark.parametrize(
    ("text", "surface", "name"),
    [
        ("Zaporizhzhia thermal power plant", "Zaporizhzhia thermal power plant", "Zaporizhzhia TPP"),
        ("Kakhovka HPP dam", "Kakhovka HPP dam", "Kakhovka Dam"),
        ("Kakhovka HPP", "Kakhovka HPP", "Kakhovka HPP"),
        ("DniproHES dam", "DniproHES dam", "Dnipro Dam"),
        ("the Kerch Strait bridge", "Kerch Strait bridge", "Crimean Bridge"),
        ("the seaport of Izmail", "seaport of Izmail", "Port of Izmail"),
        ("Ladyzhyn power plants", "Ladyzhyn power plants", "Ladyzhyn TPP"),
        ("Ust-Luga oil terminal", "Ust-Luga oil terminal", "Ust-Luga Oil Terminal"),
        ("Ust Luga gas condensate complex", "Ust Luga gas condensate complex", "Novatek Ust-Luga Complex"),
    ],
)
def test_longest_form_wins(text, surface, name):
    mention = only(text)
    assert (mention.surface, mention.facility.name) == (surface, name)


def test_several_facilities_in_order_with_offsets():
    text = "After the Kakhovka dam burst, Ukraine hit the Crimean bridge and ZNPP stayed dark."
    mentions = find_facilities(text)
    assert [m.facility.name for m in mentions] == [
        "Kakhovka Dam",
        "Crimean Bridge",
        "Zaporizhzhia Nuclear Power Plant",
    ]
    assert all(text[m.start : m.end] == m.surface for m in mentions)


def test_every_row_has_a_taxonomy_type_and_known_kinds():
    types = load_lexicon().types
    kinds = tomllib.loads((DATA / "facility_kinds.toml").read_text(encoding="utf-8"))
    for row in ROWS:
        assert row["target_type"] in types, row["name"]
        assert split_aliases(row["kinds"]) and set(split_aliases(row["kinds"])) <= set(kinds), row["name"]


def test_every_row_has_a_known_region_and_coordinates_in_range():
    for row in ROWS:
        codes = {s["iso3166_2"] for s in csc_states(row["country_code"])}
        assert row["admin1_code"] in codes, row["name"]
        assert -90 <= float(row["latitude"]) <= 90 and -180 <= float(row["longitude"]) <= 180, row["name"]


def test_every_place_is_a_gazetteer_settlement_near_the_facility():
    """The place is spelled as the gazetteer spells it, in the same region, so incidents share a place."""
    settlements = [p for p in load_gazetteer().index.places if p.precision == "place"]
    for facility in load_facilities().facilities:
        place = facility.place
        near = [
            p
            for p in settlements
            if p.name == place.name
            and p.admin1_code == place.admin1_code
            and distance_km(p.latitude, p.longitude, place.latitude, place.longitude) <= PLACE_RADIUS_KM
        ]
        assert near, f"{facility.name}: no settlement {place.name} ({place.admin1_code}) within 30 km"


def test_no_surface_form_names_two_facilities():
    assert load_facilities().conflicts == []
    names = [fold(row["name"]) for row in ROWS]
    assert len(names) == len(set(names))


def test_wri_rows_match_the_curation_and_are_attributed():
    sources = [row["source"] for row in ROWS]
    assert all(s.startswith(("WRI GPPD ", "hand")) for s in sources)
    with (ROOT / "scripts" / "facilities_wri.csv").open(encoding="utf-8") as handle:
        curated = [
            row["gppd_idnr"] for row in csv.DictReader(line for line in handle if not line.startswith("#"))
        ]
    assert sorted(s.removeprefix("WRI GPPD ") for s in sources if s.startswith("WRI")) == sorted(curated)
    comments = " ".join(
        line for line in FACILITIES_CSV.read_text(encoding="utf-8").splitlines() if line[:1] == "#"
    )
    assert "Global Power Plant Database" in comments and "CC BY 4.0" in comments
    credits = (ROOT / "README.md").read_text(encoding="utf-8").split("## Data and licences")[1]
    assert "Global Power Plant Database" in " ".join(credits.split())
