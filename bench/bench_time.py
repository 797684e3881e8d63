"""Cost of the time component inside the full pipeline, on real news.

Run: .venv/bin/python -m bench.bench_time [--limit 150] [--runs 3]. Target: ``warta_times`` adds <= 10%
to full-pipeline time. Each component is timed inside one pipeline, run after run, because comparing two
separately built pipelines (with and without the component) measured +-30% between two *identical*
pipelines on a shared machine: the noise would hide a 3% component.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time

from bench.common import news_texts
from warta.normalize import normalize
from warta.pipeline import build_nlp
from warta.time import find_times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=150)
    args = ap.parse_args()
    texts = [normalize(t).text for t in news_texts(args.limit)]
    published = dt.date(2024, 7, 10)
    nlp = build_nlp()
    n = len(texts)
    shares: list[float] = []
    per_pipe = dict.fromkeys(nlp.pipe_names, 0.0)
    for run in range(args.runs + 1):  # run 0 warms caches (regexes, lexicons, model)
        spent = dict.fromkeys(nlp.pipe_names, 0.0)
        for text in texts:
            doc = nlp.make_doc(text)
            doc._.published = published
            for name, proc in nlp.pipeline:
                start = time.perf_counter()
                doc = proc(doc)
                spent[name] += time.perf_counter() - start
        if run:
            others = sum(v for k, v in spent.items() if k != "warta_times")
            shares.append(spent.get("warta_times", 0.0) / others)
            for k, v in spent.items():
                per_pipe[k] += v / args.runs
    total = sum(per_pipe.values())
    print(f"articles {n}, runs {args.runs}")
    for name, spent in per_pipe.items():
        print(f"  {name:22s} {spent / n * 1000:7.2f} ms/article  {spent / total * 100:5.1f}%")
    print(
        f"warta_times adds {statistics.median(shares) * 100:.1f}% to the rest of the pipeline (median of runs)"
    )
    start = time.perf_counter()
    found = sum(len(find_times(x, published)) for x in texts)
    print(
        f"find_times alone: {(time.perf_counter() - start) / n * 1000:.2f} ms/article, {found / n:.1f} expressions"
    )


if __name__ == "__main__":
    main()
