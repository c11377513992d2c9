"""The command line: `python -m etl build | add | tag` (the contract of DESIGN.md)."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from tqdm import tqdm

from etl.load import RunSummary, run
from etl.readers import SourceNotFound
from etl.readers.dates import DATE_ORDERS, DEFAULT_DATE_ORDER
from etl.readers.text import split_header

DEFAULT_WAREHOUSE = Path("warehouse/incidents.duckdb")
DEFAULT_SOURCES = ["seeds/"]
log = logging.getLogger("etl")
DATE_ORDER_HELP = (
    "how the sources write numeric dates: dmy reads 03/04/2024 as 3 April (default), mdy as 4 March "
    "(US exports, Bellingcat); other layouts and ACLED's own dates read the same either way"
)
CONFIDENCE_HELP = (
    "keep the incidents of documents the report filter judges at least this likely to report them, 0..1 "
    "(default its own threshold; 0 keeps everything the sentence rules find, to explore with the "
    "dashboard's confidence filter)"
)
COUNTRY_HELP = (
    "ISO country code of a single-country collection: a target whose text names no place is kept "
    "there at country precision (otherwise it is left out)"
)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from None


def _country_code(text: str) -> str:
    import pycountry

    code = text.strip().upper()
    if code != "XK" and pycountry.countries.get(alpha_2=code) is None:
        raise argparse.ArgumentTypeError(f"not an ISO 3166-1 alpha-2 country code: {text!r}")
    return code


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"not a confidence between 0 and 1: {text!r}")
    return value


def _jobs(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a positive number of processes: {text!r}")
    return int(text)


def default_jobs() -> int:
    """The CPUs this process may use (tagging is the costly step and runs in that many processes)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class _Stop:
    """Ctrl-C or SIGTERM, remembered: DuckDB turns an interrupt inside a query into its own errors."""

    def __init__(self) -> None:
        self.signum: int | None = None

    def __call__(self, signum: int, frame: object) -> None:
        self.signum = signum
        raise KeyboardInterrupt


def build_parser() -> argparse.ArgumentParser:
    """The argument parser; the README documents every option it has (a test checks)."""
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    for name, help_text in (
        ("build", "rebuild the warehouse from scratch (atomically) from SOURCEs, default seeds/"),
        ("add", "add SOURCEs to the warehouse; documents already stored are skipped"),
    ):
        cmd = sub.add_parser(name, help=help_text, description=help_text)
        cmd.add_argument(
            "sources",
            nargs="*" if name == "build" else "+",
            metavar="SOURCE",
            help="file, directory (recursive) or glob; .gz read transparently",
        )
        cmd.add_argument(
            "--warehouse",
            type=Path,
            default=DEFAULT_WAREHOUSE,
            metavar="PATH",
            help=f"DuckDB file to write (default {DEFAULT_WAREHOUSE})",
        )
        cmd.add_argument(
            "--default-date",
            type=_iso_date,
            metavar="YYYY-MM-DD",
            help="report date for records that have none (otherwise they are rejected)",
        )
        cmd.add_argument(
            "--default-country",
            type=_country_code,
            metavar="CC",
            help=COUNTRY_HELP,
        )
        cmd.add_argument(
            "--date-order", choices=DATE_ORDERS, default=DEFAULT_DATE_ORDER, help=DATE_ORDER_HELP
        )
        cmd.add_argument("--min-confidence", type=_confidence, metavar="P", help=CONFIDENCE_HELP)
        cmd.add_argument(
            "--jobs",
            "-j",
            type=_jobs,
            default=default_jobs(),
            metavar="N",
            help="tag in N processes (default: the number of CPUs; 1 tags in this process)",
        )
        cmd.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
        cmd.add_argument("--verbose", "-v", action="store_true", help="also print every rejected input")
    tag = sub.add_parser(
        "tag",
        help="print the incidents found in one text as JSON lines",
        description="print the incidents found in one text as JSON lines",
    )
    tag.add_argument(
        "file", nargs="?", default="-", metavar="FILE", help="text file, or - for stdin (default)"
    )
    tag.add_argument(
        "--date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="report date (default: the file's 'date' header, else today)",
    )
    tag.add_argument("--default-country", type=_country_code, metavar="CC", help=COUNTRY_HELP)
    tag.add_argument("--min-confidence", type=_confidence, metavar="P", help=CONFIDENCE_HELP)
    from etl.evaluation.cli import add_parser as add_evaluate

    add_evaluate(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; exit 0 on success, 1 if nothing loaded, 2 for a missing source, 130 if interrupted."""
    args = build_parser().parse_args(argv)
    if args.command == "tag":
        return _tag(args)
    if args.command == "evaluate":
        return args.run(args)
    # Only our own messages: libraries (trafilatura, feedparser) keep warnings below ERROR to themselves.
    logging.basicConfig(format="%(message)s", level=logging.ERROR)
    log.setLevel(logging.WARNING if args.quiet else logging.INFO)
    # SIGTERM unwinds like Ctrl-C, so the staged warehouse is removed and the previous one stays.
    stop = _Stop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, stop)
    try:
        summary = _load(args)
    except SourceNotFound as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BaseException:
        if stop.signum is None:
            raise
        name = signal.Signals(stop.signum).name
        print(f"interrupted ({name}): {args.warehouse} left as it was", file=sys.stderr)
        return 128 + stop.signum
    _report(summary, args)
    nothing_loaded = summary.documents_loaded == 0 and summary.duplicates_skipped == 0
    return 1 if nothing_loaded else 0


def _load(args: argparse.Namespace) -> RunSummary:
    from functools import partial

    from etl.tagging import tag_document

    sources = args.sources or DEFAULT_SOURCES

    def progress(items: Iterable) -> Iterable:
        return tqdm(
            items,
            desc=args.command,
            unit=" records",
            file=sys.stderr,
            disable=args.quiet or not sys.stderr.isatty(),
            mininterval=0.5,
        )

    return run(
        args.command,
        sources,
        args.warehouse,
        partial(tag_document, min_confidence=args.min_confidence),
        args.default_date,
        progress,
        args.jobs,
        args.default_country,
        date_order=args.date_order,
    )


def _report(summary: RunSummary, args: argparse.Namespace) -> None:
    if args.verbose and summary.rejected:
        import duckdb

        with duckdb.connect(str(args.warehouse), read_only=True) as con:
            rows = con.execute(
                "SELECT source, record, reason FROM rejects WHERE run_id = ?", [summary.run_id]
            ).fetchall()
        for source, record, reason in rows:
            log.info("rejected %s%s: %s", source, f" ({record})" if record else "", reason)
    reasons = ", ".join(f"{n} {reason}" for reason, n in summary.reject_reasons.most_common())
    log.info(
        "%s: %d files, %d documents loaded (%d incidents), %d duplicates skipped, %d rejected%s -> %s",
        summary.command,
        summary.files,
        summary.documents_loaded,
        summary.incidents_loaded,
        summary.duplicates_skipped,
        summary.rejected,
        f" ({reasons})" if reasons else "",
        args.warehouse,
    )
    if summary.documents_loaded == 0 and summary.duplicates_skipped == 0:
        print("error: nothing could be loaded from the given sources", file=sys.stderr)


def _tag(args: argparse.Namespace) -> int:
    from etl.models import Document, content_id
    from etl.tagging import tag_document

    try:
        raw = sys.stdin.read() if args.file == "-" else Path(args.file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"error: cannot read {args.file}: {exc.__class__.__name__}: {exc}", file=sys.stderr)
        return 2
    header_date, text = split_header(raw)
    report_date = args.date or header_date or date.today()
    doc = Document(
        content_id(text), report_date, text, source=args.file, default_country=args.default_country
    )
    for incident in tag_document(doc, min_confidence=args.min_confidence):
        print(json.dumps(_jsonable(incident), ensure_ascii=False))
    return 0


def _jsonable(incident: object) -> dict:
    import dataclasses

    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in dataclasses.asdict(incident).items()}
