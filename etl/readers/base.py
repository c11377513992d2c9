"""The reader contract: every format turns a file into Documents, and anything it cannot read into Rejects.

A reader is a function `read(path: Path) -> Iterator[Document | Reject]`. It never raises for bad input:
a broken record becomes a Reject with its line or row and a one-line reason, and reading goes on.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from etl.models import Document

MAX_TEXT_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not be loaded: the file, the line/row within it (None: the whole file), and why."""

    source: str
    record: str | None
    reason: str


ReadResult = Document | Reject
Reader = Callable[[Path], Iterator[ReadResult]]


def open_text(path: Path) -> io.TextIOBase:
    """Open a text file, gunzipping `.gz` transparently; undecodable bytes raise UnicodeDecodeError on read."""
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="")
    return open(path, encoding="utf-8", newline="")


def logical_suffix(path: Path) -> str:
    """The format suffix, looking through `.gz` (`feed.jsonl.gz` -> `.jsonl`)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""
