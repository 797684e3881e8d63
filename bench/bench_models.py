"""Throughput, load time and peak memory of Warta's trained pipeline on real news texts (not a test).

``python bench/bench_models.py [--articles 200] [--repeats 3]`` prints medians: model load time (after
imports), words/s of the trained components alone, words/s of the full ``build_nlp()`` pipeline (rule
sentences + model + Warta components), the CPU time of each stage, and peak RSS. Run it with one thread (OMP_NUM_THREADS=1): the
target is per core, so rates are words per CPU-second (process time), robust on a shared machine.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import typer  # noqa: E402

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news"


def news_texts(n: int) -> list[str]:
    texts: list[str] = []
    for path in sorted(NEWS.glob("*.jsonl")):
        if "turnbackhoax" in path.name:
            continue
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line.strip():
                texts.append(json.loads(line).get("text") or "")
    return texts[:n]


def words_per_second(nlp, texts: list[str], repeats: int) -> float:
    from warta.normalize import normalize

    normed = [normalize(t).text for t in texts]
    n_words = sum(len(t.split()) for t in normed)
    rates = []
    for _ in range(repeats):
        start = time.process_time()
        for _doc in nlp.pipe(normed):  # the shipped config's batch size
            pass
        rates.append(n_words / (time.process_time() - start))
    return statistics.median(rates)


def per_component(nlp, texts: list[str]) -> dict[str, float]:
    """CPU seconds per 100K words of each stage of ``warta.pipeline.run_docs`` (in ingest's tasks of CHUNK
    articles), and of ``prepare`` (normalisation and the language check) before it."""
    from warta.batch import CHUNK
    from warta.pipeline import prepare, run_docs

    n_words = sum(len(t.split()) for t in texts)
    spent: dict[str, float] = {"prepare": 0.0}
    normed = []
    for text in texts:
        start = time.process_time()
        normed.append(prepare(text, None, None, True)[0].text)
        spent["prepare"] += time.process_time() - start
    for i in range(0, len(normed), CHUNK):
        task = normed[i : i + CHUNK]
        run_docs(task, [None] * len(task), nlp, stage_cpu=spent)
    return {name: seconds * 100_000 / n_words for name, seconds in spent.items()}


def main(
    articles: int = typer.Option(200, help="news articles to process"),
    repeats: int = typer.Option(3, help="timed passes (median reported)"),
) -> None:
    import spacy  # noqa: F401  (import cost is not model load time)
    from thinc.backends.numpy_ops import NumpyOps

    from warta.language import WartaIndonesian  # noqa: F401
    from warta.models import load
    from warta.pipeline import build_nlp

    loads = []
    for _ in range(repeats):
        start = time.perf_counter()  # wall clock: loading waits on disk
        load()
        loads.append(time.perf_counter() - start)
    texts = news_texts(articles)
    print(f"{len(texts)} articles, {sum(len(t.split()) for t in texts)} words (whitespace-split)")
    print(
        f"model load after imports (first, median of {repeats}): {loads[0]:.2f} s, {statistics.median(loads):.2f} s"
    )
    print(f"trained components: {words_per_second(load(), texts, repeats):,.0f} words/s")
    blis = load()
    ops = NumpyOps()  # thinc's default CPU ops (BLIS), for comparison with the shipped BlasOps
    for _name, proc in blis.pipeline:
        for node in proc.model.walk():
            node.ops = ops
    print(f"trained components on thinc's BLIS ops: {words_per_second(blis, texts, repeats):,.0f} words/s")
    full = build_nlp()
    print(f"full pipeline (build_nlp): {words_per_second(full, texts, repeats):,.0f} words/s")
    print("CPU s per 100K words, per stage (tokenizer in make_doc not included):")
    for name, seconds in sorted(per_component(full, texts).items(), key=lambda kv: -kv[1]):
        print(f"  {name:22s} {seconds:5.2f}")
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    typer.run(main)
