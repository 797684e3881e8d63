"""Benchmark: what actors + events add to full-pipeline time (budget: at most 25%).

    python -m bench.bench_events [--limit 100]

Times every pipeline component per article on real news from ../shared/data/news (all of them run, so
quotes see our entities) and prints the share of ``warta_actors`` + ``warta_events`` against the rest.
Uses process time, so a busy shared machine skews it less.
"""

from __future__ import annotations

import argparse
import time

from bench.common import news_texts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=100)
    args = ap.parse_args()

    from warta.normalize import normalize
    from warta.pipeline import get_nlp

    nlp = get_nlp()
    texts = [normalize(t).text for t in news_texts(args.limit)]
    per: dict[str, float] = {name: 0.0 for name, _ in nlp.pipeline}
    per["make_doc"] = 0.0
    counts = {"entities": 0, "events": 0}

    def run_all(text: str, timed: bool) -> None:
        t0 = time.process_time()
        doc = nlp.make_doc(text)
        if timed:
            per["make_doc"] += time.process_time() - t0
        for name, proc in nlp.pipeline:
            t0 = time.process_time()
            doc = proc(doc)
            if timed:
                per[name] += time.process_time() - t0
        if timed:
            counts["entities"] += len(doc._.entities or [])
            counts["events"] += len(doc._.events or [])

    for text in texts[:3]:  # warm-up: model and lexicon caches
        run_all(text, False)
    for text in texts:
        run_all(text, True)
    total = sum(per.values())
    for name, secs in sorted(per.items(), key=lambda kv: -kv[1]):
        print(f"{name:<22}{1000 * secs / len(texts):8.2f} ms/article  {100 * secs / total:5.1f}%")
    ours = per.get("warta_actors", 0.0) + per.get("warta_events", 0.0)
    share = ours / (total - ours) if total > ours else 0.0
    print(
        f"articles {len(texts)}, entities {counts['entities']}, events {counts['events']}; "
        f"actors + events add {100 * share:.1f}% to the rest of the pipeline (budget 25%)"
    )


if __name__ == "__main__":
    main()
