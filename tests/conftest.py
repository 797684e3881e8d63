"""Shared fixtures. Tests that need ../shared/data skip, saying why, when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))
SEED_TXT = SHARED / "examples" / "seed-000.txt"
SEED_GOLD = SHARED / "examples" / "seed-000.gold.json"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when it is not there (a user's fresh clone)."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"needs {p} (the team's shared data, present in CI; absent in a fresh clone)")
    return p


@pytest.fixture
def seed_text() -> str:
    return shared_path("examples", "seed-000.txt").read_text(encoding="utf-8")


@pytest.fixture
def seed_gold() -> dict:
    import json

    return json.loads(shared_path("examples", "seed-000.gold.json").read_text(encoding="utf-8"))


def assert_spans_valid(article) -> None:
    """Every span of an Article (model or dict) must equal text[start:end]."""
    d = article if isinstance(article, dict) else article.to_dict()
    text = d["text"]

    def check(span):
        if span is None:
            return
        assert 0 <= span["start"] <= span["end"] <= len(text), span
        assert text[span["start"] : span["end"]] == span["text"], span

    for s in d["sentences"]:
        assert 0 <= s["start"] <= s["end"] <= len(text)
    for e in d["entities"]:
        for m in e["mentions"]:
            check(m)
    for q in d["quotes"]:
        check(q["content"])
        check(q["cue"])
        check(q["speaker_mention"])
    for t in d["times"]:
        check(t)
    for v in d["events"]:
        check(v["trigger"])


PG_URL = os.environ.get("WARTA_TEST_PG")
BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    """A fresh, empty database on each backend: a SQLite file, and PostgreSQL when $WARTA_TEST_PG is set."""
    if request.param == "sqlite":
        return str(tmp_path / "warta.db")
    if not PG_URL:
        pytest.skip("PostgreSQL tests need $WARTA_TEST_PG (.ci/run starts a server and sets it)")
    from sqlalchemy import create_engine, text

    from warta.store import resolve_url

    engine = create_engine(resolve_url(PG_URL))
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return PG_URL
