"""Materialise Warta's TIMEX3 dev set (standoff offsets in devset.json) as TimeML 1.2 files.

The article texts stay in ../shared/data/news (publishers' copyright); this script rebuilds one ``.tml``
per article in a folder of your choice (a temp dir by default) so that ``warta eval timex`` can read it:

    python bench/gold/timex/build_timeml.py --out /tmp/warta-timex [--eval]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))
sys.path.insert(0, str(ROOT))

from warta.evaluate.timex import Gold, TimeMLDoc, write_timeml  # noqa: E402


def load_docs(shared: Path = SHARED) -> list[TimeMLDoc]:
    """The dev set as TimeMLDoc objects with gold TIMEX3 (raises FileNotFoundError without the shared news)."""
    spec = json.loads((HERE / "devset.json").read_text(encoding="utf-8"))
    wanted: dict[str, set[str]] = {}
    for d in spec["docs"]:
        wanted.setdefault(d["file"], set()).add(d["id"])
    texts: dict[str, str] = {}
    for name, ids in wanted.items():
        with (shared / "data" / "news" / name).open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in ids:
                    texts[rec["id"]] = rec["text"]
    docs = []
    for d in spec["docs"]:
        text = texts[d["id"]]
        if hashlib.sha256(text.encode()).hexdigest()[:16] != d["sha256"]:
            raise ValueError(f"{d['id']}: the shared text changed since it was annotated")
        gold = [Gold(t["start"], t["end"], t["type"], t["value"], t.get("mod")) for t in d["timexes"]]
        docs.append(TimeMLDoc(d["id"], text, dt.date.fromisoformat(d["dct"]), gold))
    return docs


def materialise(out: Path, shared: Path = SHARED) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc in load_docs(shared):
        path = out / f"{doc.name}.tml"
        write_timeml(path, doc, doc.timexes)
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None, help="folder for the .tml files (default: a temp dir)")
    ap.add_argument("--eval", action="store_true", help="then run `warta eval timex` on it")
    args = ap.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="warta-timex-"))
    paths = materialise(out)
    print(f"wrote {len(paths)} TimeML files to {out}")
    if args.eval:
        from warta.evaluate.timex import run

        run(timeml=out, out=None, dateparser=True)


if __name__ == "__main__":
    main()
