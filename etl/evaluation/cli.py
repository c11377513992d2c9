"""`python -m etl evaluate`: run the tagger over the labelled sets and print the figures."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from etl.evaluation.runner import DEFAULT_REALDATA, SETS

if TYPE_CHECKING:
    from etl.evaluation.outoffold import OutOfFoldTagger

HELP = "score the tagger on the labelled sets of ../shared/realdata and print the figures"


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register `evaluate` on the `python -m etl` subcommands; its handler is args.run."""
    cmd = sub.add_parser("evaluate", help=HELP, description=HELP)
    cmd.add_argument(
        "--set",
        dest="sets",
        action="extend",
        nargs="+",
        choices=list(SETS),
        metavar="NAME",
        help=f"evaluate only these sets (default all: {', '.join(SETS)})",
    )
    cmd.add_argument(
        "--realdata",
        type=Path,
        default=DEFAULT_REALDATA,
        metavar="PATH",
        help="folder holding the sets (default ../shared/realdata beside the repository)",
    )
    cmd.add_argument(
        "--limit", type=_positive, metavar="N", help="an evenly spaced sample of N items per set"
    )
    cmd.add_argument("--json", action="store_true", help="print every count and figure as JSON")
    cmd.add_argument(
        "--errors",
        type=_positive,
        default=0,
        metavar="N",
        help="also list N mistakes of each kind (missed, false, wrong place, ...)",
    )
    cmd.add_argument(
        "--held-out-errors",
        action="store_true",
        help="with --errors, list the held-out set's mistakes too (it then stops being a fair test)",
    )
    cmd.add_argument(
        "--agreement",
        action="store_true",
        help="also score the second, blind labelling of the self-labelled sets against the first, and the "
        "tagger against each, on the items labelled twice (the ceiling the labels allow)",
    )
    cmd.add_argument(
        "--intervals",
        action="store_true",
        help="also print each figure's 95%% bootstrap interval over the set's items (how far another sample "
        "of the same size could move it)",
    )
    cmd.add_argument(
        "--out-of-fold",
        action="store_true",
        help="judge the self_labelled documents by the report filter's out-of-fold probabilities (written by "
        "scripts/train_report_filter.py), so that its row is not in-sample; its row and the pooled one are "
        "named '(out of fold)' and have floors of their own",
    )
    cmd.add_argument(
        "--check",
        action="store_true",
        help="exit 1 when a figure is below its floor in etl/data/eval/floors.toml",
    )
    cmd.set_defaults(run=run)


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {text!r}")
    return int(text)


def run(args: argparse.Namespace) -> int:
    """Evaluate and print; with --check fail on a figure under its floor. Absent sets skip, not fail."""
    if not args.realdata.is_dir():
        print(f"{args.realdata} not found: evaluation sets skipped")
        return 0
    from etl.evaluation import errors, report
    from etl.evaluation.runner import HELD_OUT, below_floors, evaluate, listable, load_floors

    by_fold = _out_of_fold_tagger() if args.out_of_fold else None
    if by_fold is not None and not by_fold.probabilities:
        print(
            "no out-of-fold probabilities (etl/data/eval/report_filter_out_of_fold.csv): run "
            "scripts/train_report_filter.py first",
            file=sys.stderr,
        )
        return 2
    evaluation = evaluate(args.realdata, args.sets, args.limit, out_of_fold=by_fold)
    if by_fold is not None:
        print(
            f"out of fold: {by_fold.judged_out_of_fold} development documents judged by a model that never"
            f" saw them; {by_fold.stale} whose features changed since training (the rules changed: retrain"
            " the filter) judged by the shipped model",
            file=sys.stderr,
        )
    agreements = _agreements(args) if args.agreement else []
    if args.json:
        figures = {**report.as_json(evaluation), "agreement": report.agreement_json(agreements)}
        print(json.dumps(figures, indent=2))
    else:
        print(report.markdown(evaluation), end="")
        if agreements:
            print("\nTwo blind labellings of the same items:\n\n" + report.agreement_table(agreements))
        if args.intervals:
            print("\n95% bootstrap intervals over each set's items:\n\n" + report.intervals_table(evaluation))
        print(
            f"\n{sum(s.items for s in evaluation.sets)} items in {evaluation.seconds:.1f} s", file=sys.stderr
        )
    if args.errors:
        out = sys.stderr if args.json else sys.stdout
        shown = listable(evaluation.outcomes, args.held_out_errors)
        if len(shown) < len(evaluation.outcomes):
            print(
                f"(mistakes of the held-out {', '.join(sorted(HELD_OUT))} not listed: its figures only)",
                file=out,
            )
        print(errors.listing(shown, args.errors), file=out)
    failures = below_floors(evaluation, load_floors()) if args.check else []
    for failure in failures:
        print(f"below floor: {failure}", file=sys.stderr)
    return 1 if failures else 0


def _out_of_fold_tagger() -> OutOfFoldTagger:
    from etl.evaluation.outoffold import OutOfFoldTagger, load_out_of_fold

    return OutOfFoldTagger(load_out_of_fold())


def _agreements(args: argparse.Namespace) -> list:
    """The agreement of each chosen set that has a second labelling whose texts are under realdata."""
    from etl.evaluation.agreement import SECOND_LABELS, agreement
    from etl.evaluation.runner import available

    names = [n for n in args.sets or list(SETS) if n in SECOND_LABELS]
    found = (agreement(args.realdata, n) for n in names if available(args.realdata, n))
    return [a for a in found if a is not None]
