"""CSV rows for the CSV readers: a header, then each row as a dict with its number; bad rows become Rejects.

Lines are decoded one at a time (base.numbered_lines), so invalid UTF-8 or a truncated gzip costs only the row
it falls in. Rows are numbered as a spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

from etl.readers.base import MAX_LINE_BYTES, Reject, numbered_lines

# A runaway quote would otherwise swallow the rest of the file into one field.
csv.field_size_limit(MAX_LINE_BYTES)

CsvRecord = tuple[str, dict[str, str]]


class _Lines:
    """The decoded text lines csv.reader asks for, remembering which physical lines had a problem."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: dict[int, str] = {}

    def __iter__(self) -> Iterator[str]:
        for line in numbered_lines(self.path):
            if line.problem:
                self.problems[line.number] = line.problem
            yield line.text

    def take(self, first: int, last: int) -> list[str]:
        """Problems of the physical lines first..last (one row), forgotten once taken."""
        return [self.problems.pop(n) for n in range(first, last + 1) if n in self.problems]


def csv_header(path: Path) -> list[str]:
    """The column names of a CSV file (empty when it has no readable header)."""
    reader = csv.reader(iter(_Lines(path)))
    try:
        return [name.strip() for name in next(reader)]
    except (StopIteration, csv.Error):
        return []


def csv_records(path: Path) -> Iterator[CsvRecord | Reject]:
    """('row N', {column: value}) per data row; a row that cannot be read is a Reject and reading goes on."""
    source = str(path)
    lines = _Lines(path)
    reader = csv.reader(iter(lines))
    try:
        header = [name.strip() for name in next(reader)]
    except (StopIteration, csv.Error) as exc:
        yield Reject(source, None, f"unreadable CSV header: {str(exc) or 'no header row'}")
        return
    row, seen = 1, reader.line_num
    while True:
        try:
            values = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            values, error = [], f"unreadable CSV row: {exc}"
        else:
            error = None
        row += 1
        problems = lines.take(seen + 1, reader.line_num)
        seen = reader.line_num
        if error or problems:
            yield Reject(source, f"row {row}", error or problems[0])
        elif len(values) > len(header):
            yield Reject(
                source, f"row {row}", f"too many fields: row has {len(values)}, the header {len(header)}"
            )
        elif values:
            yield f"row {row}", dict(zip(header, values + [""] * (len(header) - len(values)), strict=True))
    for number in sorted(lines.problems):  # after the last row: a truncated file
        yield Reject(source, f"row {row + 1}", lines.problems[number])
