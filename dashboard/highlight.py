"""Evidence sentences as HTML with the words behind the tags marked, for the Incidents and Tagger pages."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any


def terms_for(row: Mapping[str, Any], type_labels: Mapping[str, str], q: str = "") -> list[str]:
    """The words to mark in one incident's evidence: search text, place, type, means and impacts."""
    impacts = row.get("impacts")
    candidates = [
        q,
        row.get("place"),
        type_labels.get(row.get("target_type") or "", ""),
        (row.get("target_type") or "").replace("_", " "),
        (row.get("means") or "").replace("_", " "),
        *(impact.replace("_", " ") for impact in (impacts if impacts is not None else [])),
    ]
    return [term for term in candidates if isinstance(term, str) and term.strip() and term != "unknown"]


def mark(text: str, terms: Iterable[str]) -> str:
    """Escape `text` for HTML and wrap each case-insensitive occurrence of a term in <mark>."""
    pattern = _pattern(sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True))
    if pattern is None:
        return html.escape(text)
    parts, last = [], 0
    for match in pattern.finditer(text):
        parts.append(html.escape(text[last : match.start()]))
        parts.append(f"<mark>{html.escape(match.group(0))}</mark>")
        last = match.end()
    parts.append(html.escape(text[last:]))
    return "".join(parts)


def _pattern(terms: Sequence[str]) -> re.Pattern[str] | None:
    """One alternation, longest term first, matching whole words with an optional plural ending."""
    if not terms:
        return None
    alternatives = "|".join(re.escape(term) for term in terms)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?:e?s)?(?!\w)", re.IGNORECASE)


def evidence_list(rows: Iterable[Mapping[str, Any]], type_labels: Mapping[str, str], q: str = "") -> str:
    """An HTML list of incidents: date, place and type in bold, the marked evidence, a link to the source."""
    items = []
    for row in rows:
        when = row.get("date") or row.get("event_date") or row.get("report_date")
        parts = (_day(when), row.get("place"), row.get("country_code"), row.get("target_type"))
        heading = " · ".join(html.escape(part) for part in parts if isinstance(part, str) and part)
        sentence = mark(row.get("evidence") or "", terms_for(row, type_labels, q))
        items.append(f"<li><b>{heading}</b>: {sentence}{_link(row.get('url'))}</li>")
    return f"<ul class='evidence'>{''.join(items)}</ul>"


def _day(value: Any) -> str:
    """YYYY-MM-DD of a date or timestamp, or nothing for a missing one (None, NaT)."""
    return value.strftime("%Y-%m-%d") if hasattr(value, "strftime") and value == value else ""


def _link(url: Any) -> str:
    """A link to an http(s) source, or nothing."""
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        return ""
    return f' <a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener">source</a>'
