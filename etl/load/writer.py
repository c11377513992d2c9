"""Batched inserts of documents, incidents and rejects: Arrow tables, never one INSERT per row."""

from __future__ import annotations

import dataclasses
from collections import Counter

import duckdb
import pyarrow as pa

from etl.models import INCIDENT_COLUMNS, Document, Incident
from etl.readers.base import Reject

BATCH_SIZE = 2000
DOCUMENT_COLUMNS = ("document_id", "report_date", "title", "text", "url", "source", "source_path", "run_id")
REJECT_COLUMNS = ("run_id", "source", "record", "reason")


class WarehouseWriter:
    """Collects rows and flushes them in batches; skips documents the warehouse already holds."""

    def __init__(self, con: duckdb.DuckDBPyConnection, run_id: str) -> None:
        self.con = con
        self.run_id = run_id
        self.known_ids: set[str] = {row[0] for row in con.execute("SELECT document_id FROM documents").fetchall()}
        self._documents: list[tuple] = []
        self._incidents: list[tuple] = []
        self._rejects: list[tuple] = []
        self.documents_loaded = 0
        self.incidents_loaded = 0
        self.duplicates = 0
        self.reject_reasons: Counter[str] = Counter()

    def is_known(self, document_id: str) -> bool:
        """True when the document is already stored (this run or before): it is skipped, not re-tagged."""
        if document_id in self.known_ids:
            self.duplicates += 1
            return True
        return False

    def add_document(self, doc: Document, incidents: list[Incident]) -> None:
        self.known_ids.add(doc.document_id)
        self._documents.append(
            (doc.document_id, doc.report_date, doc.title or None, doc.text, doc.url, doc.source, doc.source_path, self.run_id)
        )
        self._incidents.extend(dataclasses.astuple(i) for i in incidents)
        self.documents_loaded += 1
        self.incidents_loaded += len(incidents)
        if len(self._documents) >= BATCH_SIZE:
            self.flush()

    def add_reject(self, reject: Reject) -> None:
        self._rejects.append((self.run_id, reject.source, reject.record, reject.reason))
        self.reject_reasons[_reason_kind(reject.reason)] += 1
        if len(self._rejects) >= BATCH_SIZE:
            self.flush()

    @property
    def rejected(self) -> int:
        return sum(self.reject_reasons.values())

    def flush(self) -> None:
        """Write the pending rows, one Arrow insert per table."""
        self._insert("documents", DOCUMENT_COLUMNS, self._documents)
        self._insert("incidents", INCIDENT_COLUMNS, self._incidents)
        self._insert("rejects", REJECT_COLUMNS, self._rejects)
        self._documents, self._incidents, self._rejects = [], [], []

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        if not rows:
            return
        batch = pa.Table.from_pylist([dict(zip(columns, row, strict=True)) for row in rows])
        self.con.register("batch_rows", batch)
        try:
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch_rows")  # table names are constants
        finally:
            self.con.unregister("batch_rows")


def _reason_kind(reason: str) -> str:
    """Group reasons for the summary: 'malformed JSON: Expecting value' -> 'malformed JSON'."""
    return reason.split(":", 1)[0]
