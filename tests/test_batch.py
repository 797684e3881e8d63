"""Batch ingest: resumable after kill -9, Dask = local, bad records reported, exports (real SQLite files)."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from warta.examples import records

WARTA = [sys.executable, "-m", "warta"]


def _corpus(path: Path, n: int) -> list[dict]:
    """n distinct articles made from the bundled examples (a numbered closing line keeps texts apart)."""
    base = records()
    rows = []
    for i in range(n):
        r = base[i % len(base)]
        rows.append({"id": f"a{i:03d}", "date": r.meta["published"], "title": r.meta["title"],
                     "text": r.text + f"\nLaporan tambahan nomor {i} disusun oleh redaksi."})  # fmt: skip
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return rows


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_kill_9_then_resume_loses_and_duplicates_nothing(tmp_path):
    src, db = tmp_path / "in.jsonl", tmp_path / "w.db"
    # ten tasks of CHUNK (16) records, written in transactions of up to WRITE_ARTICLES (64): the kill lands
    # between two
    rows = _corpus(src, 160)
    proc = subprocess.Popen(
        WARTA + ["ingest", str(src), "--db", str(db), "--workers", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )  # fmt: skip
    deadline = time.time() + 240
    while _count(db) == 0 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.01)  # kill at the first commit the poll sees: most tasks are still to come
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _count(db)
    assert 0 < partial < len(rows), "the kill should land in the middle of the run"
    again = subprocess.run(
        WARTA + ["ingest", str(src), "--db", str(db), "--workers", "2"], capture_output=True, text=True
    )
    assert again.returncode == 0, again.stderr
    assert f"ok {len(rows) - partial}, skipped (already stored) {partial}, failed 0" in again.stdout
    exported = subprocess.run(
        WARTA + ["export", "--db", str(db)], capture_output=True, text=True
    ).stdout.splitlines()
    ids = [json.loads(x)["meta"]["id"] for x in exported]
    assert sorted(ids) == [r["id"] for r in rows]  # every record exactly once


def test_dask_engine_gives_the_records_of_the_local_engine(tmp_path):
    src = tmp_path / "in.jsonl"
    _corpus(src, 8)
    local, dask = tmp_path / "local.db", tmp_path / "dask.db"
    r1 = subprocess.run(
        WARTA + ["ingest", str(src), "--db", str(local), "--workers", "1"], capture_output=True, text=True
    )
    r2 = subprocess.run(
        WARTA + ["ingest", str(src), "--db", str(dask), "--engine", "dask", "--workers", "2"],
        capture_output=True,
        text=True,
    )
    assert r1.returncode == 0 and r2.returncode == 0, r2.stderr
    out1 = subprocess.run(WARTA + ["export", "--db", str(local)], capture_output=True, text=True).stdout
    out2 = subprocess.run(WARTA + ["export", "--db", str(dask)], capture_output=True, text=True).stdout
    assert out1 == out2 and out1.count("\n") == 8


def test_dask_parquet_tables(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    src = tmp_path / "in.jsonl"
    _corpus(src, 4)
    out = tmp_path / "pq"
    r = subprocess.run(
        WARTA + ["ingest", str(src), "--parquet", str(out), "--engine", "dask", "--workers", "2"],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr
    arts = pq.read_table(out / "articles").to_pylist()
    assert sorted(a["meta_id"] for a in arts) == ["a000", "a001", "a002", "a003"]
    quotes = pq.read_table(out / "quotes").to_pylist()
    texts = {a["article_id"]: a["text"] for a in arts}
    assert quotes and all(texts[q["article_id"]][q["start"] : q["end"]] == q["content"] for q in quotes)


def test_bad_records_are_reported_and_the_rest_stored(tmp_path):
    good = records()[0]
    folder = tmp_path / "in"
    folder.mkdir()
    lines = [
        json.dumps({"id": "ok1", "text": good.text}),
        '{"id": "broken", "text": ',
        json.dumps({"id": "huge", "text": "kata " * (2 * 1024 * 1024)}),
        json.dumps({"id": "ok2", "text": records()[1].text}),
    ]
    (folder / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "empty.jsonl").write_bytes(b"")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "dangling.txt").symlink_to(folder / "missing-target.txt")
    (folder / "fine.txt").write_text(records()[2].text, encoding="utf-8")
    db, errors = tmp_path / "w.db", tmp_path / "errors.jsonl"
    r = subprocess.run(
        WARTA + ["ingest", str(folder), "--db", str(db), "--errors", str(errors)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2
    assert "ok 3, skipped (already stored) 0, failed 6" in r.stdout, r.stdout
    failed = [(e["id"], e["error"]) for e in map(json.loads, errors.read_text().splitlines())]
    assert sorted(i for i, _ in failed) == ["binary", "broken", "dangling", "empty", "empty", "huge"]
    errs = dict(failed)
    assert "malformed JSON" in errs["broken"] and "over the limit" in errs["huge"]
    assert "binary" in errs["binary"] and "no such file" in errs["dangling"]
    assert _count(db) == 3


def test_exports_csv_parquet_gdelt(tmp_path):
    src, db = tmp_path / "in.jsonl", tmp_path / "w.db"
    _corpus(src, 3)
    subprocess.run(
        WARTA + ["ingest", str(src), "--db", str(db), "--workers", "1"], check=True, capture_output=True
    )
    docs = [
        json.loads(x)
        for x in subprocess.run(
            WARTA + ["export", "--db", str(db)], capture_output=True, text=True
        ).stdout.splitlines()
    ]
    n_events = sum(len(d["events"]) for d in docs)
    assert n_events > 0
    subprocess.run(
        WARTA + ["export", "--db", str(db), "--format", "csv", "--out", str(tmp_path / "csv")], check=True
    )
    with open(tmp_path / "csv" / "quotes.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == sum(len(d["quotes"]) for d in docs)
    subprocess.run(
        WARTA + ["export", "--db", str(db), "--format", "parquet", "--out", str(tmp_path / "pq")], check=True
    )
    assert (tmp_path / "pq" / "events" / "part-00000.parquet").exists()
    gd = tmp_path / "events.tsv"
    subprocess.run(WARTA + ["export", "--db", str(db), "--format", "gdelt", "--out", str(gd)], check=True)
    with open(gd, encoding="utf-8") as fh:
        table = list(csv.DictReader(fh, delimiter="\t"))
    assert len(table) == n_events
    first = table[0]
    assert first["GLOBALEVENTID"] == "1" and len(first["SQLDATE"]) == 8 and first["QuadClass"] in "1234"
    doc = next(d for d in docs if d["id"] == first["WartaArticleID"])
    start, end = int(first["TriggerStart"]), int(first["TriggerEnd"])
    assert doc["text"][start:end] == first["TriggerText"]


def test_analyze_many_gives_the_articles_of_analyze_and_isolates_bad_inputs():
    from warta.errors import WartaInputError
    from warta.pipeline import analyze, analyze_many

    recs = records()
    requests = [(r.text, r.meta.get("published"), {"id": r.meta.get("id")}, False) for r in recs]
    requests.insert(1, ("", None, {"id": "empty"}, False))
    requests.insert(
        3, ("The minister said on Monday that the talks would resume next week.", None, {}, False)
    )
    results = analyze_many(requests)
    assert isinstance(results[1], WartaInputError) and isinstance(results[3], WartaInputError)
    good = [r for r in results if not isinstance(r, Exception)]
    assert len(good) == len(recs)
    for r, art in zip(recs, good, strict=True):
        one = analyze(r.text, published=r.meta.get("published"), meta={"id": r.meta.get("id")})
        assert art.to_json() == one.to_json()


@pytest.mark.parametrize(
    ("write_articles", "write_seconds", "writes"),
    [(4, 1e9, [4, 4, 2]), (1000, 0.0, [2, 2, 2, 2, 2]), (1000, 1e9, [10])],
)
def test_writes_group_tasks_by_articles_and_by_time(
    tmp_path, monkeypatch, write_articles, write_seconds, writes
):
    """Tasks of 2 records share a transaction until WRITE_ARTICLES are held; with the last write
    WRITE_SECONDS old, each task is written as it comes; the rest is written at the end."""
    from warta import batch
    from warta.store import Store

    src = tmp_path / "in.jsonl"
    rows = _corpus(src, 10)
    monkeypatch.setattr(batch, "CHUNK", 2)
    monkeypatch.setattr(batch, "WRITE_ARTICLES", write_articles)
    monkeypatch.setattr(batch, "WRITE_SECONDS", write_seconds)
    store = Store(str(tmp_path / "w.db"))
    sizes: list[int] = []
    add_rows = store.add_rows
    monkeypatch.setattr(store, "add_rows", lambda items: sizes.append(len(items)) or add_rows(items))
    summary = batch.ingest(store, batch.iter_inputs([str(src)]), workers=1, total=len(rows))
    assert sizes == writes
    assert summary.line() == "ok 10, skipped (already stored) 0, failed 0"
    assert _count(tmp_path / "w.db") == 10


def test_the_last_tasks_of_a_run_shrink_so_that_workers_finish_together():
    from warta.batch import _chunks

    items = [(str(i), {}) for i in range(100)]
    taken = {"n": 0}

    def stream():
        for item in items:
            taken["n"] += 1
            yield item

    sizes = [len(c) for c in _chunks(stream(), 16, lambda: len(items) - taken["n"], workers=2)]
    assert sum(sizes) == 100 and sizes[:3] == [16, 16, 16]
    assert sizes == sorted(sizes, reverse=True) and sizes[-1] == 1  # smaller and smaller, down to one
    # one worker, or no count of what is left: tasks of 16 to the end
    assert [len(c) for c in _chunks(iter(items), 16, lambda: 0, workers=1)] == [16] * 6 + [4]
    assert [len(c) for c in _chunks(iter(items), 16, lambda: None, workers=2)] == [16] * 6 + [4]
