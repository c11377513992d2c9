"""Tagging in worker processes: chunks of documents out, their incidents back, in input order.

The tagger is pure, so it runs anywhere; on a multi-core machine it is the cost of a run. Workers are forked
before the warehouse is opened (no DuckDB threads to inherit) and after the tagger is warmed up (the gazetteer
is loaded once and shared). Output is deterministic: results come back in the order documents went in.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from multiprocessing.pool import AsyncResult, Pool
from types import TracebackType

from etl.load.curated import coded_incidents
from etl.models import Document, Incident

Tagger = Callable[[Document], list[Incident]]


@dataclass(frozen=True, slots=True)
class TaggerFailure:
    """The tagger raised on one document: a bug to report, not a reason to lose the rest of the run."""

    reason: str


Tagged = tuple[Document, list[Incident] | TaggerFailure]
CHUNK_SIZE = 200
MAX_REASON = 200
CHUNKS_IN_FLIGHT_PER_JOB = 2  # enough to keep every worker busy; more would only hold documents in memory

_worker_tagger: Tagger | None = None


def tag_with_facts(tagger: Tagger, doc: Document) -> list[Incident] | TaggerFailure:
    """The tagger's incidents, with a curated source's own date and place put over them; a TaggerFailure
    naming the exception if the tagger raised (the document is then rejected and the run goes on)."""
    try:
        return coded_incidents(tagger(doc), doc.facts)
    except Exception as exc:  # any tagger bug: this document is rejected with the reason, the run goes on
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        return TaggerFailure(f"tagger failed: {detail}"[:MAX_REASON])


class TagPool:
    """Tags documents inline (jobs=1) or in `jobs` forked worker processes; use it as a context manager."""

    def __init__(self, tagger: Tagger, jobs: int = 1, chunk_size: int = CHUNK_SIZE) -> None:
        self.tagger = tagger
        self.jobs = max(1, jobs)
        self.chunk_size = chunk_size
        self._pool: Pool | None = None

    def __enter__(self) -> TagPool:
        if self.jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
            # Load the gazetteer here, once, so the workers inherit it instead of each loading it.
            self.tagger(Document("warm-up", date(2000, 1, 1), "Warm-up."))
            context = multiprocessing.get_context("fork")
            self._pool = context.Pool(
                self.jobs, initializer=_start_worker, initargs=(self.tagger, os.getpid())
            )
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._pool is not None:
            (self._pool.close if exc_type is None else self._pool.terminate)()
            self._pool.join()
            self._pool = None

    def tag(self, docs: Iterable[Document]) -> Iterator[Tagged]:
        """(document, incidents) for every document, in input order."""
        if self._pool is None:
            for doc in docs:
                yield doc, tag_with_facts(self.tagger, doc)
            return
        pending: deque[tuple[list[Document], AsyncResult]] = deque()
        for chunk in _chunks(docs, self.chunk_size):
            pending.append((chunk, self._pool.apply_async(_tag_chunk, (chunk,))))
            if len(pending) >= self.jobs * CHUNKS_IN_FLIGHT_PER_JOB:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())


def _chunks(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(docs)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


def _collect(chunk: list[Document], result: AsyncResult) -> Iterator[Tagged]:
    yield from zip(chunk, result.get(), strict=True)


def _start_worker(tagger: Tagger, parent: int) -> None:
    """Worker set-up: Ctrl-C and SIGTERM are the parent's to handle; die with the parent (even on kill -9)."""
    global _worker_tagger
    _worker_tagger = tagger
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()


def _exit_when_orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _tag_chunk(chunk: list[Document]) -> list[list[Incident] | TaggerFailure]:
    assert _worker_tagger is not None, "worker started without a tagger"
    return [tag_with_facts(_worker_tagger, doc) for doc in chunk]
