"""Batched inserts of documents, incidents and rejects: Arrow tables, never one INSERT per row.

Memory stays flat however big the input: rows are flushed every BATCH_SIZE documents, and duplicates are found
by asking the warehouse about each chunk of ids rather than by holding every stored id in memory.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Iterator

import duckdb
import pyarrow as pa

from etl.models import INCIDENT_COLUMNS, Document, Incident
from etl.readers.base import Reject

BATCH_SIZE = 2000
CLAIM_CHUNK = 2000
DOCUMENT_SCHEMA = pa.schema(
    [
        ("document_id", pa.string()),
        ("report_date", pa.date32()),
        ("title", pa.string()),
        ("text", pa.string()),
        ("url", pa.string()),
        ("source", pa.string()),
        ("source_path", pa.string()),
        ("run_id", pa.string()),
    ]
)
REJECT_SCHEMA = pa.schema(
    [("run_id", pa.string()), ("source", pa.string()), ("record", pa.string()), ("reason", pa.string())]
)
_INCIDENT_TYPES = {
    "event_date": pa.date32(),
    "report_date": pa.date32(),
    "latitude": pa.float64(),
    "longitude": pa.float64(),
    "impacts": pa.list_(pa.string()),
    "killed": pa.int32(),
    "injured": pa.int32(),
    "evidence_start": pa.int32(),
    "evidence_end": pa.int32(),
    "confidence": pa.float64(),
}
INCIDENT_SCHEMA = pa.schema([(name, _INCIDENT_TYPES.get(name, pa.string())) for name in INCIDENT_COLUMNS])


class WarehouseWriter:
    """Collects rows and flushes them in batches; skips documents the warehouse already holds."""

    def __init__(self, con: duckdb.DuckDBPyConnection, run_id: str) -> None:
        self.con = con
        self.run_id = run_id
        # Ids passed on whose rows the last duplicate query could not see yet: bounded by a chunk, the batch
        # and the documents in the pool. Flushed ids leave it only when the next query can see them.
        self._claimed: set[str] = set()
        self._flushed: list[str] = []
        self._documents: list[tuple] = []
        self._incidents: list[tuple] = []
        self._rejects: list[tuple] = []
        self.documents_loaded = 0
        self.incidents_loaded = 0
        self.duplicates = 0
        self.reject_reasons: Counter[str] = Counter()

    def new_documents(self, docs: Iterable[Document]) -> Iterator[Document]:
        """The documents not stored yet nor seen earlier in this run; the others count as duplicates."""
        iterator = iter(docs)
        while chunk := list(itertools.islice(iterator, CLAIM_CHUNK)):
            self._claimed.difference_update(self._flushed)
            self._flushed.clear()
            stored = self._stored({doc.document_id for doc in chunk})
            for doc in chunk:
                if doc.document_id in stored or doc.document_id in self._claimed:
                    self.duplicates += 1
                    continue
                self._claimed.add(doc.document_id)
                yield doc

    def _stored(self, ids: set[str]) -> set[str]:
        """Which of these ids the warehouse already holds (one query per chunk, a semi-join on the key)."""
        self.con.register("claim_ids", pa.table({"document_id": pa.array(list(ids), pa.string())}))
        try:
            rows = self.con.execute(
                "SELECT document_id FROM documents SEMI JOIN claim_ids USING (document_id)"
            ).fetchall()
        finally:
            self.con.unregister("claim_ids")
        return {row[0] for row in rows}

    def add_document(self, doc: Document, incidents: list[Incident]) -> None:
        """Queue a new document and its incidents; flushes every BATCH_SIZE documents."""
        self._documents.append(
            (
                doc.document_id,
                doc.report_date,
                doc.title or None,
                doc.text,
                doc.url,
                doc.source,
                doc.source_path,
                self.run_id,
            )
        )
        self._incidents.extend(tuple(getattr(i, name) for name in INCIDENT_COLUMNS) for i in incidents)
        self.documents_loaded += 1
        self.incidents_loaded += len(incidents)
        if len(self._documents) >= BATCH_SIZE:
            self.flush()

    def add_reject(self, reject: Reject) -> None:
        """Queue a rejected file or record, counted under the kind of its reason."""
        self._rejects.append((self.run_id, reject.source, reject.record, reject.reason))
        self.reject_reasons[reason_kind(reject.reason)] += 1
        if len(self._rejects) >= BATCH_SIZE:
            self.flush()

    @property
    def rejected(self) -> int:
        """Rejected files and records so far."""
        return sum(self.reject_reasons.values())

    def flush(self) -> None:
        """Write the pending rows, one Arrow insert per table."""
        self._insert("documents", DOCUMENT_SCHEMA, self._documents)
        self._insert("incidents", INCIDENT_SCHEMA, self._incidents)
        self._insert("rejects", REJECT_SCHEMA, self._rejects)
        self._flushed.extend(row[0] for row in self._documents)
        self._documents, self._incidents, self._rejects = [], [], []

    def _insert(self, table: str, schema: pa.Schema, rows: list[tuple]) -> None:
        if not rows:
            return
        columns = zip(*rows, strict=True)
        batch = pa.Table.from_arrays(
            [pa.array(c, f.type) for c, f in zip(columns, schema, strict=True)], schema=schema
        )
        self.con.register("batch_rows", batch)
        try:
            # Table names are constants of this module, never user input.
            self.con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch_rows")
        finally:
            self.con.unregister("batch_rows")


def reason_kind(reason: str) -> str:
    """Group reasons for the summary: 'malformed JSON: Expecting value' -> 'malformed JSON'."""
    return reason.split(":", 1)[0]
