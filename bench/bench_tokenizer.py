"""Tokenizer build time and throughput: Warta's tokenizer vs spacy.blank("id") on the same news texts.

Run: .venv/bin/python -m bench.bench_tokenizer [--runs 5]. Target: >= 10x spacy.blank("id") words/s.

"first pass" starts from an empty token cache (a new worker); "warm" is the same texts again. Warta's
tokenizer caches up to ``TOKENIZER_CACHE_CHUNKS`` chunks where spaCy stops at 10,000, so the third row,
spacy.blank("id") given the same cache size, shows how much of the gap is the cache and how much the rules.
"known words" is a fresh tokenizer (empty cache) on a vocabulary that already holds every word's lexeme:
the tokenizer's own work on unseen chunks, without the lexeme creation in spaCy's ``Vocab`` (about 20
attribute functions per new word) that a first pass pays in both tokenizers alike.
"""

from __future__ import annotations

import argparse
import time

import spacy
from rich.progress import track

from bench.common import median_time, news_texts
from warta.language import TOKENIZER_CACHE_CHUNKS, WartaIndonesian


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    texts = news_texts(args.limit)
    n_words = sum(len(t.split()) for t in texts)

    t = time.perf_counter()
    ours = WartaIndonesian().tokenizer
    build_ours = time.perf_counter() - t
    t = time.perf_counter()
    theirs = spacy.blank("id").tokenizer
    build_theirs = time.perf_counter() - t
    theirs_cached = spacy.blank("id").tokenizer
    theirs_cached.max_cache_size = TOKENIZER_CACHE_CHUNKS

    # first pass: a fresh tokenizer, so its token cache starts empty (what a new worker sees)
    first = {}
    tokenizers = (("warta", ours), ("spacy.blank('id')", theirs), ("blank, same cache", theirs_cached))
    for name, tok in tokenizers:
        t = time.perf_counter()
        for x in texts:
            tok(x)
        first[name] = n_words / (time.perf_counter() - t)
    # fresh tokenizers, empty caches, on the vocabularies the first pass filled
    known = {}
    for name, tok in (
        ("warta", WartaIndonesian(vocab=ours.vocab).tokenizer),
        ("spacy.blank('id')", spacy.blank("id", vocab=theirs.vocab).tokenizer),
    ):
        t = time.perf_counter()
        for x in texts:
            tok(x)
        known[name] = n_words / (time.perf_counter() - t)
    results = {}
    for name, tok in track(tokenizers, description="tokenising"):
        med, _ = median_time(lambda tok=tok: [tok(x) for x in texts], runs=args.runs)
        results[name] = n_words / med
    print(f"{len(texts)} texts, {n_words:,} words, warm: median of {args.runs} runs")
    print(f"build: warta {build_ours:.3f} s, spacy.blank('id') {build_theirs:.3f} s")
    for name in results:
        extra = f", known words {known[name]:,.0f}" if name in known else ""
        print(f"{name:>18}: first pass {first[name]:,.0f} words/s{extra}, warm {results[name]:,.0f} words/s")
    a, b = "warta", "spacy.blank('id')"
    print(
        f"ratio: first pass {first[a] / first[b]:.1f}x, known words {known[a] / known[b]:.1f}x, "
        f"warm {results[a] / results[b]:.1f}x"
    )


if __name__ == "__main__":
    main()
