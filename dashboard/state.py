"""The dashboard state and its URL form: parse a query string into Filters, and Filters back into one.

URL parameter contract (every key optional; a key at its default is left out of the URL):

| key | value | default |
|---|---|---|
| ``from``, ``to`` | ISO date ``YYYY-MM-DD``, inclusive bounds on the incident date | no bound |
| ``country`` | ISO 3166-1 alpha-2 code in the warehouse, or ``SEA`` for incidents at sea, multi | all |
| ``category`` | taxonomy category (``energy``, ``oil_gas``, ...), multi | all |
| ``type`` | taxonomy type (``power_grid``, ...), multi; must belong to a chosen category | all |
| ``means`` | ``drone``, ``missile``, ``air_strike``, ..., multi | all |
| ``q`` | free text, matched case-insensitively in the evidence sentence or the place | none |
| ``min_conf`` | minimum confidence, a number in 0..1 | ``0`` |
| ``unit`` | ``reports`` (incident rows) or ``events`` (distinct clusters) | ``reports`` |
| ``grain`` | ``day``, ``week`` or ``month`` for the over-time chart | ``week`` |

Multi-valued keys are written as repeated keys (``?country=RU&country=UA``); on input a comma-separated
list (``?country=RU,UA``) is accepted too, and codes are case-insensitive. A value that is not valid
(``country=ZZ``, ``from=not-a-date``, an unknown type, a type outside the chosen categories, an unknown key)
is dropped and reported as a notice; parsing never raises. The incident date is the event date, or the
report date when the event date is unknown.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)
UNITS = ("reports", "events")
GRAINS = ("day", "week", "month")
# Streamlit's own parameters, which the app must neither report nor drop.
RESERVED_KEYS = frozenset({"embed", "embed_options"})


@dataclass(frozen=True)
class Options:
    """The values a filter may take: countries and taxonomy from the warehouse, means from the contract."""

    countries: Mapping[str, str] = field(default_factory=dict)  # code -> English name
    types: Mapping[str, tuple[str, str]] = field(default_factory=dict)  # type -> (category, label)
    means: tuple[str, ...] = ()

    @property
    def categories(self) -> tuple[str, ...]:
        """Categories in taxonomy order."""
        return tuple(dict.fromkeys(category for category, _ in self.types.values()))

    def types_in(self, categories: Sequence[str]) -> tuple[str, ...]:
        """Types that belong to the chosen categories (all types when none is chosen)."""
        return tuple(t for t, (c, _) in self.types.items() if not categories or c in categories)


@dataclass(frozen=True)
class Filters:
    """Every filter and view choice of the dashboard; the default instance is the unfiltered view."""

    date_from: date | None = None
    date_to: date | None = None
    countries: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    means: tuple[str, ...] = ()
    q: str = ""
    min_conf: float = 0.0
    unit: str = "reports"
    grain: str = "week"


QueryDict = dict[str, list[str]]


def parse(raw: Mapping[str, Sequence[str] | str], options: Options) -> tuple[Filters, list[str]]:
    """Read Filters from URL parameters, dropping each invalid value with a notice naming it."""
    values = {key: _split(key, value) for key, value in raw.items()}
    notices = [
        f"Unknown URL parameter `{key}` ignored." for key in values if key not in _KEYS | RESERVED_KEYS
    ]
    date_from = _date("from", values, notices)
    date_to = _date("to", values, notices)
    if date_from and date_to and date_from > date_to:
        notices.append(f"`from` {date_from} is after `to` {date_to}: the date range was dropped.")
        date_from = date_to = None
    countries = _members("country", values, tuple(options.countries), notices, str.upper)
    categories = _members("category", values, options.categories, notices, str.lower)
    type_pool = options.types_in(categories)
    types = _members("type", values, type_pool, notices, str.lower, outside=tuple(options.types))
    filters = Filters(
        date_from=date_from,
        date_to=date_to,
        countries=countries,
        categories=categories,
        types=types,
        means=_members("means", values, options.means, notices, str.lower),
        q=" ".join(values.get("q", [])).strip(),
        min_conf=_min_conf(values, notices),
        unit=_choice("unit", values, UNITS, Filters.unit, notices),
        grain=_choice("grain", values, GRAINS, Filters.grain, notices),
    )
    return filters, notices


def to_query(filters: Filters) -> QueryDict:
    """The canonical URL parameters of Filters: repeated keys for lists, defaults left out."""
    default = Filters()
    query: QueryDict = {
        "from": [filters.date_from.isoformat()] if filters.date_from else [],
        "to": [filters.date_to.isoformat()] if filters.date_to else [],
        "country": list(filters.countries),
        "category": list(filters.categories),
        "type": list(filters.types),
        "means": list(filters.means),
        "q": [filters.q] if filters.q else [],
        "min_conf": [f"{filters.min_conf:g}"] if filters.min_conf != default.min_conf else [],
        "unit": [filters.unit] if filters.unit != default.unit else [],
        "grain": [filters.grain] if filters.grain != default.grain else [],
    }
    return {key: value for key, value in query.items() if value}


_KEYS = frozenset({"from", "to", "country", "category", "type", "means", "q", "min_conf", "unit", "grain"})
_MULTI = frozenset({"country", "category", "type", "means"})
_UNKNOWN = {
    "country": "no such country in the warehouse",
    "category": "not a taxonomy category",
    "type": "not a taxonomy type",
    "means": "not a means of the contract",
}


def _split(key: str, value: Sequence[str] | str) -> list[str]:
    """All values of a key, with comma-separated lists opened for multi-valued keys."""
    items = [value] if isinstance(value, str) else list(value)
    if key in _MULTI:
        items = [part for item in items for part in item.split(",")]
    return [item.strip() for item in items if item.strip()]


def _members(
    key: str,
    values: Mapping[str, list[str]],
    allowed: Sequence[str],
    notices: list[str],
    normalise: Callable[[str], str],
    outside: Sequence[str] = (),
) -> tuple[str, ...]:
    """The values of a multi-valued key that are among `allowed`; `outside` ones get a sharper notice."""
    kept: list[str] = []
    for value in dict.fromkeys(normalise(v) for v in values.get(key, [])):
        if value in allowed:
            kept.append(value)
        elif value in outside:
            notices.append(f"`{key}={value}` is not in the chosen categories and was dropped.")
        else:
            notices.append(f"Unknown `{key}={value}` dropped: {_UNKNOWN[key]}.")
    return tuple(kept)


def _date(key: str, values: Mapping[str, list[str]], notices: list[str]) -> date | None:
    """The last value of a date key, or None when absent or not a date in range."""
    if not values.get(key):
        return None
    text = values[key][-1]
    try:
        parsed = date.fromisoformat(text)
    except ValueError:
        notices.append(f"`{key}={text}` is not a date (YYYY-MM-DD) and was dropped.")
        return None
    if not MIN_DATE <= parsed <= MAX_DATE:
        notices.append(f"`{key}={text}` is outside {MIN_DATE.year}-{MAX_DATE.year} and was dropped.")
        return None
    return parsed


def _min_conf(values: Mapping[str, list[str]], notices: list[str]) -> float:
    """The minimum confidence, a number in 0..1, or the default."""
    if not values.get("min_conf"):
        return Filters.min_conf
    text = values["min_conf"][-1]
    try:
        number = float(text)
    except ValueError:
        number = math.nan
    if not 0.0 <= number <= 1.0:  # also false for NaN
        notices.append(f"`min_conf={text}` is not a number between 0 and 1 and was dropped.")
        return Filters.min_conf
    return number


def _choice(
    key: str, values: Mapping[str, list[str]], allowed: Sequence[str], default: str, notices: list[str]
) -> str:
    """One of `allowed` (case-insensitive), or the default, with a notice when the value was invalid."""
    if not values.get(key):
        return default
    text = values[key][-1]
    if text.lower() in allowed:
        return text.lower()
    notices.append(f"Unknown `{key}={text}` dropped; expected one of {', '.join(allowed)}.")
    return default
