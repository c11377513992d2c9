"""The calendar's words: month names with their abbreviations, and weekdays, numbered as `datetime` numbers
them. Every date rule reads them from here, so that one spelling ('sept') is added once."""

from __future__ import annotations

# Each month's full name first, then its abbreviations.
MONTH_NAMES = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTHS = {m: i for i, names in enumerate(MONTH_NAMES, start=1) for m in names}
MONTH_ABBREVIATIONS = tuple(m for names in MONTH_NAMES for m in names[1:])
WEEKDAYS = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
# The weekdays as a regex alternation, for the patterns that look ahead for one
WEEKDAY_ALTERNATION = "|".join(WEEKDAYS)
