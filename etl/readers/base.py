"""The reader contract: every format turns a file into Documents, and anything it cannot read into Rejects.

A reader is a function `read(path: Path, *, date_order) -> Iterator[Document | Reject]`. It never raises for
bad input: a broken record becomes a Reject with its line or row and a one-line reason, and reading goes on.
Readers stream: they hold one record (or, for whole-document formats such as a feed or a page, one file) at a
time. `date_order` (--date-order) is how the collection writes numeric dates such as 03/04/2024; it is passed
down rather than set globally, so a reader's output depends on its arguments alone. Readers it does not
apply to (a text header is ISO; ACLED is day-first by its own definition) accept it and ignore it.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NamedTuple, Protocol

from etl.models import Document
from etl.readers.dates import DEFAULT_DATE_ORDER, DateOrder

MAX_TEXT_BYTES = 5 * 1024 * 1024
# A JSON or CSV line may escape its 5 MB of text (\uXXXX, doubled quotes); longer lines are skipped unread.
MAX_LINE_BYTES = 4 * MAX_TEXT_BYTES + 1024 * 1024
HEAD_BYTES = 8192
READ_ERRORS = (EOFError, OSError, zlib.error)


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not be loaded: the file, the line/row within it (None: the whole file), and why."""

    source: str
    record: str | None
    reason: str


ReadResult = Document | Reject


class Reader(Protocol):
    """The contract every format's reader meets (see the module docstring)."""

    def __call__(self, path: Path, *, date_order: DateOrder = DEFAULT_DATE_ORDER) -> Iterator[ReadResult]:
        """The Documents and Rejects of one file, in file order."""
        ...


class Line(NamedTuple):
    """One physical line, decoded on its own; `problem` says why it is unusable (`text` is a stand-in)."""

    number: int
    text: str
    problem: str | None = None


def open_binary(path: Path) -> BinaryIO:
    """Open a file for reading bytes, gunzipping `.gz` transparently."""
    if path.suffix.lower() == ".gz":
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def logical_suffix(path: Path) -> str:
    """The format suffix, looking through `.gz` (`feed.jsonl.gz` -> `.jsonl`)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def text_too_long(text: str) -> bool:
    """True when the text is over 5 MB of UTF-8 (encoding only texts that could be)."""
    return len(text) * 4 > MAX_TEXT_BYTES and len(text.encode("utf-8")) > MAX_TEXT_BYTES


def read_head(path: Path) -> tuple[bytes, str | None]:
    """The first bytes of the (decompressed) file and, if the whole file is unusable, why."""
    try:
        with open_binary(path) as fh:
            head = fh.read(HEAD_BYTES)
    except gzip.BadGzipFile:
        return b"", "not a gzip file"
    except READ_ERRORS:
        return b"", None  # truncated within the first bytes: the reader reports it where it happens
    if not head.strip():
        return head, "empty file"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head, "UTF-16 text; only UTF-8 is read (save the file as UTF-8)"
    if b"\x00" in head:
        return head, "binary file (NUL bytes), not text"
    return head, None


def numbered_lines(path: Path) -> Iterator[Line]:
    """Lines decoded one by one, so invalid UTF-8 costs only its line; a truncated file ends in a problem."""
    number = 0
    try:
        with open_binary(path) as fh:
            while raw := fh.readline(MAX_LINE_BYTES + 1):
                number += 1
                if len(raw) > MAX_LINE_BYTES:
                    _skip_to_next_line(fh)
                    yield Line(number, "\n", f"line over {MAX_LINE_BYTES >> 20} MB")
                    continue
                yield _decode(number, raw)
    except READ_ERRORS as exc:
        yield Line(number + 1, "", read_error(exc))


def _decode(number: int, raw: bytes) -> Line:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = f"byte 0x{raw[exc.start]:02x} at column {exc.start + 1}"
        return Line(number, raw.decode("utf-8", errors="replace"), f"invalid UTF-8: {where}")
    return Line(number, text.removeprefix("\ufeff") if number == 1 else text)


def _skip_to_next_line(fh: BinaryIO) -> None:
    while (chunk := fh.readline(1024 * 1024)) and not chunk.endswith(b"\n"):
        pass


def read_bytes(path: Path, limit: int) -> tuple[bytes, str | None]:
    """A whole (decompressed) file up to `limit` bytes, and why it is incomplete or too big (None: whole)."""
    chunks: list[bytes] = []
    size = 0
    try:
        with open_binary(path) as fh:
            while chunk := fh.read1(1024 * 1024):  # read1: a truncated gzip keeps all before the cut
                chunks.append(chunk)
                size += len(chunk)
                if size > limit:
                    return b"", f"file over {limit >> 20} MB"
    except READ_ERRORS as exc:
        return b"".join(chunks), read_error(exc)
    return b"".join(chunks), None


def read_error(exc: BaseException) -> str:
    """A one-line reason for a failed read: a truncated gzip, a corrupt one, or an unreadable file."""
    if isinstance(exc, EOFError):
        return f"truncated file: {exc}"
    if isinstance(exc, (zlib.error, gzip.BadGzipFile)):
        return f"corrupt gzip data: {exc}"
    return f"unreadable file: {exc}"
