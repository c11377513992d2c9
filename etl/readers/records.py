"""Article collections as JSON Lines, JSON arrays or CSV, with the field aliases of the design.

Fields: `id`, `date`|`published`, `title`, `text`|`body`|`content`|`summary`, `url`|`link`, `source`.
A record without text is rejected; a record without a date is passed on with none, for the loader to reject
or to date with --default-date.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from etl.models import Document, content_id
from etl.readers.base import MAX_TEXT_BYTES, ReadResult, Reject, open_text
from etl.readers.dates import DateError, parse_report_date

ID_FIELDS = ("id", "document_id", "guid")
DATE_FIELDS = ("date", "published", "date_published", "pubDate", "published_at", "datetime")
TITLE_FIELDS = ("title", "headline")
TEXT_FIELDS = ("text", "body", "content", "summary", "description")
URL_FIELDS = ("url", "link")
SOURCE_FIELDS = ("source", "source_feed", "publisher", "outlet")

csv.field_size_limit(sys.maxsize)


def _first(record: Mapping[str, object], names: Iterable[str]) -> str:
    for name in names:
        value = record.get(name)
        if value not in (None, ""):
            return value if isinstance(value, str) else str(value)
    return ""


def document_from_record(record: object, path: Path, where: str) -> ReadResult:
    """One record -> a Document, or a Reject with the reason."""
    source = str(path)
    if not isinstance(record, Mapping):
        return Reject(source, where, f"record is a {type(record).__name__}, not an object")
    text = _first(record, TEXT_FIELDS).strip()
    title = _first(record, TITLE_FIELDS).strip()
    if not text and not title:
        return Reject(source, where, f"no text (expected one of: {', '.join(TEXT_FIELDS)})")
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        return Reject(source, where, "text over 5 MB")
    try:
        report_date = parse_report_date(next((record[f] for f in DATE_FIELDS if record.get(f)), None))
    except DateError as exc:
        return Reject(source, where, str(exc))
    url = _first(record, URL_FIELDS) or None
    # A headline is text too: RSS items often carry their only incident in the title.
    body = f"{title}.\n\n{text}" if title and text and not text.startswith(title) else (text or title)
    doc_id = _first(record, ID_FIELDS) or content_id(url or "", title, text)
    return Document(doc_id, report_date, body, title=title, url=url, source=_first(record, SOURCE_FIELDS) or None,
                    source_path=source, record=where)


def read_jsonl(path: Path) -> Iterator[ReadResult]:
    """JSON Lines: one record per line; a malformed line is rejected and the rest still load."""
    with open_text(path) as fh:
        for lineno, line in _numbered_lines(fh, path):
            if isinstance(line, Reject):
                yield line
                return
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Reject(str(path), f"line {lineno}", f"malformed JSON: {exc.msg}")
                continue
            yield document_from_record(record, path, f"line {lineno}")


def _numbered_lines(fh, path: Path) -> Iterator[tuple[int, str | Reject]]:
    """Lines with their numbers; a decoding or gzip error ends the file with one Reject."""
    lineno = 0
    try:
        for lineno, line in enumerate(fh, start=1):  # noqa: B007 - lineno is read after the loop on errors
            yield lineno, line
    except UnicodeDecodeError as exc:
        yield lineno + 1, Reject(str(path), f"line {lineno + 1}", f"invalid UTF-8: {exc.reason}")
    except (EOFError, OSError) as exc:
        yield lineno + 1, Reject(str(path), f"line {lineno + 1}", f"truncated or corrupt file: {exc}")


def read_json(path: Path) -> Iterator[ReadResult]:
    """A JSON array of records (or an object holding one under `items`/`articles`/`records`)."""
    try:
        with open_text(path) as fh:
            data = json.load(fh)
    except (json.JSONDecodeError, UnicodeDecodeError, EOFError, OSError) as exc:
        yield Reject(str(path), None, f"unreadable JSON file: {exc}")
        return
    if isinstance(data, Mapping):
        data = next((data[k] for k in ("items", "articles", "records", "data") if isinstance(data.get(k), list)), [data])
    if not isinstance(data, list):
        yield Reject(str(path), None, "JSON file holds neither a list of records nor an object")
        return
    for i, record in enumerate(data, start=1):
        yield document_from_record(record, path, f"item {i}")


def read_csv(path: Path) -> Iterator[ReadResult]:
    """CSV with a header row naming the fields; a row that cannot be read is rejected, the rest load."""
    with open_text(path) as fh:
        try:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
        except (UnicodeDecodeError, EOFError, OSError, csv.Error) as exc:
            yield Reject(str(path), None, f"unreadable CSV file: {exc}")
            return
        if not any(f in header for f in TEXT_FIELDS + TITLE_FIELDS):
            yield Reject(str(path), None, f"CSV has no text column (expected one of: {', '.join(TEXT_FIELDS)})")
            return
        row = 1
        try:
            for row, record in enumerate(reader, start=2):  # noqa: B007 - row is read after the loop on errors
                yield document_from_record(record, path, f"row {row}")
        except (UnicodeDecodeError, EOFError, OSError, csv.Error) as exc:
            yield Reject(str(path), f"row {row + 1}", f"unreadable CSV row: {exc}")
