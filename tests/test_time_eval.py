"""`warta eval timex`: TimeML reading/writing, TempEval-style counts, the e2e helper, the dev set."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_path
from warta.evaluate.timex import Gold, TimeMLDoc, count, read_timeml, run, score_times, write_timeml

TML = """<?xml version="1.0"?>
<TimeML>
<DOCID>x1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-07-10" functionInDocument="CREATION_TIME">10/07/2024</TIMEX3></DCT>
<TEXT>Menteri tiba <TIMEX3 tid="t1" type="DATE" value="2024-07-09">kemarin</TIMEX3> &amp; <EVENT eid="e1">bertemu</EVENT>
selama <TIMEX3 tid="t2" type="DURATION" value="PT90M">90 menit</TIMEX3>.</TEXT>
</TimeML>
"""


def test_read_timeml(tmp_path: Path) -> None:
    path = tmp_path / "x1.tml"
    path.write_text(TML, encoding="utf-8")
    doc = read_timeml(path)
    assert doc.dct == dt.date(2024, 7, 10)
    assert doc.text == "Menteri tiba kemarin & bertemu\nselama 90 menit."
    assert [(doc.text[g.start : g.end], g.type, g.value) for g in doc.timexes] == [
        ("kemarin", "DATE", "2024-07-09"),
        ("90 menit", "DURATION", "PT90M"),
    ]


def test_write_then_read_round_trip(tmp_path: Path) -> None:
    doc = TimeMLDoc("d", "A & B <pada> kemarin.", dt.date(2024, 7, 10), [])
    gold = [Gold(13, 20, "DATE", "2024-07-09", "END")]
    write_timeml(tmp_path / "d.tml", doc, gold)
    again = read_timeml(tmp_path / "d.tml")
    assert again.text == doc.text and again.dct == doc.dct
    assert again.timexes == gold


def test_counts_strict_relaxed_type_value() -> None:
    gold = [
        Gold(0, 10, "DATE", "2024-07-09"),
        Gold(20, 28, "DURATION", "PT90M"),
        Gold(40, 45, "DATE", "2024"),
    ]
    pred = [Gold(5, 10, "DATE", "2024-07-09"), Gold(20, 28, "DATE", "PT90M"), Gold(60, 62, "DATE", "2020")]
    assert count(gold, pred) == {"gold": 3, "pred": 3, "strict": 1, "relaxed": 2, "type": 1, "value": 2}


def test_run_scores_warta_and_writes_predictions(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "x1.tml").write_text(TML, encoding="utf-8")
    results = run(timeml=tmp_path / "gold", out=tmp_path / "pred", dateparser=False)
    assert results["Warta"]["relaxed_f1"] == 1.0 and results["Warta"]["value_f1"] == 1.0
    written = read_timeml(tmp_path / "pred" / "x1.tml")
    assert [g.value for g in written.timexes] == ["2024-07-09", "PT90M"]


def test_score_times_for_e2e_gold() -> None:
    text = "Ia bertemu Putin pada hari Kamis malam, lalu selama 90 menit; saat ini tahun 2022 berbeda."
    gold = [{"text": "hari Kamis", "value": "2025-03-13"}, {"text": "tahun 2022", "value": "2022"}]
    from warta.time import find_times

    pred = [t.model_dump() for t in find_times(text, dt.date(2025, 3, 16))]
    counts = score_times(text, gold, pred)
    assert counts == {
        "gold": 2,
        "pred": 2,
        "match": 2,
        "value": 2,
    }  # TIME counts as its day; PT90M, PRESENT_REF out
    assert score_times(gold, pred, text) == counts  # (gold, pred, text) order works too


def test_dev_set_materialises_and_scores(tmp_path: Path) -> None:
    shared_path("data", "news", "politics2024_tantowjy.jsonl")
    sys.path.insert(0, str(ROOT / "bench" / "gold" / "timex"))
    from build_timeml import materialise

    paths = materialise(tmp_path)
    assert len(paths) >= 15
    results = run(timeml=tmp_path, out=None, dateparser=False)
    assert results["Warta"]["gold"] >= 60
    assert results["Warta"]["relaxed_f1"] >= 0.9 and results["Warta"]["value_f1"] >= 0.85


@pytest.mark.slow
def test_dateparser_is_scored_side_by_side(tmp_path: Path) -> None:
    pytest.importorskip("dateparser")
    (tmp_path / "x1.tml").write_text(TML, encoding="utf-8")
    results = run(timeml=tmp_path, out=None, dateparser=True)
    assert set(results) == {"Warta", "dateparser"}
