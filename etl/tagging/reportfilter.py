"""Does a document report the attacks the sentence rules found in it, or only mention them?

News about politics, aid, trade or a trend mentions attacks in sentences the rules cannot tell from reports
("amid Russia's bombardment of the grid", a strike retold as the background of another story): on news the
rules were not tuned on, a third of the documents they fire on report nothing. Two blind readers agree on
those texts, so the mistake is real, and it is a judgement about the whole document: what its lead is about,
where the evidence sits, whether the attack is dated, placed and has a named target.

A logistic regression over exactly those signals (see `features`) gives the probability that the document
reports what the rules found. It is trained by scripts/train_report_filter.py on the development sets and a
batch of blind-labelled documents the rules fired on (never the held-out set) and shipped as data files:
etl/data/report_filter.csv (each feature's weight) and etl/data/report_filter.toml (intercept, threshold).
The tagger keeps a document's incidents only when the probability reaches the threshold, and every kept
incident carries it as its `confidence`, so the dashboard's minimum-confidence filter trades recall for
precision along the same scale. A curated record (an ACLED event) is an event by definition and is never
dropped.
"""

from __future__ import annotations

import csv
import math
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import pairwise
from pathlib import Path

from etl.models import Document, Incident
from etl.tagging.sentences import sentence_spans

DATA = Path(__file__).resolve().parents[1] / "data"
WEIGHTS = DATA / "report_filter.csv"
PARAMETERS = DATA / "report_filter.toml"
# a document's opening says what it is about (600 characters over 400: cross-validated AUC 0.866 -> 0.870)
LEAD_CHARS = 600
EVIDENCE_SENTENCES = 3  # the first evidence sentences; later ones repeat or digress
_TOKEN = re.compile(r"[a-z][a-z'’-]+|\d+")


@dataclass(frozen=True, slots=True)
class ReportFilter:
    """Feature weights, intercept and the threshold a document's probability must reach."""

    weights: dict[str, float]
    intercept: float
    threshold: float

    def probability(self, found: set[str]) -> float:
        """The probability that the document reports its incidents, from its features.

        Features are binary and each document's vector is scaled to unit length over the features the model
        knows, as in training; features it never saw in training count for nothing.
        """
        known = [self.weights[f] for f in found if f in self.weights]
        z = self.intercept + (sum(known) / math.sqrt(len(known)) if known else 0.0)
        return 1.0 / (1.0 + math.exp(-z))


def read_parameters(parameters: Path = PARAMETERS) -> dict[str, float]:
    """The intercept and threshold of report_filter.toml (the training script reads the threshold in use)."""
    with open(parameters, "rb") as fh:
        return tomllib.load(fh)


@cache
def load_report_filter(weights: Path = WEIGHTS, parameters: Path = PARAMETERS) -> ReportFilter:
    """The shipped model (read once per process)."""
    params = read_parameters(parameters)
    with open(weights, encoding="utf-8", newline="") as fh:
        rows = csv.reader(fh)
        header = next(rows)
        feature, weight = header.index("feature"), header.index("weight")
        # plain rows, not DictReader: a dict per row made the first judged document wait half a second
        table = {row[feature]: float(row[weight]) for row in rows}
    return ReportFilter(table, float(params["intercept"]), float(params["threshold"]))


def judge(
    doc: Document,
    incidents: list[Incident],
    model: ReportFilter | None = None,
    min_confidence: float | None = None,
) -> list[Incident]:
    """The incidents, each with the document's probability as its confidence; none when the probability is
    under `min_confidence` (default the model's threshold), unless the document is a curated record (it
    carries facts)."""
    if not incidents:
        return incidents
    model = model or load_report_filter()
    probability = model.probability(features(doc.text, sentence_spans(doc.text), incidents, doc.report_date))
    return kept(doc, incidents, probability, model.threshold if min_confidence is None else min_confidence)


def kept(doc: Document, incidents: list[Incident], probability: float, threshold: float) -> list[Incident]:
    """The incidents with the document's probability as their confidence, or none under the threshold (a
    curated record is kept whatever its probability). Apart from `judge` so that an evaluation can judge a
    document by a probability from elsewhere (etl/evaluation/outoffold.py)."""
    if probability < threshold and doc.facts is None:
        return []
    for incident in incidents:
        incident.confidence = round(probability, 2)
    return incidents


def features(
    text: str, spans: list[tuple[int, int]], incidents: list[Incident], report_date: date | None
) -> set[str]:
    """What the judgement rests on: where the first evidence sits and how much there is, what each incident
    names (target, place and date precision, means, impacts, status, days before the report), and the words
    and word pairs of the lead, the first sentence and the first evidence sentences."""
    evidence = sorted({(i.evidence_start, i.evidence_end) for i in incidents})
    first = evidence[0][0]
    index = next((n for n, (start, end) in enumerate(spans) if start <= first < end), len(spans))
    found = {
        "pos:" + _bucket(index, (1, 2, 3, 5, 10)),
        "rel:" + _bucket(10 * first // max(len(text), 1), (1, 3, 6)),
        "nsent:" + _bucket(len(spans), (2, 4, 8, 20)),
        "nev:" + _bucket(len(evidence), (2, 3, 5)),
        "ninc:" + _bucket(len(incidents), (2, 3, 5)),
        "len:" + _bucket(len(text), (300, 1000, 3000)),
    }
    for incident in incidents:
        found |= _incident_features(incident, report_date)
    if all(i.target_type == "unspecified" for i in incidents):
        found.add("only_unspecified")
    for start, end in evidence[:EVIDENCE_SENTENCES]:
        found |= _words("e:", text[start:end])
    if spans:
        found |= _words("t:", text[spans[0][0] : spans[0][1]])
    found |= _words("l:", text[:LEAD_CHARS])
    return found


def _incident_features(incident: Incident, report_date: date | None) -> set[str]:
    found = {
        "type:" + incident.target_type,
        "cat:" + incident.target_category,
        "geo:" + incident.geo_precision,
        "date:" + incident.date_precision,
        "means:" + incident.means,
        "status:" + incident.status,
        *("impact:" + impact for impact in incident.impacts),
    }
    if incident.killed:
        found.add("killed")
    if incident.injured:
        found.add("injured")
    if incident.event_date and report_date:
        found.add("gap:" + _bucket((report_date - incident.event_date).days, (0, 1, 2, 8, 31)))
    return found


def _words(prefix: str, text: str) -> set[str]:
    tokens = _TOKEN.findall(text.lower())
    return {prefix + t for t in _unigrams_and_pairs(tokens)}


def _unigrams_and_pairs(tokens: list[str]) -> Iterable[str]:
    yield from tokens
    yield from (f"{a}_{b}" for a, b in pairwise(tokens))


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    """'<e' for the first edge e above n, '>=last' past them all: counts as a few coarse classes."""
    for edge in edges:
        if n < edge:
            return f"<{edge}"
    return f">={edges[-1]}"
