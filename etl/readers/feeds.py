"""RSS and Atom feeds saved as files (feedparser, offline): one Document per entry.

feedparser is given the bytes, never a path or URL, so nothing is fetched. Its lenient parser recovers the
entries of a malformed or cut-off feed; they load, and one Reject after the last entry says what went wrong.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from etl.readers.base import ReadResult, Reject, read_bytes
from etl.readers.dates import DEFAULT_DATE_ORDER, DateOrder
from etl.readers.markup import html_to_text
from etl.readers.records import document_from_record

MAX_FEED_BYTES = 256 * 1024 * 1024


def read_feed(path: Path, *, date_order: DateOrder = DEFAULT_DATE_ORDER) -> Iterator[ReadResult]:
    """Every entry of an RSS 0.9x/1.0/2.0 or Atom feed, with its guid, date, title, link and text.

    feedparser reads the standard date layouts itself; a date it cannot read reaches us as the raw string,
    and a numeric one among those is read in `date_order` like any record's.
    """
    import feedparser  # imported on first use: most runs read no feeds

    source = str(path)
    data, problem = read_bytes(path, MAX_FEED_BYTES)
    if problem and not data:
        yield Reject(source, None, problem)
        return
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        error = _parse_error(parsed)
        yield Reject(source, None, f"not an RSS or Atom feed{f' ({error})' if error else ''}")
        return
    feed_title = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, start=1):
        yield document_from_record(entry_record(entry, feed_title), path, f"entry {n}", date_order)
    if error := problem or _parse_error(parsed):
        yield Reject(source, f"after entry {len(parsed.entries)}", f"malformed feed: {error}")


def entry_record(entry: Mapping[str, Any], feed_title: str | None) -> dict[str, object]:
    """A feed entry as an article record (the field names records.document_from_record reads)."""
    contents = [c.get("value", "") for c in entry.get("content", ())]
    body = max(contents, key=len) if contents else entry.get("summary", "")
    # dict.get: feedparser's own get maps a missing updated_parsed to published_parsed, with a warning, when
    # it could not read the published date ('06/01/2023'); that raw string is then ours to read.
    parsed_date = entry.get("published_parsed") or dict.get(entry, "updated_parsed")
    link = entry.get("link") or ""
    return {
        "id": entry.get("id"),
        "date": datetime(*parsed_date[:6]) if parsed_date else entry.get("published") or entry.get("updated"),
        "title": html_to_text(entry.get("title", "")),
        "text": html_to_text(body),
        "url": link if "://" in link else None,  # feedparser copies a non-URL guid into link
        "source": feed_title,
    }


def _parse_error(parsed: Mapping[str, Any]) -> str | None:
    """The XML error feedparser met, in one line; encoding notices are not errors."""
    exc = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if exc is None or type(exc).__name__ in ("CharacterEncodingOverride", "NonXMLContentType"):
        return None
    return " ".join(str(exc).split()) or type(exc).__name__
