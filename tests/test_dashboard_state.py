"""URL <-> filters without Streamlit: every key of the contract parses, round-trips, rejects bad values."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.state import Filters, Options, parse, to_query

OPTIONS = Options(
    countries={"RU": "Russia", "UA": "Ukraine"},
    types={
        "power_grid": ("energy", "Power grid"),
        "substation": ("energy", "Substation"),
        "oil_refinery": ("oil_gas", "Oil refinery"),
        "border_region": ("territory", "Border region"),
    },
    means=("drone", "missile", "unknown"),
)


def test_issue_example_parses_to_every_filter():
    raw = {
        "country": ["RU"],
        "type": ["oil_refinery"],
        "from": ["2024-01-01"],
        "to": ["2024-03-31"],
        "category": ["oil_gas"],
        "grain": ["month"],
    }
    filters, notices = parse(raw, OPTIONS)
    assert notices == []
    assert filters == Filters(
        date_from=date(2024, 1, 1),
        date_to=date(2024, 3, 31),
        countries=("RU",),
        categories=("oil_gas",),
        types=("oil_refinery",),
        grain="month",
    )


def test_empty_url_is_the_default_view():
    assert parse({}, OPTIONS) == (Filters(), [])
    assert to_query(Filters()) == {}


@pytest.mark.parametrize("raw", [{"country": ["RU", "UA"]}, {"country": ["RU,UA"]}, {"country": "ru, ua,"}])
def test_multi_values_accept_repeated_keys_and_commas(raw):
    filters, notices = parse(raw, OPTIONS)
    assert (filters.countries, notices) == (("RU", "UA"), [])
    assert to_query(filters) == {"country": ["RU", "UA"]}


def test_round_trip_of_every_key():
    filters = Filters(
        date_from=date(2024, 1, 1),
        date_to=date(2024, 2, 1),
        countries=("UA",),
        categories=("energy",),
        types=("power_grid", "substation"),
        means=("drone",),
        q="Kharkiv, city",
        min_conf=0.55,
        unit="events",
        grain="day",
    )
    query = to_query(filters)
    assert query["q"] == ["Kharkiv, city"]
    assert query["min_conf"] == ["0.55"]
    assert parse(query, OPTIONS) == (filters, [])


def test_defaults_leave_the_url():
    assert to_query(Filters(unit="reports", grain="week", min_conf=0.0, q="")) == {}


@pytest.mark.parametrize(
    ("raw", "notice"),
    [
        ({"country": ["ZZ"]}, "country=ZZ"),
        ({"from": ["not-a-date"]}, "from=not-a-date"),
        ({"to": ["2024-02-30"]}, "to=2024-02-30"),
        ({"from": ["1066-10-14"]}, "from=1066-10-14"),
        ({"type": ["warp_drive"]}, "type=warp_drive"),
        ({"category": ["space"]}, "category=space"),
        ({"means": ["laser"]}, "means=laser"),
        ({"min_conf": ["high"]}, "min_conf=high"),
        ({"min_conf": ["1.5"]}, "min_conf=1.5"),
        ({"min_conf": ["nan"]}, "min_conf=nan"),
        ({"unit": ["people"]}, "unit=people"),
        ({"grain": ["year"]}, "grain=year"),
        ({"contry": ["RU"]}, "contry"),
    ],
)
def test_invalid_values_are_dropped_with_a_notice_naming_them(raw, notice):
    filters, notices = parse(raw, OPTIONS)
    assert filters == Filters()
    assert len(notices) == 1
    assert notice in notices[0]


def test_valid_values_survive_next_to_invalid_ones():
    filters, notices = parse({"country": ["RU", "ZZ"], "type": ["oil_refinery,nope"]}, OPTIONS)
    assert (filters.countries, filters.types) == (("RU",), ("oil_refinery",))
    assert [n for n in notices if "ZZ" in n] and [n for n in notices if "nope" in n]


def test_type_must_belong_to_a_chosen_category():
    filters, notices = parse({"category": ["energy"], "type": ["power_grid", "oil_refinery"]}, OPTIONS)
    assert filters.types == ("power_grid",)
    assert notices == ["`type=oil_refinery` is not in the chosen categories and was dropped."]


def test_reversed_date_range_is_dropped():
    filters, notices = parse({"from": ["2024-03-01"], "to": ["2024-01-01"]}, OPTIONS)
    assert (filters.date_from, filters.date_to) == (None, None)
    assert "after" in notices[0]


def test_case_insensitive_codes_and_streamlit_params_ignored():
    filters, notices = parse({"country": ["ru"], "type": ["OIL_REFINERY"], "embed": ["true"]}, OPTIONS)
    assert (filters.countries, filters.types, notices) == (("RU",), ("oil_refinery",), [])


def test_options_types_follow_categories():
    assert OPTIONS.categories == ("energy", "oil_gas", "territory")
    assert OPTIONS.types_in(["energy"]) == ("power_grid", "substation")
    assert OPTIONS.types_in([]) == tuple(OPTIONS.types)
