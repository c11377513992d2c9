"""The evaluation harness: metrics on synthetic predictions (exact values), loaders on tiny synthetic sets,
the CLI without realdata, and the floor test on the real labelled sets where ../shared/realdata exists."""

from __future__ import annotations

import csv
import gzip
import importlib.util
import json
import tomllib
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT

from etl.cli import main
from etl.evaluation import sets_acled, sets_bellingcat, sets_self_labelled
from etl.evaluation.agreement import FIRST_LABELS, SECOND_LABELS, agreement
from etl.evaluation.errors import errors
from etl.evaluation.gold import EVAL_DATA, GoldIncident, LabelledItem, data_rows, stable_sample
from etl.evaluation.metrics import Counts, Ratio, Scores, date_hit, merge, pairs, score_item
from etl.evaluation.names import named_in, same_admin1_code, same_place, same_region
from etl.evaluation.outoffold import SUFFIX
from etl.evaluation.report import agreement_table, figures_table
from etl.evaluation.runner import (
    DEFAULT_REALDATA,
    SETS,
    Outcome,
    below_floors,
    evaluate,
    listable,
    load_floors,
)
from etl.models import Document, Incident

REPORT = date(2024, 3, 23)


def predicted(
    target_type: str = "power_grid",
    category: str = "energy",
    *,
    place: str | None = "Kharkiv",
    country: str | None = "UA",
    admin1_code: str | None = "UA-63",
    admin1: str | None = "Kharkiv Oblast",
    event_date: date | None = REPORT,
    precision: str = "day",
) -> Incident:
    """A tagger output with only the fields the metrics read."""
    return Incident(
        incident_id="i",
        document_id="d",
        event_date=event_date,
        date_precision=precision,
        report_date=REPORT,
        country_code=country,
        country=None,
        admin1=admin1,
        admin1_code=admin1_code,
        place=place,
        latitude=None,
        longitude=None,
        geo_precision="place" if place else "admin1",
        target_category=category,
        target_type=target_type,
        means="unknown",
    )


def item(*golds: GoldIncident, labels_targets: bool = True) -> LabelledItem:
    return LabelledItem("synthetic", "k", Document("d", REPORT, "text"), golds, labels_targets)


KHARKIV_GRID = GoldIncident("energy", "power_grid", "UA", "UA-63", None, "Kharkiv", REPORT, "day")


def test_ratio_and_counts_exact_values():
    ratio = Ratio()
    for hit in (True, True, False):
        ratio.add(hit)
    assert (ratio.hits, ratio.total, ratio.value) == (2, 3, 2 / 3)
    assert Ratio().value is None
    counts = Counts(tp=3, fp=1, fn=2)
    assert (counts.precision, counts.recall, counts.f1) == (0.75, 0.6, 6 / 9)
    assert Counts().precision is None and Counts().recall is None and Counts().f1 == 0.0


def test_scores_of_a_hit_a_false_alarm_and_a_miss():
    scores = Scores("s")
    score_item(scores, item(KHARKIV_GRID), [predicted()])
    score_item(scores, item(), [predicted(place="Odesa", admin1_code="UA-51")])
    score_item(scores, item(replace(KHARKIV_GRID, target_category="oil_gas", target_type="oil_refinery")), [])
    assert (scores.items, scores.positives, scores.gold_incidents, scores.predicted_incidents) == (3, 2, 2, 2)
    assert (scores.detection.tp, scores.detection.fp, scores.detection.fn) == (1, 1, 1)
    assert scores.detection.precision == 0.5 and scores.detection.recall == 0.5
    energy, oil_gas = scores.categories["energy"], scores.categories["oil_gas"]
    assert (energy.tp, energy.fp, energy.fn) == (1, 1, 0)
    assert (oil_gas.tp, oil_gas.fp, oil_gas.fn) == (0, 0, 1)
    assert scores.macro_f1 == pytest.approx((2 / 3 + 0.0) / 2)
    assert {k: (r.hits, r.total) for k, r in scores.fields.items()} == {
        "country": (1, 1),
        "admin1": (1, 1),
        "place": (1, 1),
        "event_date": (1, 1),
    }
    assert scores.figures()["detection_precision"] == 0.5


def test_fields_scored_only_where_gold_names_them_and_wrong_ones_count():
    scores = Scores("s")
    gold = GoldIncident(
        country_code="UA", admin1="Kharkiv", place="Kharkov", event_date=REPORT, date_precision="day"
    )
    score_item(scores, item(gold, labels_targets=False), [predicted(admin1_code=None, precision="week")])
    assert scores.categories is None and scores.macro_f1 is None
    assert {k: (r.hits, r.total) for k, r in scores.fields.items()} == {
        "country": (1, 1),
        "admin1": (1, 1),
        "place": (1, 1),
        "event_date": (0, 1),
    }
    bare = Scores("bare")
    score_item(bare, item(GoldIncident(target_category="energy")), [predicted()])
    assert all(r.total == 0 for r in bare.fields.values())


def test_a_broader_source_label_accepts_our_finer_categories():
    industrial = GoldIncident("industry", "industrial_plant", also_accept=frozenset({"energy", "oil_gas"}))
    scores = Scores("s")
    score_item(
        scores, item(industrial), [predicted("power_plant", "energy"), predicted("fuel_depot", "oil_gas")]
    )
    assert set(scores.categories) == {"industry"}
    assert (scores.categories["industry"].tp, scores.categories["industry"].fp) == (1, 0)


def test_categories_a_set_cannot_label_are_not_scored_on_it():
    residential = GoldIncident("civilian", "residential")
    scores = Scores("s")
    outcome = [predicted("unspecified", "other"), predicted("power_plant", "energy")]
    score_item(scores, replace(item(residential), label_space=frozenset({"civilian", "industry"})), outcome)
    assert set(scores.categories) == {"civilian"}
    assert (scores.categories["civilian"].tp, scores.categories["civilian"].fn) == (0, 1)
    score_item(scores, item(residential), outcome)  # a set that labels every category scores them all
    assert {c: (n.fp, n.fn) for c, n in scores.categories.items()} == {
        "civilian": (0, 2),
        "other": (1, 0),
        "energy": (1, 0),
    }
    assert sets_bellingcat.label_space() == {"civilian", "industry", "transport", "military"}


def test_pairs_are_one_to_one_and_need_the_category_when_gold_has_several():
    kyiv = GoldIncident("energy", "power_grid", "UA", "UA-30", None, "Kyiv", REPORT, "day")
    two = item(KHARKIV_GRID, kyiv)
    found = [predicted(place="Kyiv", admin1_code="UA-30"), predicted("residential", "civilian")]
    assert [(g.place, p.place) for g, p in pairs(two, found)] == [("Kyiv", "Kyiv")]
    one = item(KHARKIV_GRID)
    assert [(g.place, p.target_type) for g, p in pairs(one, [predicted("residential", "civilian")])] == [
        ("Kharkiv", "residential")
    ]


def test_event_date_by_precision():
    day = GoldIncident(event_date=date(2024, 3, 20), date_precision="day")
    assert date_hit(day, predicted(event_date=date(2024, 3, 20)))
    assert not date_hit(day, predicted(event_date=date(2024, 3, 20), precision="week"))
    assert not date_hit(day, predicted(event_date=date(2024, 3, 21)))
    week = GoldIncident(event_date=REPORT, date_precision="week")
    assert date_hit(week, predicted(event_date=date(2024, 3, 18), precision="week"))
    assert not date_hit(week, predicted(event_date=date(2024, 3, 10), precision="week"))
    assert not date_hit(week, predicted(event_date=REPORT, precision="day"))
    month = GoldIncident(event_date=date(2024, 2, 1), date_precision="month")
    assert date_hit(month, predicted(event_date=date(2024, 2, 1), precision="month"))
    assert not date_hit(month, predicted(event_date=date(2024, 3, 1), precision="month"))


def test_merge_pools_counts():
    a, b = Scores("a"), Scores("b")
    score_item(a, item(KHARKIV_GRID), [predicted()])
    score_item(b, item(), [predicted()])
    total = merge("all", [a, b])
    assert (total.items, total.detection.tp, total.detection.fp) == (2, 1, 1)
    assert (total.categories["energy"].tp, total.categories["energy"].fp) == (1, 1)
    assert total.fields["place"].total == 1


def test_errors_name_each_mistake_by_kind():
    outcomes = [
        Outcome(item(KHARKIV_GRID), []),
        Outcome(item(), [predicted()]),
        Outcome(item(KHARKIV_GRID), [predicted("railway", "transport", place="Odesa", admin1_code="UA-51")]),
    ]
    kinds = [(e.kind, e.gold, e.found) for e in errors(outcomes)]
    assert kinds == [
        ("missed_item", "power_grid@Kharkiv", "nothing"),
        ("false_item", "nothing", "power_grid@Kharkiv"),
        ("missed_category", "energy", "railway@Odesa"),
        ("extra_category", "power_grid@Kharkiv", "transport"),
        ("admin1", "UA-63", "UA-51"),
        ("place", "Kharkiv", "Odesa"),
    ]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Kharkov", "Kharkiv", True),
        ("Zaporozhye", "Zaporizhzhia", True),
        ("Odessa", "Odesa", True),
        ("Nikolaev", "Mykolaiv", True),
        ("Artemovsk", "Bakhmut", True),
        ("Ivanovskoye", "Ivanivs'ke", True),
        ("Kharkiv", "Kherson", False),
        ("Pokrovsk", "Pokrovske", False),
        ("Kyiv", None, False),
    ],
)
def test_place_names_compare_across_romanisations(a, b, same):
    assert same_place(a, b) is same


def test_regions_and_mentions():
    assert same_region("Kharkiv Oblast", "Kharkiv region") and same_region(
        "Zaporizhia", "Zaporizhzhia Oblast"
    )
    assert not same_region("Kharkiv Oblast", "Kherson Oblast")
    # Poland's old and new codes of one voivodeship (labels use both for Przewodów); a city is not its region
    assert same_admin1_code("PL-LU", "PL-06") and same_admin1_code("pl-06", "PL-LU")
    assert not same_admin1_code("PL-LU", "PL-08") and not same_admin1_code("UA-40", "UA-43")
    assert named_in("Russian forces shelled Kupyansk district, Kharkov region.", "Kupiansk")
    assert not named_in("Russian forces shelled Kpasnopilska community.", "Krasnopillia")


def test_stable_sample_is_even_and_repeatable():
    items = [item() for _ in range(10)]
    assert stable_sample(items, 4) == [items[0], items[2], items[5], items[7]]
    assert stable_sample(items, None) is items and stable_sample(items, 50) is items


def test_acled_note_loses_coder_apparatus_and_dates_parse():
    note = (
        "Interception: On 4 December 2023, forces shot down a drone over the district (coded to Pavlohrad)."
    )
    assert sets_acled.clean_note(note) == "On 4 December 2023, forces shot down a drone over the district."
    assert sets_acled.clean_note("Shelling [4 fatalities split across 22 events].") == "Shelling."
    assert sets_acled.parse_acled_date("16 February 2024") == date(2024, 2, 16)
    assert sets_acled.parse_acled_date("14/08/2020 00:00:00") == date(2020, 8, 14)


def test_bellingcat_location_and_labels():
    assert sets_bellingcat.gold_place("Chuhuiv, south of Kharkiv") == "Chuhuiv"
    assert sets_bellingcat.gold_place("Kirov district, Donetsk") == "Donetsk"
    assert sets_bellingcat.gold_place("Dnipropetovsk region") is None
    assert sets_bellingcat.location_country("Solkhi, Belgorod Oblast, Russia") == "RU"
    assert sets_bellingcat.location_country("Kharkiv") == "UA"
    labels = sets_bellingcat.label_map()
    assert labels["Healthcare"].target_type == "hospital" and "Undefined" not in labels
    assert labels["Industrial"].also_accept >= {"energy", "oil_gas"}
    warning = "[Graphic: Video shows a body lying on the road] Explosions damage homes."
    assert sets_bellingcat._CONTENT_WARNING.sub("", warning).strip() == "Explosions damage homes."


LABEL_FILES = sorted(p.name for p in EVAL_DATA.glob("self_labelled*.csv"))


def test_label_files_use_the_taxonomy():
    types = sets_self_labelled.categories()
    with open(EVAL_DATA.parent / "taxonomy.toml", "rb") as fh:
        categories = set(tomllib.load(fh))
    rows = [row for name in LABEL_FILES for row in data_rows(name)]
    assert {r["target_type"] for r in rows if r["incident"] == "1"} <= set(types)
    assert all(r["incident"] in ("0", "1") for r in rows)
    assert all(not r["target_type"] and r["negative_kind"] for r in rows if r["incident"] == "0")
    assert {r["date_precision"] for r in rows} <= {"", "day", "week", "month"}
    assert {g.target_category for g in sets_bellingcat.label_map().values()} <= categories
    assert {
        r["target_category"] for r in data_rows("acled_event_types.csv") if r["target_category"]
    } <= categories


def test_self_labelled_set_is_big_enough_and_keeps_no_text():
    rows = list(data_rows("self_labelled.csv"))
    keys = {(r["source"], r["key"]) for r in rows}
    assert len(keys) >= 150
    assert sum(1 for r in rows if r["incident"] == "0") >= 50
    assert all(r["key"].startswith(("http", "content/", "output/")) for r in rows)
    assert sets_self_labelled.paragraph_key("a paragraph") == sets_self_labelled.paragraph_key("a paragraph")
    held_out = list(data_rows("self_labelled_holdout.csv"))
    assert len({(r["source"], r["key"]) for r in held_out}) >= 80
    assert all(r["key"].startswith(("http", "content/", "output/")) for r in held_out)
    assert not {(r["source"], r["key"]) for r in held_out} & keys  # never an item of the development set


@pytest.mark.parametrize("name", ["self_labelled", "self_labelled_holdout"])
def test_second_and_adjudicated_labels_cover_items_of_their_set_only(name: str):
    labels = FIRST_LABELS[name]
    items = {(r["source"], r["key"]) for r in data_rows(labels)}
    second = {(r["source"], r["key"]) for r in data_rows(SECOND_LABELS[name])}
    decided = {(r["source"], r["key"]) for r in data_rows(sets_self_labelled.ADJUDICATED[labels])}
    assert len(second) >= 200 and second <= items
    assert decided and decided <= second  # only items labelled twice can have been split on


def write_tiny_realdata(root: Path) -> None:
    """Two Bellingcat incidents and two ACLED events, written here (no real data in the repository)."""
    folder = root / "bellingcat_civharm"
    folder.mkdir(parents=True)
    records = [
        {
            "id": "CIV1",
            "date": "03/01/2022",
            "location": "Kharkiv",
            "description": "Strike on a school in Kharkiv.",
            "filters": [{"key": "Type of area affected", "value": "School or childcare"}],
        },
        {
            "id": "CIV2",
            "date": "03/02/2022",
            "location": "",
            "description": "Bodies in a field.",
            "filters": [{"key": "Type of area affected", "value": "Undefined"}],
        },
    ]
    (folder / sets_bellingcat.FILE).write_text(json.dumps(records), encoding="utf-8")
    folder = root / sets_acled.PYNETWORKFRICTION[0]
    folder.mkdir()
    columns = [
        "event_id_cnty",
        "event_date",
        "time_precision",
        "event_type",
        "sub_event_type",
        "admin1",
        "location",
        "notes",
    ]
    with open(folder / sets_acled.PYNETWORKFRICTION[1], "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        writer.writerow(
            [
                "UKR1",
                "16 February 2024",
                "1",
                "Explosions/Remote violence",
                "Air/drone strike",
                "Kharkiv",
                "Katerynivka",
                "On 16 February 2024, forces struck near Katerynivka, Kharkiv region.",
            ]
        )
        writer.writerow(
            [
                "UKR2",
                "17 February 2024",
                "1",
                "Strategic developments",
                "Disrupted weapons use",
                "Kharkiv",
                "Lozova",
                "On 17 February 2024, forces shot down a drone near Lozova, Kharkiv.",
            ]
        )


def test_evaluate_on_tiny_sets_with_a_fake_tagger(tmp_path: Path):
    write_tiny_realdata(tmp_path)

    def tagger(doc: Document) -> list[Incident]:
        if "school" in doc.text:
            return [predicted("school", "civilian", event_date=doc.report_date)]
        return [predicted("unspecified", "other", place="Katerynivka", event_date=date(2024, 2, 16))]

    evaluation = evaluate(tmp_path, tagger=tagger)
    assert evaluation.skipped == ["acled_peacerep_sample1000", "self_labelled", "self_labelled_holdout"]
    scores = evaluation.by_name()
    bellingcat, acled = scores["bellingcat_civharm"], scores["acled_pynetworkfriction"]
    assert (bellingcat.items, bellingcat.detection.tp, bellingcat.fields["place"].hits) == (1, 1, 1)
    assert bellingcat.categories["civilian"].tp == 1
    assert (acled.items, acled.positives, acled.detection.tp, acled.detection.fp) == (2, 1, 1, 1)
    assert acled.categories is None
    assert {k: (r.hits, r.total) for k, r in acled.fields.items()} == {
        "country": (1, 1),
        "admin1": (1, 1),
        "place": (1, 1),
        "event_date": (1, 1),
    }
    assert "| `acled_pynetworkfriction` | 2 (1) | 0.500 | 1.000 |" in figures_table(evaluation)
    failures = below_floors(
        evaluation, {"acled_pynetworkfriction": {"detection_precision": 0.9}, "all": {"x": 1.0}}
    )
    assert failures == ["acled_pynetworkfriction: detection_precision 0.500 < floor 0.900"]


def test_cli_skips_cleanly_without_realdata(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    assert main(["evaluate", "--realdata", str(tmp_path / "absent")]) == 0
    assert "evaluation sets skipped" in capsys.readouterr().out


def test_floors_name_known_sets_and_figures():
    floors = load_floors()
    figures = set(Scores("x").figures())
    assert set(floors) <= {*SETS, "all", "self_labelled" + SUFFIX}
    assert all(set(f) <= figures and all(0 <= v <= 1 for v in f.values()) for f in floors.values())


@pytest.mark.realdata
def test_figures_keep_their_floors():
    """Every labelled set (a few seconds); fails when a figure drops below etl/data/eval/floors.toml."""
    if not DEFAULT_REALDATA.is_dir():
        pytest.skip("../shared/realdata is absent")
    evaluation = evaluate(DEFAULT_REALDATA)
    assert not evaluation.skipped, f"sets missing from realdata: {evaluation.skipped}"
    assert below_floors(evaluation, load_floors()) == []


def test_the_held_out_sets_mistakes_are_listed_only_when_asked_for():
    dev = Outcome(replace(item(GoldIncident("civilian")), set_name="self_labelled"), [])
    held = Outcome(replace(item(GoldIncident("civilian")), set_name="self_labelled_holdout"), [])
    assert listable([dev, held]) == [dev]
    assert listable([dev, held], held_out=True) == [dev, held]


def _draw_script():
    path = ROOT / "scripts" / "draw_label_batches.py"
    spec = importlib.util.spec_from_file_location("draw_label_batches", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


STRIKE = "Drone strike on a depot"


def test_label_batches_are_drawn_reproducibly_disjoint_and_only_from_keyword_items(tmp_path: Path):
    draw = _draw_script()
    draw.QUOTAS = {source: (3, 2) for source in draw.QUOTAS}
    for source in draw.QUOTAS:
        path = tmp_path / source
        path.parent.mkdir(parents=True, exist_ok=True)
        field = sets_self_labelled.KEY_FIELD[path.parent.name]
        records = [
            {field: f"k{i}", "title": STRIKE if i % 2 else "Tennis final", "date": "2024-01-01"}
            for i in range(20)
        ]
        if path.parent.name == "economist_2025_ukraine":
            text = "\n\n".join(f"Missile hit number {i}. " * 20 for i in range(12))
            records = [{field: "a.md", "text": text}]
        lines = "".join(json.dumps(r) + "\n" for r in records)
        if source.endswith(".gz"):
            path.write_bytes(gzip.compress(lines.encode()))
        else:
            path.write_text(lines, encoding="utf-8")
    first, again = draw.draw(tmp_path, 7), draw.draw(tmp_path, 7)
    assert first == again and first != draw.draw(tmp_path, 8)
    sizes = [sum(quota[i] for quota in draw.QUOTAS.values()) for i in range(len(draw.BATCHES))]
    assert [len(first[name]) for name in draw.BATCHES] == sizes
    dev, held_out = (set(first[name]) for name in draw.BATCHES)
    assert not dev & held_out
    feed_keys = {key for source, key in dev | held_out if not source.startswith("economist")}
    assert feed_keys and all(int(key[1:]) % 2 for key in feed_keys)  # only the items naming a strike


FEED = "rss_link_db_war_2022_2023/rss_war_en_2023.jsonl.gz"
LABEL_HEADER = (
    "source,key,incident,target_type,country_code,admin1_code,place,event_date,date_precision,negative_kind\n"
)


def test_two_labellings_are_scored_against_each_other_and_the_tagger_against_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    feed = tmp_path / FEED
    feed.parent.mkdir(parents=True)
    titles = ["Drone hits Kharkiv substation", "Shelling of Odesa port", "Tennis final"]
    lines = "".join(
        json.dumps({"link": f"k{i}", "title": t, "description": "", "date_published": "2023-03-09 10:00:00"})
        + "\n"
        for i, t in enumerate(titles)
    )
    feed.write_bytes(gzip.compress(lines.encode()))
    first = tmp_path / "first.csv"
    first.write_text(
        LABEL_HEADER
        + f"{FEED},k0,1,substation,UA,UA-63,Kharkiv,2023-03-09,day,\n"
        + f"{FEED},k1,1,port,UA,UA-51,Odesa,2023-03-09,week,\n"
        + f"{FEED},k2,0,,,,,,,other_topic\n",
        encoding="utf-8",
    )
    second = tmp_path / "second.csv"  # agrees on k0; sees no incident in k1; an unnamed attack in k2
    second.write_text(
        LABEL_HEADER
        + f"{FEED},k0,1,substation,UA,UA-63,Kharkiv,2023-03-08,day,\n"
        + f"{FEED},k1,0,,,,,,,background\n"
        + f"{FEED},k2,1,unspecified,UA,,,,,\n",
        encoding="utf-8",
    )

    def tagger(doc: Document) -> list[Incident]:  # finds the grid in the first item only
        return [predicted("substation", place="Kharkiv")] if "substation" in doc.text else []

    decided = tmp_path / "decided.csv"  # the adjudicator sides with the second reader on k1
    decided.write_text(LABEL_HEADER + f"{FEED},k1,0,,,,,,,background\n", encoding="utf-8")
    monkeypatch.setitem(sets_self_labelled.ADJUDICATED, str(first), str(decided))

    result = agreement(tmp_path, "self_labelled", tagger, first=str(first), second=str(second))
    labellers, tagger_first, tagger_second, first_gold, second_gold = result.rows()
    # against the gold, the first reader's k1 is a false alarm, the second's k2 too, and its k0 day is wrong
    assert (first_gold.detection.tp, first_gold.detection.fp, first_gold.detection.fn) == (1, 1, 0)
    assert (second_gold.detection.tp, second_gold.detection.fp, second_gold.detection.fn) == (1, 1, 0)
    assert (first_gold.fields["event_date"].hits, second_gold.fields["event_date"].hits) == (1, 0)
    assert (labellers.detection.tp, labellers.detection.fp, labellers.detection.fn) == (1, 1, 1)
    assert (labellers.fields["place"].hits, labellers.fields["event_date"].hits) == (1, 0)
    assert labellers.categories["transport"].fn == 1 and labellers.categories["other"].fp == 1
    assert (tagger_first.detection.tp, tagger_first.detection.fn) == (1, 1)
    assert (tagger_second.detection.tp, tagger_second.detection.fn, tagger_second.detection.fp) == (1, 1, 0)
    table = agreement_table([result])
    assert "| `self_labelled` | second labeller vs first | 3 (2) | 0.500 | 0.500 |" in table
    assert "| `self_labelled` | tagger vs second labeller | 3 (2) | 1.000 | 0.500 |" in table
    assert "| `self_labelled` | second labeller vs gold | 3 (1) | 0.500 | 1.000 |" in table


def test_no_agreement_where_a_set_has_no_second_labelling(tmp_path: Path):
    assert agreement(tmp_path, "bellingcat_civharm") is None


def test_adjudicated_rows_replace_the_first_labelling_in_the_gold_only(tmp_path: Path, monkeypatch):
    feed = tmp_path / FEED
    feed.parent.mkdir(parents=True)
    lines = "".join(
        json.dumps({"link": f"k{i}", "title": t, "description": "", "date_published": "2023-03-09 10:00:00"})
        + "\n"
        for i, t in enumerate(["Drone hits Kharkiv substation", "Ministers meet"])
    )
    feed.write_bytes(gzip.compress(lines.encode()))
    first, decided = tmp_path / "first.csv", tmp_path / "decided.csv"
    first.write_text(
        LABEL_HEADER
        + f"{FEED},k0,1,substation,UA,UA-63,Kharkiv,2023-03-09,day,\n"
        + f"{FEED},k1,1,unspecified,UA,,,,,\n",
        encoding="utf-8",
    )
    decided.write_text(LABEL_HEADER + f"{FEED},k1,0,,,,,,,other_topic\n", encoding="utf-8")
    monkeypatch.setitem(sets_self_labelled.ADJUDICATED, str(first), str(decided))
    gold = sets_self_labelled.load(tmp_path, str(first))
    assert [len(item.incidents) for item in gold] == [1, 0]
    raw = sets_self_labelled.load(tmp_path, str(first), adjudicated=False)
    assert [len(item.incidents) for item in raw] == [1, 1]
    decided.write_text(LABEL_HEADER + f"{FEED},k9,0,,,,,,,other_topic\n", encoding="utf-8")
    with pytest.raises(KeyError, match="does not label"):
        sets_self_labelled.load(tmp_path, str(first))


@pytest.mark.realdata
def test_agreement_of_the_real_labellings_is_printed_and_high(capsys: pytest.CaptureFixture[str]):
    """Two careful readers agree far more than any tagger needs to: a corrupted labels file would not."""
    if not DEFAULT_REALDATA.is_dir():
        pytest.skip("../shared/realdata is absent")
    assert main(["evaluate", "--set", "self_labelled_holdout", "--agreement", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["agreement"]["self_labelled_holdout"]
    labellers = figures["second labeller vs first"]
    assert labellers["items"] == 440
    assert labellers["detection"]["f1"] > 0.85 and labellers["figures"]["country_accuracy"] > 0.95
    for reader in ("first labeller vs gold", "second labeller vs gold"):
        assert figures[reader]["items"] == 440 and figures[reader]["detection"]["f1"] > 0.9


def test_bootstrap_intervals_hold_the_figure_and_narrow_with_more_items():
    from etl.evaluation.intervals import intervals

    right = Outcome(item(KHARKIV_GRID), [predicted()])
    wrong_place = Outcome(item(KHARKIV_GRID), [predicted(place="Odesa", admin1_code="UA-51")])
    false_alarm = Outcome(item(), [predicted()])
    missed = Outcome(item(KHARKIV_GRID), [])
    perfect = intervals([right] * 20)
    assert perfect["detection_precision"] == (1.0, 1.0) and perfect["place_accuracy"] == (1.0, 1.0)
    assert perfect["category_macro_f1"] == (1.0, 1.0)
    mixed = [right] * 6 + [wrong_place] * 2 + [false_alarm] * 2 + [missed] * 2
    scores = Scores("mixed")
    for outcome in mixed:
        score_item(scores, outcome.item, outcome.predicted)
    small, large = intervals(mixed), intervals(mixed * 10)
    for name, value in scores.figures().items():
        assert small[name][0] <= value <= small[name][1], name
        width, narrower = small[name][1] - small[name][0], large[name][1] - large[name][0]
        assert narrower < width or width == narrower == 0.0, name  # country: always right here
    # the same outcomes print the same intervals
    assert intervals(mixed) == small
    # a set that does not score a figure gets no interval for it
    assert (
        intervals([Outcome(item(KHARKIV_GRID, labels_targets=False), [predicted()])])["category_macro_f1"]
        is None
    )


@pytest.mark.realdata
def test_cli_prints_the_intervals(capsys: pytest.CaptureFixture[str]):
    if not DEFAULT_REALDATA.is_dir():
        pytest.skip("../shared/realdata is absent")
    assert main(["evaluate", "--set", "acled_pynetworkfriction", "--intervals"]) == 0
    out = capsys.readouterr().out
    table = out.split("95% bootstrap intervals over each set's items:")[1]
    row = next(line for line in table.splitlines() if line.startswith("| `acled_pynetworkfriction`"))
    low, high = row.split(" | ")[3].split("-")  # detection R
    assert 0.8 < float(low) <= float(high) <= 1.0
