"""Where `warta ingest`'s time goes: py-spy samples the writing process and every worker of a real run.

Run: .venv/bin/python -m bench.profile_ingest [--limit 400] [--workers 2] [--rate 100] [--raw FILE]

`warta ingest` runs over the first N news articles into a fresh SQLite file under
`py-spy record --subprocesses`. Each worker sample is put in the stage whose code it is in: the first
Warta module on its stack (tokenizer, normalisation, language check, sentences, quotes, times, events,
actors, Article and JSON, store rows), else the trained components when spaCy or thinc code runs below
`run_docs`. py-spy reads Python frames only, so time in compiled code (spaCy's Cython, BLAS) is counted
for the Python frame that called it. The table gives each stage's share of the workers' busy samples;
samples of a worker that waits for its next task are counted apart, and so is the writing process.
py-spy is a development dependency (`pip install -e .[dev]`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bench.common import NEWS

# the first Warta module (root to leaf) on a worker's stack names its stage
WARTA_STAGES = [
    ("warta/language.py", "tokenizer (Warta's rules)"),
    ("warta/normalize.py", "normalisation"),
    ("warta/langid.py", "language check"),
    ("warta/sentences.py", "sentences"),
    ("warta/quotes/", "quotes"),
    ("warta/time/", "times"),
    ("warta/regexes.py", "times"),
    ("warta/events/", "events"),
    ("warta/actors/", "actors"),
    ("warta/model.py", "Article and JSON"),
    ("warta/store.py", "store rows"),
]
TRAINED = "trained components (spaCy, thinc, BLAS)"
TRAINED_CODE = ("thinc/", "spacy/", "warta/models/")  # py-spy names files from their package down


def frames(line: str) -> tuple[list[str], int]:
    stack, _, count = line.rstrip("\n").rpartition(" ")
    return stack.split(";"), int(count)


def stage_of(stack: list[str]) -> str:
    """The stage of one worker sample (see the module docstring)."""
    in_pipeline = False
    stage = None
    for frame in stack:
        name, _, where = frame.partition(" (")
        if "run_docs" in name or "make_doc" in name:
            in_pipeline = True
        if name.startswith("Language.make_doc") or name == "make_doc":
            stage = stage or "tokenizer (spaCy's loop)"
        for prefix, label in WARTA_STAGES:
            if prefix in where:
                if stage in (None, TRAINED, "tokenizer (spaCy's loop)"):
                    stage = label
                break
        else:
            if in_pipeline and stage is None and where.startswith(TRAINED_CODE):
                stage = TRAINED
    if stage is None and stack and stack[-1].startswith("run_docs "):
        stage = TRAINED  # a pipe's compiled code (the parser's and NER's transition loop, Cython) runs
    if stage:
        return stage
    joined = ";".join(stack)
    if "analyze_batch" in joined or "analyze_many" in joined:
        return "other analysis code"
    if "_find_and_load" in joined or "get_nlp" in joined or "_worker_init" in joined:
        return "start-up (imports, model load)"
    return "waiting for a task, sending results"


def summarise(raw: Path, rate: int) -> tuple[Counter, Counter, int]:
    """(worker samples per stage, writer samples per kind, number of workers) from py-spy's raw output."""
    workers: Counter = Counter()
    writer: Counter = Counter()
    pids = set()
    for line in raw.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        stack, n = frames(line)
        procs = [f for f in stack if f.startswith("process ")]
        rest = [f for f in stack if not f.startswith("process ") and not f.startswith("thread ")]
        if len(procs) >= 2:  # a worker (a child of the ingest process)
            pids.add(procs[-1].split(":")[0])
            workers[stage_of(rest)] += n
        else:
            joined = ";".join(rest)
            if "warta/store.py" in joined:
                writer["store writes"] += n
            elif "warta/ingest.py" in joined or "text_id" in joined:
                writer["reading input"] += n
            elif "rich/" in joined:
                writer["progress bar"] += n
            elif "_find_and_load" in joined:
                writer["start-up (imports)"] += n
            else:
                writer["waiting, pool, other"] += n
    return workers, writer, len(pids)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=400, help="first N news articles")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rate", type=int, default=100, help="py-spy samples per second")
    ap.add_argument("--raw", type=Path, default=None, help="keep py-spy's raw samples here")
    args = ap.parse_args()
    pyspy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(pyspy).exists():
        raise SystemExit("needs py-spy: pip install -e .[dev]")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "news.jsonl"
        n = 0
        with src.open("w", encoding="utf-8") as out:
            for path in NEWS:
                if not path.exists():
                    raise SystemExit(f"needs {path} (the team's shared data)")
                for line in path.open(encoding="utf-8"):
                    if line.strip() and n < args.limit:
                        out.write(line)
                        n += 1
        raw = args.raw or Path(tmp) / "samples.txt"
        cmd = [pyspy, "record", "--subprocesses", "-f", "raw", "-r", str(args.rate), "-o", str(raw), "--"]
        cmd += [sys.executable, "-m", "warta", "ingest", str(src), "--db", str(Path(tmp) / "p.db")]
        cmd += ["--workers", str(args.workers)]
        subprocess.run(cmd, check=True, capture_output=True)
        workers, writer, n_workers = summarise(raw, args.rate)
    busy = {k: v for k, v in workers.items() if not k.startswith("waiting")}
    total_busy = sum(busy.values())
    table = Table(title=f"warta ingest of {n} news articles, {n_workers} workers: py-spy at {args.rate} Hz")
    for col in ("workers' stage", "seconds (all workers)", "% of busy"):
        table.add_column(col, justify="right" if col != "workers' stage" else "left")
    for k, v in sorted(busy.items(), key=lambda kv: -kv[1]):
        table.add_row(k, f"{v / args.rate:.1f}", f"{100 * v / total_busy:.1f}")
    for k, v in workers.items():
        if k.startswith("waiting"):
            table.add_row(f"[dim]{k}[/dim]", f"{v / args.rate:.1f}", "")
    Console(width=120).print(table)
    wt = Table(title="the writing process")
    wt.add_column("kind")
    wt.add_column("seconds", justify="right")
    for k, v in writer.most_common():
        wt.add_row(k, f"{v / args.rate:.1f}")
    Console(width=120).print(wt)
    print(json.dumps({"workers": dict(workers), "writer": dict(writer), "rate": args.rate, "articles": n}))


if __name__ == "__main__":
    main()
