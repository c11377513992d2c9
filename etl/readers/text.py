"""Plain-text and Markdown articles, with the seed's optional inline `date YYYY-MM-DD` header."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from etl.models import Document, content_id
from etl.readers.base import MAX_TEXT_BYTES, ReadResult, Reject, read_bytes
from etl.readers.dates import DEFAULT_DATE_ORDER, DateOrder

# The header may run on into the first sentence: "date 2024-03-23 Russia's military announced ..."
_HEADER = re.compile(r"\A\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})\b[ \t]*\n?")


def split_header(raw: str) -> tuple[date | None, str]:
    """The report date of the header (if any) and the body text after it."""
    m = _HEADER.match(raw)
    if not m:
        return None, raw.strip()
    try:
        report_date = date.fromisoformat(m.group(1))
    except ValueError:
        return None, raw.strip()
    return report_date, raw[m.end() :].strip()


def read_text(path: Path, *, date_order: DateOrder = DEFAULT_DATE_ORDER) -> Iterator[ReadResult]:
    """One document per file; the title is the first line when it is a Markdown heading.

    `date_order` is ignored: the only date read is the header's, which is ISO.
    """
    source = str(path)
    data, problem = read_bytes(path, MAX_TEXT_BYTES)
    if problem:
        yield Reject(source, None, "text over 5 MB" if problem.startswith("file over") else problem)
        return
    try:
        raw = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        yield Reject(source, None, f"invalid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}")
        return
    if "\x00" in raw:
        yield Reject(source, None, "binary file (NUL bytes), not text")
        return
    report_date, body = split_header(raw)
    if not body:
        yield Reject(source, None, "empty file")
        return
    title = body.splitlines()[0].lstrip("# ").strip() if body.startswith("#") else ""
    yield Document(content_id(body), report_date, body, title=title, source=path.name, source_path=source)
