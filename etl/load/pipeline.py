"""One ETL run: read the sources, tag every new document, load it all into a staged warehouse, swap it in.

Everything streams: readers yield one record at a time, new documents are tagged in chunks (in worker
processes when jobs > 1) and rows go to DuckDB in batches, so memory does not grow with the input.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from etl.load.schema import named_sql
from etl.load.staging import staged_warehouse
from etl.load.tagpool import Tagger, TaggerFailure, TagPool
from etl.load.writer import WarehouseWriter
from etl.models import Document
from etl.readers import ReadResult, expand_sources, read_sources
from etl.readers.base import Reject
from etl.readers.dates import DEFAULT_DATE_ORDER, DateOrder

NO_DATE = "no date: pass --default-date to load it"


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
        """Rejected files and records."""
        return sum(self.reject_reasons.values())


def run(
    command: str,
    sources: list[str],
    warehouse: Path,
    tagger: Tagger,
    default_date: date | None = None,
    progress: Callable[[Iterable], Iterable] = lambda items: items,
    jobs: int = 1,
    default_country: str | None = None,
    date_order: DateOrder = DEFAULT_DATE_ORDER,
) -> RunSummary:
    """Run `build` (a fresh warehouse) or `add` (onto the existing one); SourceNotFound before any change.

    `default_country` (an ISO code) places targets whose text names no place in that country. `date_order`
    is how the sources write numeric dates; it only reaches the readers, which run here in this process
    (the tagging workers get documents already dated).
    """
    files = expand_sources(sources)
    run_id = uuid.uuid4().hex[:12]
    started = datetime.now()
    # The pool first: its workers must be forked before DuckDB starts its threads.
    with TagPool(tagger, jobs) as pool, staged_warehouse(warehouse, fresh=(command == "build")) as con:
        writer = WarehouseWriter(con, run_id)
        dated = _dated_documents(progress(read_sources(files, date_order)), writer, default_date)
        if default_country:
            dated = (dataclasses.replace(doc, default_country=default_country) for doc in dated)
        for doc, incidents in pool.tag(writer.new_documents(dated)):
            if isinstance(incidents, TaggerFailure):
                writer.add_reject(Reject(doc.source_path or doc.source or "", doc.record, incidents.reason))
            else:
                writer.add_document(doc, incidents)
        writer.flush()
        con.execute(named_sql("assign_clusters"))
        summary = RunSummary(
            run_id,
            command,
            len(files),
            writer.documents_loaded,
            writer.duplicates,
            writer.incidents_loaded,
            writer.reject_reasons,
        )
        con.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                run_id,
                command,
                started,
                datetime.now(),
                [str(s) for s in sources],
                summary.documents_loaded,
                summary.duplicates_skipped,
                summary.incidents_loaded,
                summary.rejected,
                "ok" if summary.documents_loaded or summary.duplicates_skipped else "empty",
            ],
        )
    return summary


def _dated_documents(
    items: Iterable[ReadResult], writer: WarehouseWriter, default_date: date | None
) -> Iterator[Document]:
    """Documents with a report date; rejects and undated ones (no --default-date) go to the writer."""
    for item in items:
        if isinstance(item, Reject):
            writer.add_reject(item)
        elif item.report_date is not None:
            yield item
        elif default_date is not None:
            yield dataclasses.replace(item, report_date=default_date)
        else:
            writer.add_reject(Reject(item.source_path or "", item.record, NO_DATE))
