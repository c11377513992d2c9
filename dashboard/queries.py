"""Every dashboard query: SQL from dashboard/sql/*.sql, with the sidebar filters as bound parameters.

Each entry of FILTERS holds a SQL fragment and the words that describe it, datasette-style. A chart's SQL
reads from a ``filtered`` CTE made of sql/filtered.sql plus the fragments of the active filters, so no value
ever enters the SQL text: values travel as named parameters (``$countries``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from dashboard.state import Filters

SQL_DIR = Path(__file__).with_name("sql")
TABLE_LIMIT = 500


@dataclass(frozen=True)
class Query:
    """A SQL text and its named parameters, ready for ``connection.execute(sql, params)``."""

    sql: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Filter:
    """One filter: the Filters field it reads, its SQL fragment and how to describe it to a person."""

    name: str
    sql: str
    describe: Callable[[Any], str]
    bind: Callable[[Any], Any] = lambda value: value


def _like(text: str) -> str:
    """A case-insensitive substring pattern, with LIKE's wildcards in the text taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _listed(values: tuple[str, ...]) -> str:
    """`a, b or c` for a description."""
    return values[0] if len(values) == 1 else f"{', '.join(values[:-1])} or {values[-1]}"


def _in_countries(codes: tuple[str, ...]) -> str:
    """`in RU or UA` for the countries among the codes, empty when there are none."""
    countries = tuple(code for code in codes if code != "SEA")
    return f"in {_listed(countries)}" if countries else ""


FILTERS: tuple[Filter, ...] = (
    Filter("date_from", "incident_date >= $date_from", lambda v: f"on or after {v}"),
    Filter("date_to", "incident_date <= $date_to", lambda v: f"on or before {v}"),
    # 'SEA' stands for the incidents at sea, which have no country (sql/countries.sql offers it).
    Filter(
        "countries",
        "list_contains($countries, coalesce(country_code, 'SEA'))",
        lambda v: " or ".join(filter(None, (_in_countries(v), "at sea" if "SEA" in v else ""))),
    ),
    Filter("categories", "list_contains($categories, target_category)", lambda v: f"category {_listed(v)}"),
    Filter("types", "list_contains($types, target_type)", lambda v: f"type {_listed(v)}"),
    Filter("means", "list_contains($means, means)", lambda v: f"by {_listed(v)}"),
    Filter(
        "q",
        r"(evidence ILIKE $q ESCAPE '\' OR place ILIKE $q ESCAPE '\')",
        lambda v: f'mentioning "{v}"',
        bind=_like,
    ),
    Filter("min_conf", "confidence >= $min_conf", lambda v: f"confidence at least {v:g}"),
)


def active(filters: Filters) -> list[tuple[Filter, Any]]:
    """The filters that restrict the rows, with their values (empty and default values restrict nothing)."""
    default = Filters()
    found = []
    for entry in FILTERS:
        value = getattr(filters, entry.name)
        if value and value != getattr(default, entry.name):
            found.append((entry, value))
    return found


def describe(filters: Filters) -> str:
    """The active filters in words, e.g. `in RU, type oil_refinery`."""
    return ", ".join(entry.describe(value) for entry, value in active(filters)) or "no filters"


@cache
def load_sql(name: str) -> str:
    """The text of dashboard/sql/<name>.sql."""
    return (SQL_DIR / f"{name}.sql").read_text().strip()


def filtered(name: str, filters: Filters, **params: Any) -> Query:
    """The query sql/<name>.sql run over the incidents under `filters`, plus its own parameters."""
    entries = active(filters)
    where = " AND ".join(entry.sql for entry, _ in entries)
    cte = load_sql("filtered") + (f"\nWHERE {where}" if where else "")
    bound = {entry.name: entry.bind(value) for entry, value in entries}
    return Query(f"WITH filtered AS (\n{cte}\n)\n{load_sql(name)}", {**bound, **params})


def plain(name: str, **params: Any) -> Query:
    """A query that does not depend on the filters (sources, options)."""
    return Query(load_sql(name), params)


def headline(filters: Filters) -> Query:
    """Incidents (in the chosen unit), countries, killed and injured under the filters."""
    return filtered("headline", filters, unit=filters.unit)


def over_time(filters: Filters) -> Query:
    """Incident counts per period and category, at the chosen grain."""
    return filtered("over_time", filters, unit=filters.unit, grain=filters.grain)


def map_points(filters: Filters, limit: int = 5000) -> Query:
    """Incident counts per located place and category, for the map."""
    return filtered("map_points", filters, unit=filters.unit, limit=limit)


def category_country(filters: Filters) -> Query:
    """Incident counts per category and country."""
    return filtered("category_country", filters, unit=filters.unit)


def incident_table(filters: Filters, limit: int = TABLE_LIMIT) -> Query:
    """The newest filtered incidents with their source, at most `limit` rows."""
    return filtered("incident_table", filters, limit=limit)


def export_rows(filters: Filters) -> Query:
    """Every filtered incident with every contract column and its source, for downloads."""
    return filtered("export_rows", filters)


def export_geojson(filters: Filters) -> Query:
    """Every filtered incident as one GeoJSON FeatureCollection string."""
    return filtered("export_geojson", filters)


def previous_period(filters: Filters, last_day: date | None) -> Filters | None:
    """The same filters over the period of equal length just before; None without a start date."""
    if filters.date_from is None:
        return None
    end = filters.date_to or last_day or filters.date_from
    length = (end - filters.date_from).days + 1
    return replace(
        filters,
        date_from=filters.date_from - timedelta(days=length),
        date_to=filters.date_from - timedelta(days=1),
    )
