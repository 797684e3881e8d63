"""Throughput of `warta ingest` over ../shared/data/news at 1 and 2 workers (local) and Dask 1 vs 2,
with the bare tokenizer's words/s on the same texts in the same run, and peak RSS per worker.

Run: .venv/bin/python -m bench.bench_ingest [--limit 300] [--runs 3] [--dask | --dask-only]
Each configuration runs in a fresh process against a fresh SQLite file; medians are reported.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.progress import track
from rich.table import Table

from bench.common import news_texts


def run_one(limit: int | None, workers: int, engine: str) -> dict:
    """One ingest in this process (its children are the workers); prints a JSON line."""
    from warta.batch import ingest
    from warta.ingest import Record
    from warta.store import Store

    texts = news_texts(limit)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(str(Path(tmp) / "bench.db"))
        recs = [Record(t, {"id": str(i), "published": "2024-07-01"}) for i, t in enumerate(texts)]
        before = resource.getrusage(resource.RUSAGE_SELF)
        t = time.perf_counter()
        summary = ingest(store, recs, workers=workers, total=len(recs), engine=engine)
        seconds = time.perf_counter() - t
        # Dask: from every worker having its pipeline loaded to the last record stored, i.e. without
        # the fixed cost of starting the cluster (processes, imports, model load) and closing it
        ready = summary.done_at - summary.ready_at if summary.ready_at and summary.done_at else None
        after = resource.getrusage(resource.RUSAGE_SELF)
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kb_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "seconds": seconds,
        "ready_seconds": ready,
        # CPU of this process (the one that writes the store; with Dask also the scheduler's thread)
        "main_cpu_s": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "articles": len(texts),
        "ok": summary["ok"],
        "words": sum(len(x.split()) for x in texts),
        "rss_main_mb": kb / 1024,
        "rss_worker_mb": (kb_children if workers > 1 or engine == "dask" else kb) / 1024,
    }


def tokenizer_words_per_s(limit: int | None) -> float:
    from warta.language import WartaIndonesian

    texts = news_texts(limit)
    tok = WartaIndonesian().tokenizer
    t = time.perf_counter()
    for x in texts:
        tok(x)
    return sum(len(x.split()) for x in texts) / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=None, help="first N news articles (default: all 1,581)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dask", action="store_true", help="also Dask with 1 and 2 workers")
    ap.add_argument("--dask-only", action="store_true", help="only Dask with 1 and 2 workers")
    ap.add_argument("--run-one", nargs=2, metavar=("WORKERS", "ENGINE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.run_one:
        print(json.dumps(run_one(args.limit, int(args.run_one[0]), args.run_one[1])))
        return
    configs = [] if args.dask_only else [(1, "local"), (2, "local")]
    configs += [(1, "dask"), (2, "dask")] if args.dask or args.dask_only else []
    results: dict[tuple, list[dict]] = {c: [] for c in configs}
    tok: list[float] = []
    for _ in track(range(args.runs), description="runs"):
        tok.append(tokenizer_words_per_s(args.limit))
        for workers, engine in configs:
            cmd = [sys.executable, "-m", "bench.bench_ingest", "--run-one", str(workers), engine]
            if args.limit:
                cmd += ["--limit", str(args.limit)]
            out = (
                subprocess.run(cmd, capture_output=True, text=True, check=True)
                .stdout.strip()
                .splitlines()[-1]
            )
            results[(workers, engine)].append(json.loads(out))
    tok_wps = statistics.median(tok)
    table = Table(title=f"warta ingest, median of {args.runs} runs")
    for col in (
        "engine",
        "workers",
        "articles/s",
        "words/s",
        "÷ tokenizer words/s",
        "peak RSS/worker MB",
        "writer CPU s",
        "failed",
    ):
        table.add_column(col, justify="right")
    speed = {}
    speed_secs = {}
    for (workers, engine), rows in results.items():
        secs = statistics.median(r["seconds"] for r in rows)
        arts, words = rows[0]["articles"], rows[0]["words"]
        speed[(workers, engine)] = arts / secs
        speed_secs[(workers, engine)] = secs
        table.add_row(
            engine, str(workers), f"{arts / secs:.1f}", f"{words / secs:,.0f}", f"{words / secs / tok_wps:.3f}",
            f"{max(r['rss_worker_mb'] for r in rows):.0f}",
            f"{statistics.median(r['main_cpu_s'] for r in rows):.1f}", str(arts - rows[0]["ok"]),
        )  # fmt: skip
    Console(width=150).print(table)
    print(f"bare tokenizer (same texts, same run): {tok_wps:,.0f} words/s")
    if not args.dask_only:
        print(f"local 2 workers / 1 worker: {speed[(2, 'local')] / speed[(1, 'local')]:.2f}x")
    if args.dask or args.dask_only:
        print(f"dask 2 workers / 1 worker: {speed[(2, 'dask')] / speed[(1, 'dask')]:.2f}x")
        ready = {w: statistics.median(r["ready_seconds"] for r in results[(w, "dask")]) for w in (1, 2)}
        start = {w: speed_secs[(w, "dask")] - ready[w] for w in (1, 2)}
        print(
            f"dask 2 workers / 1 worker once the workers are ready: {ready[1] / ready[2]:.2f}x "
            f"(medians {ready[1]:.1f} s and {ready[2]:.1f} s; start-up and close took {start[1]:.1f} s "
            f"and {start[2]:.1f} s)"
        )


if __name__ == "__main__":
    main()
