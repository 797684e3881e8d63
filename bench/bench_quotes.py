"""Benchmark: what the quote component adds to full-pipeline time (budget: at most 15%).

    python -m bench.bench_quotes [--limit 100] [--pfsa]

Runs every pipeline component on real articles from ../shared/data/news (or our fixture article when
that is absent), timing each component, and prints the quote component's share of the total.
``--pfsa`` also times tagging each article with the PFSA span model, which the component does not use.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "news"


def articles(limit: int) -> list[str]:
    out: list[str] = []
    for name in ("politics2024_tantowjy.jsonl", "detik2025_gabriellaclairine.jsonl"):
        path = NEWS / name
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= limit // 2:
                    break
                out.append(json.loads(line)["text"])
    if not out:
        from tests.test_quotes import ARTICLE

        out = [ARTICLE] * limit
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--pfsa", action="store_true", help="also time the PFSA span model per article")
    args = ap.parse_args()

    from warta.normalize import normalize
    from warta.pipeline import get_nlp

    nlp = get_nlp()
    texts = [normalize(t).text for t in articles(args.limit)]
    per: dict[str, float] = {name: 0.0 for name, _ in nlp.pipeline}
    per["make_doc"] = 0.0
    n_quotes = 0
    broken: set[str] = set()

    def run_all(text: str, timed: bool):  # -> Doc
        t0 = time.perf_counter()
        doc = nlp.make_doc(text)
        if timed:
            per["make_doc"] += time.perf_counter() - t0
        for name, proc in nlp.pipeline:
            if name in broken:
                continue
            t0 = time.perf_counter()
            try:
                doc = proc(doc)
            except Exception as exc:  # another team's component mid-change: leave it out, say so
                if name == "warta_quotes":
                    raise
                broken.add(name)
                print(f"note: {name} failed ({type(exc).__name__}: {exc}); left out of the timing")
                per.pop(name, None)
                continue
            if timed:
                per[name] += time.perf_counter() - t0
        return doc

    for text in texts[:3]:  # warm-up: model loading and lexicon caches
        run_all(text, False)
    for text in texts:
        doc = run_all(text, True)
        n_quotes += len(doc._.quotes or [])
    total = sum(per.values())
    for name, secs in sorted(per.items(), key=lambda kv: -kv[1]):
        print(f"{name:<22}{1000 * secs / len(texts):8.2f} ms/article  {100 * secs / total:5.1f}%")
    quotes = per.get("warta_quotes", 0.0)
    share = quotes / (total - quotes) if total > quotes else 0.0
    print(
        f"articles {len(texts)}, quotes {n_quotes}; warta_quotes adds {100 * share:.1f}% to the rest of the pipeline"
    )
    if args.pfsa:
        from warta.quotes.pfsa import Token, load_tagger, tag

        tagger = load_tagger()
        if tagger is None:
            print("PFSA model not installed")
            return
        t0 = time.perf_counter()
        for text in texts:
            doc = nlp.make_doc(text)
            tag([Token(t.text, i == 0 or "\n" in doc[i - 1].whitespace_) for i, t in enumerate(doc)], tagger)
        secs = time.perf_counter() - t0
        print(
            f"PFSA tagging {1000 * secs / len(texts):.2f} ms/article (+{100 * secs / (total - quotes):.1f}% if used)"
        )


if __name__ == "__main__":
    main()
