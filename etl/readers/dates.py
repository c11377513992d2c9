"""Report dates as sources write them: ISO 8601, RFC 2822, '31 July 2022', 'July 31, 2022', '16/02/2024'.

Only all-numeric dates ('03/04/2024') are ambiguous; which number is the day is a property of the collection
(European sources and ACLED write day-first, US exports and Bellingcat month-first), so the caller says it
with `order` rather than this module guessing per record. Every other layout names its month or its year
first and reads the same whatever the order.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Literal, get_args

DateOrder = Literal["dmy", "mdy"]
DATE_ORDERS: tuple[DateOrder, ...] = get_args(DateOrder)
DEFAULT_DATE_ORDER: DateOrder = "dmy"

_DMY_TEXT = re.compile(r"^\s*(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})\b")
_MDY_TEXT = re.compile(r"^\s*([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1
    )
}
EARLIEST = date(1900, 1, 1)
LATEST = date(2100, 1, 1)


class DateError(ValueError):
    """A date that cannot be read or cannot be true."""


def parse_report_date(value: object, *, order: DateOrder) -> date | None:
    """The date of a record's date field; None when empty; DateError when unreadable or impossible.

    `order` is how the source writes numeric dates ('dmy': 03/04/2024 is 3 April; 'mdy': 4 March). It has
    no default so that every reader decides: ACLED, for one, is day-first whatever the collection around it.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return _plausible(value.date(), value)
    if isinstance(value, date):
        return _plausible(value, value)
    text = str(value).strip()
    if not text:
        return None
    return _plausible(_parse_text(text, order), text)


def _parse_text(text: str, order: DateOrder) -> date:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    if m := _ISO.match(text):  # ISO-shaped but not a calendar date ('2024-02-30')
        return _ymd(int(m.group(1)), int(m.group(2)), int(m.group(3)), text)
    if text[:1].isdigit() and (m := _NUMERIC.match(text)):
        first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        # No swapping when the order makes the date impossible ('13/25/2024' as mdy): it is rejected.
        return _ymd(year, second, first, text) if order == "dmy" else _ymd(year, first, second, text)
    if m := _DMY_TEXT.match(text):
        return _ymd(int(m.group(3)), _month(m.group(2), text), int(m.group(1)), text)
    if m := _MDY_TEXT.match(text):
        return _ymd(int(m.group(3)), _month(m.group(1), text), int(m.group(2)), text)
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError) as exc:
        raise DateError(f"unreadable date: {text!r}") from exc


def _month(name: str, text: str) -> int:
    try:
        return _MONTHS[name[:3].lower()]
    except KeyError:
        raise DateError(f"unreadable date: {text!r}") from None


def _ymd(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateError(f"impossible date: {text!r}") from None


def _plausible(value: date, original: object) -> date:
    if not EARLIEST <= value < LATEST:
        raise DateError(f"impossible date: '{original}'")
    return value
