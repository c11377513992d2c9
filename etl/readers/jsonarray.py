"""The items of a JSON file, parsed one by one: a bad item or a cut-off file costs only what follows it."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping

from etl.readers.base import Reject

LIST_KEYS = ("items", "articles", "records", "data")
_SPACE = re.compile(r"\s*")

JsonItem = tuple[str, object]


def json_items(data: bytes, problem: str | None, source: str) -> Iterator[JsonItem]:
    """('item N', value or Reject) for each record of a JSON array, or of the list an object holds."""
    if problem and not data:
        yield "file", Reject(source, None, problem)
        return
    text, lossy = _decode(data)
    start = _SPACE.match(text).end()
    if text.startswith("[", start):
        yield from _array_items(text, start + 1, lossy, problem, source)
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield "file", Reject(source, None, problem or f"malformed JSON: {exc.msg} at line {exc.lineno}")
        return
    if isinstance(value, Mapping):
        value = next((value[k] for k in LIST_KEYS if isinstance(value.get(k), list)), [value])
    if not isinstance(value, list):
        yield "file", Reject(source, None, "JSON file holds neither a list of records nor an object")
        return
    for n, item in enumerate(value, start=1):
        yield f"item {n}", item


def _decode(data: bytes) -> tuple[str, bool]:
    """The text, and whether invalid UTF-8 was replaced (then items holding U+FFFD are rejected)."""
    try:
        return data.decode("utf-8").removeprefix("\ufeff"), False
    except UnicodeDecodeError:
        return data.decode("utf-8", errors="replace").removeprefix("\ufeff"), True


def _array_items(text: str, pos: int, lossy: bool, problem: str | None, source: str) -> Iterator[JsonItem]:
    decoder = json.JSONDecoder()
    pos = _SPACE.match(text, pos).end()
    n = 0
    while not text.startswith("]", pos):
        n += 1
        where = f"item {n}"
        if pos >= len(text):
            yield where, Reject(source, where, problem or "JSON array not closed: the file is cut short")
            return
        try:
            item, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield where, Reject(source, where, problem or f"malformed JSON: {exc.msg} at line {exc.lineno}")
            return  # no safe way to find the next item
        yield (
            where,
            Reject(source, where, "invalid UTF-8 in the record")
            if lossy and "\ufffd" in text[pos:end]
            else item,
        )
        pos = _SPACE.match(text, end).end()
        if text.startswith(",", pos):
            pos = _SPACE.match(text, pos + 1).end()
        elif not text.startswith("]", pos) and pos < len(text):
            yield (
                f"item {n + 1}",
                Reject(source, f"item {n + 1}", f"malformed JSON: expected ',' or ']' at offset {pos}"),
            )
            return
