"""Readers, one per source format, behind one contract (see base.py); `read_sources` picks them by file."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Iterator
from pathlib import Path

from etl.readers.base import ReadResult, Reader, Reject, logical_suffix
from etl.readers.records import read_csv, read_json, read_jsonl
from etl.readers.text import read_text

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_text,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".csv": read_csv,
}

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


def read_file(path: Path) -> Iterator[ReadResult]:
    """Read one file with the reader for its format, or reject it."""
    reader = READERS.get(logical_suffix(path))
    if reader is None:
        yield Reject(str(path), None, f"unsupported file type {''.join(path.suffixes) or '(none)'}")
        return
    if path.stat().st_size == 0:
        yield Reject(str(path), None, "empty file")
        return
    yield from reader(path)


def read_sources(files: Iterable[Path]) -> Iterator[ReadResult]:
    """Documents and rejects of all files, in order."""
    for path in files:
        yield from read_file(path)
