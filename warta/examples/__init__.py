"""Example articles written by the Warta team (for `make demo` and the tests)."""

from __future__ import annotations

from pathlib import Path

from warta.ingest import Record

HERE = Path(__file__).parent


def records() -> list[Record]:
    out = []
    for line in (HERE / "index.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rid, published, title, source = line.split("\t")
        text = (HERE / f"{rid}.txt").read_text(encoding="utf-8")
        out.append(Record(text, {"id": rid, "published": published, "title": title, "source": source}))
    return out
