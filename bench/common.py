"""Helpers shared by the benchmarks: where the shared news lives, and medians over repeated runs."""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WARTA_SHARED", ROOT.parent / "shared"))
NEWS = [
    SHARED / "data" / "news" / "politics2024_tantowjy.jsonl",
    SHARED / "data" / "news" / "detik2025_gabriellaclairine.jsonl",
]


def news_texts(limit: int | None = None) -> list[str]:
    texts = []
    for path in NEWS:
        if not path.exists():
            raise SystemExit(f"needs {path} (the team's shared data)")
        with path.open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    return texts[:limit] if limit else texts


def median_time(fn: Callable[[], object], runs: int = 5) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), times
