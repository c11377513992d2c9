"""Draw new blind labelling batches from the realdata corpora by a fixed rule, so anyone can draw more.

    .venv/bin/python scripts/draw_label_batches.py --out /tmp/batches [--seed 20261126]
    .venv/bin/python scripts/draw_label_batches.py --show /tmp/batches/dev_keys.csv [--first 1 --last 15]
    .venv/bin/python scripts/draw_label_batches.py --out /tmp/batches --fired 900 [--seed 20261130]

The candidates are RSS items of rss_war_en_2022/2023, ptnews articles and Economist paragraphs (over 200
characters) that name an attack or infrastructure word and that no labels file holds yet; a seeded random
sample is split into the batches in the order given. Each batch is written as a keys file (source,key); a
labeller reads the texts as the tagger reads them (`--show`) and labels them by the guide in
etl/evaluation/sets_self_labelled.py without running the tagger. The default seed and sizes drew the fourth
session's batches, the 140 development items now in self_labelled.csv and the 120 held-out ones in
self_labelled_holdout.csv (with those labelled, a redraw today skips them and draws others). By the ninth
session every candidate of the four corpora was labelled (seeds 20261258-61 found the last 17); the rule then
read RSS descriptions too (TEXT_FIELDS), which it had left out, and found 4,726 more; by the tenth session
those were all labelled too (seed 20261316 found the last 32), so a draw today finds nothing new.

`--fired N` draws, instead, N candidates the sentence rules fire on (etl.tagging.tagger.find_incidents, before
the report filter), split over the corpora as the batches are, in a shuffled order (fired_keys.csv): the
training documents of the report filter (self_labelled_fired.csv, drawn with seed 20261130 and N = 900, of
which the ptnews and Economist corpora had only 147 and 21 left, then seed 20261201 and N = 1500).
`--unfired N` draws N candidates the rules find nothing in (unfired_keys.csv): where their misses are
(self_labelled_unfired.csv, seed 20261202 and N = 750).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import re
from pathlib import Path

from etl.evaluation.gold import EVAL_DATA, data_rows
from etl.evaluation.runner import DEFAULT_REALDATA
from etl.evaluation.sets_self_labelled import (
    FIRED_LABELS,
    HOLDOUT_LABELS,
    KEY_FIELD,
    LABELS,
    UNFIRED_LABELS,
    json_lines,
    paragraph_key,
    paragraphs,
    unlabelled,
)

# source file -> how many items each batch takes from it, in batch order
QUOTAS = {
    "rss_link_db_war_2022_2023/rss_war_en_2022.jsonl.gz": (30, 25),
    "rss_link_db_war_2022_2023/rss_war_en_2023.jsonl.gz": (40, 35),
    "ptnews_store_2025_2026/ptnews_war_articles.jsonl": (40, 35),
    "economist_2025_ukraine/economist_2025_ukraine_articles.jsonl": (30, 25),
}
BATCHES = ("dev", "holdout")
KEYWORDS = re.compile(
    r"\b(attack|strike|struck|drone|missile|shell|bomb|power|energy|grid|refiner|oil|gas|port|rail|bridge|"
    r"border|captur|seiz|liberat|took control|hit|explosion|blast|fire)",
    re.IGNORECASE,
)
MIN_PARAGRAPH = 200
# Where an item's words are: an RSS item's summary is its 'description' (left out of the rule until the ninth
# session, when the title-only candidates had all been labelled: 4,726 more RSS items name a keyword there)
TEXT_FIELDS = ("title", "description", "summary", "text")


def candidates(root: Path, source: str, taken: set[tuple[str, str]]) -> list[str]:
    """The keys of a source's unlabelled items that name a keyword, sorted so the draw is reproducible."""
    path = root / source
    field = KEY_FIELD[path.parent.name]
    keys: set[str] = set()
    for record in json_lines(path):
        key = record.get(field)
        if not key:
            continue
        if path.parent.name == "economist_2025_ukraine":
            for paragraph in paragraphs(record.get("text") or ""):
                paragraph_id = f"{key}#{paragraph_key(paragraph)}"
                if len(paragraph) > MIN_PARAGRAPH and KEYWORDS.search(paragraph):
                    keys.add(paragraph_id)
        elif KEYWORDS.search(" ".join(str(record.get(f) or "") for f in TEXT_FIELDS)):
            keys.add(key)
    return sorted(k for k in keys if (source, k) not in taken)


def draw(root: Path, seed: int) -> dict[str, list[tuple[str, str]]]:
    """Each batch's (source, key) pairs."""
    taken = _taken()
    rng = random.Random(seed)
    batches: dict[str, list[tuple[str, str]]] = {name: [] for name in BATCHES}
    for source, sizes in QUOTAS.items():
        keys = candidates(root, source, taken)
        # a corpus with fewer candidates left than its quota gives what it has, to the first batches
        picked = rng.sample(keys, min(sum(sizes), len(keys)))
        start = 0
        for name, size in zip(BATCHES, sizes, strict=True):
            batches[name] += [(source, key) for key in picked[start : start + size]]
            start += size
    return batches


def draw_fired(root: Path, seed: int, size: int, fired: bool = True) -> list[tuple[str, str]]:
    """`size` candidates the rules fire on (or, not `fired`, find nothing in), shared over the corpora as
    QUOTAS shares the batches, shuffled."""
    from etl.tagging.tagger import find_incidents

    taken = _taken()
    rng = random.Random(seed)
    total = sum(sum(sizes) for sizes in QUOTAS.values())
    picked: list[tuple[str, str]] = []
    for source, sizes in QUOTAS.items():
        wanted = round(size * sum(sizes) / total)
        keys = candidates(root, source, taken)
        rng.shuffle(keys)
        items = unlabelled(root, [(source, k) for k in keys])
        chosen = (item.key for item in items if bool(find_incidents(item.document)) == fired)
        picked += [(source, key) for key in itertools.islice(chosen, wanted)]
    rng.shuffle(picked)
    return picked


def _taken() -> set[tuple[str, str]]:
    """The items some labels file holds already."""
    files = (LABELS, HOLDOUT_LABELS, FIRED_LABELS, UNFIRED_LABELS)
    present = [name for name in files if (EVAL_DATA / name).is_file()]
    return {(row["source"], row["key"]) for name in present for row in data_rows(name)}


def show(root: Path, keys_file: Path, first: int, last: int | None) -> None:
    """Print a keys file's items (1-based, inclusive range) with their report dates, for the labeller."""
    with open(keys_file, newline="", encoding="utf-8") as fh:
        pairs = [(row["source"], row["key"]) for row in csv.DictReader(fh)]
    chosen = pairs[first - 1 : last]
    for number, item in enumerate(unlabelled(root, chosen), first):
        doc = item.document
        print(f"=== #{number} | {chosen[number - first][0]} | {item.key}")
        print(f"report date: {doc.report_date}")
        print(f"{doc.text}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--out", type=Path, help="draw: the folder for the keys files (BATCH_keys.csv)")
    action.add_argument("--show", type=Path, metavar="KEYS", help="print the texts of a keys file's items")
    parser.add_argument("--realdata", type=Path, default=DEFAULT_REALDATA, help="the realdata folder")
    parser.add_argument("--seed", type=int, default=20261126, help="random seed of the draw")
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--fired", type=int, metavar="N", help="draw N items the rules fire on (fired_keys.csv)"
    )
    which.add_argument(
        "--unfired", type=int, metavar="N", help="draw N items the rules find nothing in (unfired_keys.csv)"
    )
    parser.add_argument("--first", type=int, default=1, help="with --show: the first item (1-based)")
    parser.add_argument("--last", type=int, help="with --show: the last item (default: to the end)")
    args = parser.parse_args()
    if args.show:
        show(args.realdata, args.show, args.first, args.last)
        return
    args.out.mkdir(parents=True, exist_ok=True)
    if args.fired:
        drawn = {"fired": draw_fired(args.realdata, args.seed, args.fired)}
    elif args.unfired:
        drawn = {"unfired": draw_fired(args.realdata, args.seed, args.unfired, fired=False)}
    else:
        drawn = draw(args.realdata, args.seed)
    for name, rows in drawn.items():
        path = args.out / f"{name}_keys.csv"
        with open(path, "w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh)
            writer.writerow(["source", "key"])
            writer.writerows(rows)
        print(f"{path}: {len(rows)} items")


if __name__ == "__main__":
    main()
