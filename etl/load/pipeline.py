"""One ETL run: read the sources, tag every new document, load it all into a staged warehouse, swap it in."""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from etl.load.schema import named_sql
from etl.load.staging import staged_warehouse
from etl.load.writer import WarehouseWriter
from etl.models import Document, Incident
from etl.readers import expand_sources, read_sources
from etl.readers.base import Reject

Tagger = Callable[[Document], list[Incident]]


@dataclass(slots=True)
class RunSummary:
    """What a run did, for the command's summary line and the `runs` table."""

    run_id: str
    command: str
    files: int
    documents_loaded: int = 0
    duplicates_skipped: int = 0
    incidents_loaded: int = 0
    reject_reasons: Counter[str] = field(default_factory=Counter)

    @property
    def rejected(self) -> int:
        return sum(self.reject_reasons.values())


def run(
    command: str,
    sources: list[str],
    warehouse: Path,
    tagger: Tagger,
    default_date: date | None = None,
    progress: Callable[[Iterable], Iterable] = lambda items: items,
) -> RunSummary:
    """Run `build` (fresh warehouse) or `add` (onto the existing one); raises SourceNotFound before touching anything."""
    files = expand_sources(sources)
    run_id = uuid.uuid4().hex[:12]
    started = datetime.now()
    with staged_warehouse(warehouse, fresh=(command == "build")) as con:
        writer = WarehouseWriter(con, run_id)
        for item in progress(read_sources(files)):
            _load_one(item, writer, tagger, default_date)
        writer.flush()
        con.execute(named_sql("assign_clusters"))
        summary = RunSummary(run_id, command, len(files), writer.documents_loaded, writer.duplicates,
                             writer.incidents_loaded, writer.reject_reasons)
        con.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [run_id, command, started, datetime.now(), [str(s) for s in sources], summary.documents_loaded,
             summary.duplicates_skipped, summary.incidents_loaded, summary.rejected,
             "ok" if summary.documents_loaded or summary.duplicates_skipped else "empty"],
        )
    return summary


def _load_one(item: Document | Reject, writer: WarehouseWriter, tagger: Tagger, default_date: date | None) -> None:
    if isinstance(item, Reject):
        writer.add_reject(item)
        return
    if item.report_date is None:
        if default_date is None:
            writer.add_reject(Reject(item.source_path or "", item.record, "no date (pass --default-date to load it)"))
            return
        item = dataclasses.replace(item, report_date=default_date)
    if writer.is_known(item.document_id):
        return
    writer.add_document(item, tagger(item))
