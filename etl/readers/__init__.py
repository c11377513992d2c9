"""Readers, one per source format, behind one contract (see base.py); `read_sources` picks them by file."""

from __future__ import annotations

import glob
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from etl.readers.acled import is_acled, read_acled
from etl.readers.base import Reader, ReadResult, Reject, logical_suffix, read_head
from etl.readers.csvrows import csv_header
from etl.readers.dates import DEFAULT_DATE_ORDER, DateOrder
from etl.readers.feeds import read_feed
from etl.readers.pages import read_page
from etl.readers.records import read_csv, read_json, read_jsonl
from etl.readers.text import read_text


def read_csv_file(path: Path, *, date_order: DateOrder = DEFAULT_DATE_ORDER) -> Iterator[ReadResult]:
    """An ACLED export (recognised by its columns) or an article collection."""
    yield from (read_acled if is_acled(csv_header(path)) else read_csv)(path, date_order=date_order)


READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_text,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".csv": read_csv_file,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
    ".html": read_page,
    ".htm": read_page,
}
# Suffixes whose content decides: a feed saved as .html, a page saved as .xml, a download with no suffix.
SNIFFED = frozenset({".xml", ".html", ".htm", ""})
_FEED = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]")
_HTML = re.compile(rb"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)

__all__ = ["READERS", "ReadResult", "Reject", "SourceNotFound", "expand_sources", "read_sources"]


class SourceNotFound(FileNotFoundError):
    """A SOURCE argument that names no file, directory or glob match."""


def expand_sources(sources: Iterable[str | Path]) -> list[Path]:
    """Files named by the SOURCE arguments: files, directories (recursive, sorted) and globs."""
    files: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
        elif matches := sorted(glob.glob(str(source), recursive=True)):
            files.extend(expand_sources(matches))
        else:
            raise SourceNotFound(f"source not found: {source}")
    return files


def reader_for(suffix: str, head: bytes) -> Reader | None:
    """The reader by suffix, or by content where the suffix does not settle it."""
    if suffix in SNIFFED:
        feed, page = _FEED.search(head), _HTML.search(head)
        if feed and (not page or feed.start() < page.start()):
            return read_feed
        if page:
            return read_page
    return READERS.get(suffix)


def read_file(path: Path, date_order: DateOrder = DEFAULT_DATE_ORDER) -> Iterator[ReadResult]:
    """Read one file with the reader for its format, or reject it with the reason.

    `date_order` is how the collection writes numeric dates (--date-order); each reader applies it or not.
    """
    head, problem = read_head(path)
    reader = reader_for(logical_suffix(path), head)
    if reader is None:
        yield Reject(str(path), None, f"unsupported file type: {''.join(path.suffixes) or '(no suffix)'}")
    elif problem:
        yield Reject(str(path), None, problem)
    else:
        yield from reader(path, date_order=date_order)


def read_sources(files: Iterable[Path], date_order: DateOrder = DEFAULT_DATE_ORDER) -> Iterator[ReadResult]:
    """Documents and rejects of all files, in order; numeric dates read in `date_order`."""
    for path in files:
        yield from read_file(path, date_order)
