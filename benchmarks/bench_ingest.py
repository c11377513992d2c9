"""Ingest at scale: `python -m etl build` over ~57,000 real RSS items, then `add` of the same files.

Prints items/s and peak memory against a baseline measured in the same run (the readers alone, no tagging or
loading), and the tagger's cost per item in one process. Targets: >= 1,000 items/s end to end, peak < 1 GB.

    python benchmarks/bench_ingest.py [--jobs N] [--check]

Reads ../shared/realdata/rss_link_db_war_2022_2023/*.gz; skips (exit 0) where that is absent.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parent))
from procmem import Measured, measure  # benchmarks/ is a folder of scripts, not a package

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "realdata" / "rss_link_db_war_2022_2023"
TARGET_ITEMS_PER_SECOND = 1000
TARGET_PEAK_MB = 1024

READ_ONLY = """
import json, sys
from pathlib import Path
from etl.readers import read_sources
print(json.dumps({"items": sum(1 for _ in read_sources(map(Path, sys.argv[1:])))}))
"""
TAG_SAMPLE = """
import json, sys, time
from itertools import islice
from pathlib import Path
from etl.models import Document
from etl.readers import read_sources
from etl.tagging import tag_document
tag_document(Document("warm-up", None, "Warm-up."))
docs = [d for d in islice(read_sources(map(Path, sys.argv[1:])), 0, None, 10) if isinstance(d, Document)]
started = time.perf_counter()
incidents = sum(len(tag_document(d)) for d in docs)
print(json.dumps({"items": len(docs), "seconds": time.perf_counter() - started, "incidents": incidents}))
"""


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table; with --check, exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, help="passed to `python -m etl` (default: its own default)")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    files = sorted(str(p) for p in CORPUS.glob("*.gz"))
    if not files:
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    jobs = ["--jobs", str(args.jobs)] if args.jobs else []
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    with tempfile.TemporaryDirectory() as tmp:
        warehouse = Path(tmp) / "bench.duckdb"
        etl = [sys.executable, "-m", "etl"]
        baseline = measure([sys.executable, "-c", READ_ONLY, *files], ROOT)
        tagged = measure([sys.executable, "-c", TAG_SAMPLE, *files], ROOT)
        build = measure([*etl, "build", *files, "--warehouse", str(warehouse), "--quiet", *jobs], ROOT)
        build_run = _last_run(warehouse)
        add = measure([*etl, "add", *files, "--warehouse", str(warehouse), "--quiet", *jobs], ROOT)
        add_run = _last_run(warehouse)
    return _report(files, load, baseline, tagged, build, build_run, add, add_run, args.check)


def _last_run(warehouse: Path) -> dict[str, int]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        row = con.execute(
            "SELECT documents_loaded, duplicates_skipped, rejected, incidents_loaded FROM runs "
            "ORDER BY started_at DESC LIMIT 1"
        ).fetchone()
    return dict(zip(("loaded", "duplicates", "rejected", "incidents"), row, strict=True))


def _line(label: str, items: int, m: Measured) -> str:
    return (
        f"{label:<26}{items:>8,} items {m.seconds:7.1f} s {items / m.seconds:>9,.0f} items/s   "
        f"peak RSS {m.max_rss_mb:5.0f} MB (largest process), {m.tree_pss_mb:5.0f} MB (all processes, PSS)"
    )


def _report(
    files: list[str],
    load: str,
    baseline: Measured,
    tagged: Measured,
    build: Measured,
    build_run: dict[str, int],
    add: Measured,
    add_run: dict[str, int],
    check: bool,
) -> int:
    for name, m in (("read-only", baseline), ("tagger sample", tagged), ("build", build), ("add", add)):
        if m.returncode != 0:
            print(f"{name} failed with exit status {m.returncode}")
            return 1
    read_items = json.loads(baseline.stdout)["items"]
    sample = json.loads(tagged.stdout)
    items = build_run["loaded"] + build_run["duplicates"] + build_run["rejected"]
    print(
        f"corpus: {len(files)} files in {CORPUS}\n"
        f"machine: {os.cpu_count()} CPUs, load average {load} before the run (timings need a quiet machine)"
    )
    print(_line("read only (baseline)", read_items, baseline))
    print(
        f"{'tagger, one process':<26}{sample['items']:>8,} items (every 10th) "
        f"{sample['seconds'] / sample['items'] * 1000:.2f} ms/item"
    )
    print(_line("build (end to end)", items, build))
    print(
        f"{'':<26}{build_run['loaded']:,} loaded, {build_run['duplicates']:,} duplicates skipped, "
        f"{build_run['rejected']:,} rejected, {build_run['incidents']:,} incidents"
    )
    print(
        f"{'add (same files)':<26}added {add_run['loaded']} documents, skipped {add_run['duplicates']:,} "
        f"duplicates in {add.seconds:.1f} s"
        + (" — added nothing" if add_run["loaded"] == 0 else " — NOT idempotent")
    )
    speed, peak = items / build.seconds, max(build.max_rss_mb, build.tree_pss_mb, add.tree_pss_mb)
    ok = speed >= TARGET_ITEMS_PER_SECOND and peak < TARGET_PEAK_MB and add_run["loaded"] == 0
    print(
        f"targets: >= {TARGET_ITEMS_PER_SECOND:,} items/s ({speed:,.0f}), "
        f"peak < {TARGET_PEAK_MB} MB ({peak:.0f}), "
        f"add adds nothing: {'met' if ok else 'MISSED'}"
    )
    return 1 if check and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
