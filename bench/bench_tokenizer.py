"""Tokenizer build time and throughput: Warta's tokenizer vs spacy.blank("id") on the same news texts.

Run: .venv/bin/python -m bench.bench_tokenizer [--runs 5]. Target: >= 10x spacy.blank("id") words/s.

"first pass" starts from an empty token cache (a new worker); "warm" is the same texts again. Warta's
tokenizer caches up to ``TOKENIZER_CACHE_CHUNKS`` chunks where spaCy stops at 10,000, so the third row,
spacy.blank("id") given the same cache size, shows how much of the gap is the cache and how much the rules.
"known words" is a fresh tokenizer (empty cache) on a vocabulary that already holds every word's lexeme:
the tokenizer's own work on unseen chunks, without the lexeme creation in spaCy's ``Vocab`` (about 20
attribute functions per new word) that a first pass pays in both tokenizers alike; Warta computes those
attributes faster (``warta/lex_attrs.py``, same values), and the "warta, spaCy's getters" row measures how
much that and the near-end suffix search gain, on a tokenizer otherwise the same.
"""

from __future__ import annotations

import argparse
import statistics
import time

import spacy
from rich.progress import track

from bench.common import median_time, news_texts
from warta import lex_attrs
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

    # first pass: a fresh tokenizer, so its token cache starts empty (what a new worker sees); the rounds
    # alternate, and "warta, spaCy's getters" is Warta's tokenizer with spaCy's own lexical attribute
    # getters and suffix search (before warta/lex_attrs.py and the near-end suffix search)
    tokenizers = (("warta", ours), ("spacy.blank('id')", theirs), ("blank, same cache", theirs_cached))
    first_runs: dict[str, list[float]] = {}
    for round_ in range(args.runs):
        fresh = {
            "warta": ours if round_ == 0 else WartaIndonesian().tokenizer,
            "warta, spaCy's getters": _with_spacy_getters(WartaIndonesian()),
            "spacy.blank('id')": theirs if round_ == 0 else spacy.blank("id").tokenizer,
        }
        for name, tok in fresh.items():
            lex_attrs._SHAPES.clear()  # a new worker starts without the shapes seen before
            t = time.perf_counter()
            for x in texts:
                tok(x)
            first_runs.setdefault(name, []).append(n_words / (time.perf_counter() - t))
    first = {name: statistics.median(v) for name, v in first_runs.items()}
    t = time.perf_counter()
    for x in texts:
        theirs_cached(x)
    first["blank, same cache"] = n_words / (time.perf_counter() - t)
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
    print(f"{len(texts)} texts, {n_words:,} words, first pass and warm: medians of {args.runs} runs")
    old = "warta, spaCy's getters"
    print(f"{old:>18}: first pass {first[old]:,.0f} words/s ({first['warta'] / first[old]:.2f}x faster now)")
    print(f"build: warta {build_ours:.3f} s, spacy.blank('id') {build_theirs:.3f} s")
    for name in results:
        extra = f", known words {known[name]:,.0f}" if name in known else ""
        print(f"{name:>18}: first pass {first[name]:,.0f} words/s{extra}, warm {results[name]:,.0f} words/s")
    a, b = "warta", "spacy.blank('id')"
    print(
        f"ratio: first pass {first[a] / first[b]:.1f}x, known words {known[a] / known[b]:.1f}x, "
        f"warm {results[a] / results[b]:.1f}x"
    )


def _with_spacy_getters(nlp):
    """A fresh Warta tokenizer on spaCy's own lexical attribute getters and suffix search."""
    nlp.vocab.lex_attr_getters.update(spacy.blank("id").vocab.lex_attr_getters)
    tok = nlp.tokenizer
    tok.suffix_search = tok.suffix_search.__self__.search
    return tok


if __name__ == "__main__":
    main()
