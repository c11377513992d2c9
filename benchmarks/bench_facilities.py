"""Named-facility lookup at scale: find_facilities over the first 10,000 real RSS titles and summaries.

It runs on every document the tagger sees, so it must stay cheap: prints the load time, microseconds per item
and the facilities found most often. Target: < 50 us per item.

    python benchmarks/bench_facilities.py [--items N] [--check]

Reads ../shared/realdata/rss_link_db_war_2022_2023/rss_war_en_*.jsonl.gz; skips (exit 0) where absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from etl.tagging.facilities import find_facilities, load_facilities

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "realdata" / "rss_link_db_war_2022_2023"
TARGET_US_PER_ITEM = 50.0


def texts(files: list[Path]) -> Iterator[str]:
    """Title and summary of each item, in file order."""
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                item = json.loads(line)
                yield f"{item.get('title') or ''}\n{item.get('description') or ''}"


def main(argv: list[str] | None = None) -> int:
    """Time the lookup and print its figures; with --check, exit 1 when the target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--check", action="store_true", help="exit 1 when the target is missed")
    args, _ = parser.parse_known_args(argv)  # make bench passes every benchmark the same options
    files = sorted(CORPUS.glob("rss_war_en_*.jsonl.gz"))
    if not files:
        print(f"skipped: no corpus at {CORPUS}")
        return 0
    started = time.perf_counter()
    index = load_facilities()
    loaded = time.perf_counter() - started
    items = list(islice(texts(files), args.items))
    started = time.perf_counter()
    found = [find_facilities(text) for text in items]
    seconds = time.perf_counter() - started
    per_item = seconds / len(items) * 1e6
    names = Counter(m.facility.name for mentions in found for m in mentions)
    print(f"facilities: {len(index.facilities)}, surface forms: {len(index.forms)}, loaded in {loaded:.2f} s")
    print(f"{len(items)} items in {seconds * 1000:.0f} ms: {per_item:.1f} us/item")
    print(f"items naming a facility: {sum(1 for m in found if m)}; most named: {names.most_common(8)}")
    return 1 if args.check and per_item >= TARGET_US_PER_ITEM else 0


if __name__ == "__main__":
    raise SystemExit(main())
