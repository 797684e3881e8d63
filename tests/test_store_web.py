"""Store and web app against a real SQLite file."""

import json
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

import warta
from warta.examples import records
from warta.store import Store
from warta.web.app import create_app

EVIL = (
    'Presiden <script>alert("x")</script> mengatakan bahwa " onmouseover="alert(1)" dan <b>tebal</b> '
    "tidak boleh dirender sebagai HTML oleh halaman artikel mana pun di Jakarta hari ini."
)


@pytest.fixture
def db(db_url):
    return db_url


def test_ingest_is_idempotent_and_export_is_identical(tmp_path, db):
    src = tmp_path / "in.jsonl"
    recs = records()
    src.write_text(
        "\n".join(json.dumps({"id": r.meta["id"], "date": r.meta["published"], "text": r.text}) for r in recs)
        + "\n",
        encoding="utf-8",
    )
    cmd = [sys.executable, "-m", "warta"]
    first = subprocess.run(cmd + ["ingest", str(src), "--db", db], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert "ok 3, skipped (already stored) 0, failed 0" in first.stdout
    again = subprocess.run(cmd + ["ingest", str(src), "--db", db], capture_output=True, text=True)
    assert "ok 0, skipped (already stored) 3" in again.stdout
    assert Store(db).count() == 3
    exported = subprocess.run(cmd + ["export", "--db", db], capture_output=True, text=True).stdout
    analysed = subprocess.run(cmd + ["analyze", str(src)], capture_output=True, text=True).stdout
    assert exported == analysed


def test_ingest_reports_bad_files_and_goes_on(tmp_path, db):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "good.txt").write_text(EVIL, encoding="utf-8")
    (tmp_path / "d" / "empty.txt").write_bytes(b"")
    (tmp_path / "d" / "bin.txt").write_bytes(b"\x00\x01\x02")
    errors = tmp_path / "errors.jsonl"
    r = subprocess.run(
        [sys.executable, "-m", "warta", "ingest", str(tmp_path / "d"), "--db", db, "--errors", str(errors)],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2
    assert "ok 1, skipped (already stored) 0, failed 2" in r.stdout
    failed = [json.loads(x) for x in errors.read_text().splitlines()]
    assert sorted(f["id"] for f in failed) == ["bin", "empty"]


@pytest.fixture
def client(db):
    store = Store(db)
    for r in records():
        store.add(warta.analyze(r.text, meta=r.meta))
    store.add(warta.analyze(EVIL, published="2024-07-10", meta={"id": "evil", "title": "<i>judul</i>"}))
    return TestClient(create_app(db))


def test_pages_list_and_show_articles(client):
    home = client.get("/")
    assert home.status_code == 200
    assert "Indonesia dan Malaysia Sepakat" in home.text
    items = client.get("/api/articles", params={"limit": 10}).json()
    assert items["total"] == 4
    first = items["items"][0]
    page = client.get(f"/articles/{first['id']}")
    assert page.status_code == 200 and 'class="hl' in page.text or first["n_entities"] == 0
    doc = client.get(f"/api/articles/{first['id']}").json()
    assert doc["schema"] == "warta/1" and doc["id"] == first["id"]


def test_article_text_is_escaped(client):
    evil = client.get("/api/articles", params={"q": "alert"}).json()["items"][0]
    page = client.get(f"/articles/{evil['id']}").text
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert '" onmouseover="alert(1)"' not in page
    assert "<i>judul</i>" not in page and "&lt;i&gt;judul&lt;/i&gt;" in page


def test_api_analyze_and_errors(client):
    r = client.post("/api/analyze", json={"text": EVIL, "published": "2024-07-10"})
    assert r.status_code == 200 and r.json()["text"] == EVIL
    assert client.post("/api/analyze", json={"text": "   "}).status_code == 422
    assert client.post("/api/analyze", json={"text": EVIL, "published": "bukan tanggal"}).status_code == 422
    assert client.get("/api/articles", params={"limit": "banyak"}).status_code == 422
    assert client.get("/api/articles/0000000000000000").status_code == 404
    big = client.post(
        "/api/analyze", content=b"x" * (2 * 1024 * 1024 + 10), headers={"content-type": "application/json"}
    )
    assert big.status_code == 413


def test_analyse_page_does_not_store(client):
    before = client.get("/api/articles").json()["total"]
    r = client.post("/analyze", data={"text": EVIL, "published": "2024-07-10"})
    assert r.status_code == 200 and "not stored" in r.text
    assert client.get("/api/articles").json()["total"] == before


def test_records_endpoints_filter_and_page(client):
    quotes = client.get("/api/quotes", params={"limit": 2}).json()
    assert quotes["total"] >= 3 and len(quotes["items"]) == 2
    speaker = next(
        q for q in client.get("/api/quotes", params={"limit": 100}).json()["items"] if q["speaker_actor"]
    )
    mine = client.get("/api/quotes", params={"speaker": speaker["speaker_actor"]}).json()["items"]
    assert mine and all(q["speaker_actor"] == speaker["speaker_actor"] for q in mine)
    by_name = client.get("/api/quotes", params={"speaker": speaker["speaker_name"].split()[-1]}).json()[
        "items"
    ]
    assert any(q["speaker_actor"] == speaker["speaker_actor"] for q in by_name)
    words = client.get("/api/quotes", params={"q": "jadwal"}).json()["items"]
    assert words and all("jadwal" in q["content"].lower() for q in words)
    events = client.get("/api/events", params={"limit": 200}).json()
    assert events["total"] > 0
    etype = events["items"][0]["type"]
    typed = client.get("/api/events", params={"type": etype}).json()["items"]
    assert typed and all(e["type"] == etype for e in typed)
    idn = client.get("/api/events", params={"source_country": "IDN"}).json()["items"]
    assert all(any(a["country"] == "IDN" for a in e["source"]) for e in idn)
    actors = client.get("/api/actors", params={"country": "IDN"}).json()["items"]
    assert actors and all(a["country"] == "IDN" for a in actors)
    actor = client.get(f"/api/actors/{speaker['speaker_actor']}").json()
    assert actor["n_quotes"] >= 1 and actor["timeline"] and "counterparts" in actor
    stats = client.get("/api/stats").json()
    assert stats["counts"]["articles"] == 4


def test_malformed_parameters_get_422_never_500(client):
    for url, params in [
        ("/api/quotes", {"from": "kemarin"}),
        ("/api/quotes", {"limit": 0}),
        ("/api/events", {"type": "PUNCH"}),
        ("/api/events", {"aux": "maybe"}),
        ("/api/events", {"source_country": "Indonesia"}),
        ("/api/actors", {"offset": -1}),
        ("/api/actors/not-an-id", {}),
        ("/api/articles", {"to": "2024-13-45"}),
        ("/search", {"kind": "tweets"}),
    ]:
        r = client.get(url, params=params)
        assert r.status_code == 422, (url, params, r.status_code)
        assert r.json()["detail"]
    assert client.get("/api/quotes", params={"q": '"; DROP TABLE quotes; --'}).status_code == 200
    assert client.get("/api/articles", params={"q": "NEAR( AND * OR"}).status_code == 200
    assert client.get("/network", params={"type": "x", "from": "y"}).status_code == 200


def test_http_ingestion_is_off_without_a_token_and_needs_it(client, monkeypatch):
    body = {"text": EVIL + " Tambahan baru.", "published": "2024-07-10"}
    assert client.post("/api/articles", json=body).status_code == 403
    monkeypatch.setenv("WARTA_TOKEN", "rahasia")
    assert client.post("/api/articles", json=body).status_code == 401
    assert (
        client.post("/api/articles", json=body, headers={"Authorization": "Bearer salah"}).status_code == 401
    )
    ok = client.post("/api/articles", json=body, headers={"Authorization": "Bearer rahasia"})
    assert ok.status_code == 201 and ok.json()["stored"] is True
    again = client.post("/api/articles", json=body, headers={"Authorization": "Bearer rahasia"})
    assert again.json() == {"id": ok.json()["id"], "stored": False}


def test_the_article_page_shows_what_the_analysis_left_out(client):
    aid = next(a["id"] for a in client.get("/api/articles").json()["items"] if a["meta_id"] == "demo-001")
    page = client.get(f"/articles/{aid}").text
    assert 'class="hl boiler" title="left out of the analysis: boilerplate">Baca juga:' in page


def test_the_article_page_says_who_did_what_to_whom(client):
    aid = next(a["id"] for a in client.get("/api/articles").json()["items"] if a["meta_id"] == "demo-001")
    page = client.get(f"/articles/{aid}").text
    assert "Andika Pratama (IDN) → Farid Hakimi (MYS)" in page


def test_events_by_actor_or_country_in_either_role_and_by_trigger_words(client):
    def types(**params):
        return [e["type"] for e in client.get("/api/events", params=params).json()["items"]]

    assert types(actor="Farid Hakimi") == ["CONSULT"]  # the target of "bertemu dengan"
    assert "CONSULT" in types(country="MYS") and "SUPPORT" in types(country="MYS")
    assert types(q="gas air") == ["ASSAULT"]
    assert client.get("/api/events", params={"country": "Malaysia"}).status_code == 422

    def page(q):
        return client.get("/search", params={"kind": "events", "q": q}).text

    assert page("assault").count("<b>ASSAULT</b>") == 1 and "<b>PROTEST</b>" not in page("assault")
    assert "<b>CONSULT</b>" in page("MYS") and "<b>SUPPORT</b>" in page("MYS")
    assert "<b>CONSULT</b>" in page("Farid")
    assert "<b>ASSAULT</b>" in page("gas air mata")
    assert "0 events" in page("tidak ada pemicu seperti ini")


def test_pages_search_actor_network(client):
    assert "Sari Wulandari" in client.get("/search", params={"kind": "actors", "q": "Sari"}).text
    aid = client.get("/api/actors", params={"q": "Sari Wulandari"}).json()["items"][0]["id"]
    page = client.get(f"/actors/{aid}").text
    assert "<svg" in page and "Sari Wulandari" in page
    assert "<svg" in client.get("/network").text


def test_add_many_stores_the_rows_of_one_add_per_article(tmp_path):
    import sqlite3

    arts = [
        warta.analyze(r.text, published=r.meta.get("published"), meta={"id": r.meta["id"]}) for r in records()
    ]
    one, many = Store(str(tmp_path / "one.db")), Store(str(tmp_path / "many.db"))
    assert [one.add(a) for a in arts] == [True] * len(arts)
    assert many.add_many([(a, None) for a in arts + arts[:1]]) == [True] * len(arts) + [False]
    assert many.add_many([(arts[1], None)]) == [False]

    def dump(path):
        with sqlite3.connect(path) as conn:
            out = {}
            for table in ("articles", "actors", "entities", "quotes", "times", "events", "event_actors"):
                cols = [c[1] for c in conn.execute(f"PRAGMA table_info({table})") if c[1] != "ingested_at"]
                out[table] = conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY 1").fetchall()
            return out

    a, b = dump(tmp_path / "one.db"), dump(tmp_path / "many.db")
    assert all(a[t] for t in ("articles", "entities", "quotes", "events", "event_actors"))
    assert a == b


def test_an_actor_timeline_counts_an_event_without_a_day_in_its_publication_week(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
    text = (
        "Presiden Prabowo Subianto bertemu Presiden Prancis Emmanuel Macron di Jakarta pada 2023. "
        "Presiden Prabowo Subianto bertemu Perdana Menteri Jepang Shigeru Ishiba di Tokyo pada 5 April 2023."
    )
    article = warta.analyze(text, published="2025-05-02", force=True)
    dates = sorted(e.date or "" for e in article.events)
    assert dates == ["2023", "2023-04-05"]  # a year, and a day
    store.add(article)
    actor_id = store.list_actors(q="Prabowo")[1][0]["id"]
    weeks = {row["week"]: row["events"] for row in store.get_actor(actor_id)["timeline"]}
    assert weeks == {"2025-W18": 1, "2023-W14": 1}


def test_an_actors_titles_from_several_articles_are_merged_without_case_repeats(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 't.db'}")
    for i, title in enumerate(("Presiden", "presiden", "Presiden RI")):
        text = f"{title} Joko Widodo meresmikan bendungan baru di Sumedang pada hari ini bersama warga ({i})."
        store.add(warta.analyze(text, published="2024-07-09", meta={"id": f"t{i}"}))
    (jokowi,) = [a for a in store.list_actors(q="Joko Widodo")[1] if a["name"] == "Joko Widodo"]
    assert jokowi["titles"] == ["Presiden", "Presiden RI"]
