"""Article collections as JSON Lines, JSON arrays or CSV, with the field aliases of the design.

Fields: `id`, `date`|`published`, `title`, `text`|`body`|`content`|`summary`, `url`|`link`, `source`.
A record without text is rejected; a record without a date takes the one its URL, path or issue name is
written with ('/2023/07/19/', 'TheEconomist-2025-11-29'), else it is passed on with none, for the loader to
reject or to date with --default-date. Numeric dates ('03/04/2024') are read in the collection's --date-order.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from pathlib import Path

from etl.models import Document, content_id
from etl.readers.base import ReadResult, Reject, numbered_lines, read_bytes, text_too_long
from etl.readers.csvrows import csv_header, csv_records
from etl.readers.dates import DEFAULT_DATE_ORDER, DateError, DateOrder, parse_report_date
from etl.readers.jsonarray import json_items
from etl.readers.markup import html_to_text

ID_FIELDS = ("id", "document_id", "guid")
DATE_FIELDS = ("date", "published", "date_published", "pubDate", "published_at", "datetime")
TITLE_FIELDS = ("title", "headline")
TEXT_FIELDS = ("text", "body", "content", "summary", "description")
URL_FIELDS = ("url", "link")
SOURCE_FIELDS = ("source", "source_feed", "publisher", "outlet")
NAME_FIELDS = ("url", "link", "path", "issue", "file", "filename", "id")  # may be written with the date
# '/2023/07/19/', 'TheEconomist-2025-11-29', 'report_2024_03_23.md': year, month and day, one separator
_WRITTEN_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([-/_.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
MAX_JSON_FILE_BYTES = 256 * 1024 * 1024  # a .json file is held whole; bigger collections belong in JSONL
_MARKUP = re.compile(r"</?[a-zA-Z][^>]*>")


def _first(record: Mapping[str, object], names: Iterable[str]) -> str:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value if isinstance(value, str) else str(value)
    return ""


def _written_date(record: Mapping[str, object]) -> date | None:
    """The date a record's URL, path or issue name is written with, for a record with no date field."""
    for name in NAME_FIELDS:
        value = record.get(name)
        found = _WRITTEN_DATE.search(value) if isinstance(value, str) else None
        if found:
            try:
                return parse_report_date(f"{found[1]}-{found[3]}-{found[4]}", order=DEFAULT_DATE_ORDER)
            except DateError:
                continue  # '2023/02/30' is no date
    return None


def _plain(value: str) -> str:
    """Text as a reader sees it: feed descriptions saved into JSON keep their HTML ("Kyiv&#039;s", "<p>")."""
    if _MARKUP.search(value):
        return html_to_text(value)
    return html.unescape(value) if "&" in value else value


def document_from_record(
    record: object, path: Path, where: str | None, date_order: DateOrder = DEFAULT_DATE_ORDER
) -> ReadResult:
    """One record -> a Document, or a Reject with the reason; numeric dates read in `date_order`."""
    source = str(path)
    if not isinstance(record, Mapping):
        return Reject(source, where, f"not an object: the record is a {type(record).__name__}")
    text = _first(record, TEXT_FIELDS).strip()
    title = _first(record, TITLE_FIELDS).strip()
    if not text and not title:
        return Reject(source, where, f"no text: expected one of {', '.join(TEXT_FIELDS)}")
    if text_too_long(text):
        return Reject(source, where, "text over 5 MB")
    try:
        value = next((record[f] for f in DATE_FIELDS if record.get(f)), None)
        report_date = parse_report_date(value, order=date_order)
    except DateError as exc:
        return Reject(source, where, str(exc))
    report_date = report_date or _written_date(record)
    url = _first(record, URL_FIELDS) or None
    # A headline is text too: RSS items often carry their only incident in the title.
    doc_id = _first(record, ID_FIELDS) or content_id(url or "", title, text)  # of the record as stored
    title, text = _plain(title), _plain(text)
    # The headline is a sentence of its own; one ending in '?' or '!' keeps it (a question reports nothing).
    stop = "" if title.endswith((".", "?", "!", "…")) else "."
    body = f"{title}{stop}\n\n{text}" if title and text and not text.startswith(title) else (text or title)
    return Document(
        doc_id,
        report_date,
        body,
        title=title,
        url=url,
        source=_first(record, SOURCE_FIELDS) or None,
        source_path=source,
        record=where,
    )


def read_jsonl(path: Path, *, date_order: DateOrder = DEFAULT_DATE_ORDER) -> Iterator[ReadResult]:
    """JSON Lines: one record per line; a malformed or undecodable line is rejected, the rest still load."""
    for line in numbered_lines(path):
        where = f"line {line.number}"
        if line.problem:
            yield Reject(str(path), where, line.problem)
            continue
        if not line.text.strip():
            continue
        try:
            record = json.loads(line.text.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            yield Reject(str(path), where, f"malformed JSON: {exc.msg} at column {exc.pos + 1}")
            continue
        yield document_from_record(record, path, where, date_order)


def read_json(path: Path, *, date_order: DateOrder = DEFAULT_DATE_ORDER) -> Iterator[ReadResult]:
    """A JSON array of records (or an object holding one under `items`/`articles`/`records`/`data`)."""
    data, problem = read_bytes(path, MAX_JSON_FILE_BYTES)
    for where, item in json_items(data, problem, str(path)):
        yield item if isinstance(item, Reject) else document_from_record(item, path, where, date_order)


def has_text_column(header: list[str]) -> bool:
    """True when a CSV header names a text or title column (an article collection)."""
    return any(name in header for name in TEXT_FIELDS + TITLE_FIELDS)


def read_csv(path: Path, *, date_order: DateOrder = DEFAULT_DATE_ORDER) -> Iterator[ReadResult]:
    """CSV with a header row naming the fields; a row that cannot be read is rejected, the rest load."""
    if not has_text_column(csv_header(path)):
        yield Reject(str(path), None, f"CSV has no text column: expected one of {', '.join(TEXT_FIELDS)}")
        return
    for item in csv_records(path):
        yield item if isinstance(item, Reject) else document_from_record(item[1], path, item[0], date_order)
