"""Cold start of `warta analyze` on one article (a fresh process each run), median of N runs.

Run: .venv/bin/python -m bench.bench_startup [--runs 7]. Target: <= 2 s wall.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from rich.progress import track

from bench.common import median_time, news_texts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.txt"
        article.write_text(news_texts(1)[0], encoding="utf-8")
        cmd = [
            str(Path(sys.executable).parent / "warta"),
            "analyze",
            str(article),
            "--published",
            "2024-07-01",
        ]
        subprocess.run(cmd, check=True, capture_output=True)  # warm the OS file cache once
        times = []
        for _ in track(range(args.runs), description="cold starts"):
            t, _ = median_time(lambda: subprocess.run(cmd, check=True, capture_output=True), runs=1)
            times.append(t)
    times.sort()
    print(
        f"cold start of `warta analyze` (one article): median {times[len(times) // 2]:.2f} s over {args.runs} runs; all: {[round(t, 2) for t in times]}"
    )


if __name__ == "__main__":
    main()
