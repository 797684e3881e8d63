"""Warta's trained Indonesian pipeline (``id_warta``): where it lives and how to load it on its own.

``warta.pipeline.build_nlp`` wraps it with Warta's tokenizer and components; the evaluation commands use
:func:`load` directly, since they tag gold tokens and need only the trained components.
"""

from __future__ import annotations

from pathlib import Path

import numpy
from spacy.language import Language
from spacy.vectors import Mode, Vectors
from thinc.backends.numpy_ops import NumpyOps

MODEL_DIR = Path(__file__).parent / "id_warta"


class BlasOps(NumpyOps):
    """thinc's CPU ops with matrix products done by numpy's OpenBLAS instead of the bundled BLIS.

    On this project's machines (AMD EPYC, AVX-512) BLIS runs the tok2vec products at about 40 GFLOPS and
    OpenBLAS at about 110, for the same float32 results (`bench/bench_models.py` compares them). Only
    ``gemm`` changes; the parser's per-state steps are compiled against BLIS and stay as they are.
    """

    name = "warta-blas"

    def gemm(self, x, y, out=None, trans1=False, trans2=False):  # type: ignore[override]
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return numpy.dot(a, b)
        numpy.dot(a, b, out=out)
        return out


class CachedFloretVectors(Vectors):
    """floret vectors that remember each word's vector once computed.

    spaCy's floret lookup hashes every character n-gram of every word in Python on each call (~9% of the
    pipeline's time); news repeats its words, so a table of the words already seen (``capacity`` rows,
    ~25 MB at 64 dimensions) turns that into one array lookup. Same numbers as the plain lookup (tested).
    """

    def __init__(self, *args, capacity: int = 100_000, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.capacity = capacity
        self._clear()

    @classmethod
    def from_vectors(cls, v: Vectors, capacity: int = 100_000) -> CachedFloretVectors:
        return cls(
            strings=v.strings,
            data=v.data,
            name=v.name,
            mode=Mode.floret,
            minn=v.minn,
            maxn=v.maxn,
            hash_count=v.hash_count,
            hash_seed=v.hash_seed,
            bow=v.bow,
            eow=v.eow,
            attr=v.attr,
            capacity=capacity,
        )

    def _clear(self) -> None:
        self._rows: dict[int, int] = {}
        self._table = numpy.zeros((self.capacity, self.data.shape[1]), dtype=self.data.dtype)

    def get_batch(self, keys):
        keys = [int(k) if not isinstance(k, str) else self.strings.add(k) for k in keys]
        rows = self._rows
        missing = list(dict.fromkeys(k for k in keys if k not in rows))
        if missing:
            if len(missing) > self.capacity:
                return super().get_batch(keys)
            if len(rows) + len(missing) > self.capacity:
                self._clear()
                rows = self._rows
                missing = list(dict.fromkeys(keys))
            start = len(rows)
            self._table[start : start + len(missing)] = super().get_batch(missing)
            rows.update((k, start + i) for i, k in enumerate(missing))
        return self._table[[rows[k] for k in keys]]


def limit_blas_threads() -> None:
    """One OpenBLAS thread in this process: batch workers run one process per core already.

    (threadpoolctl scans the loaded libraries, ~0.15 s, so a one-off ``warta analyze`` does not pay it.)
    """
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")


def use_blas_ops(nlp: Language) -> Language:
    """Run every trained component of ``nlp`` on :class:`BlasOps` (same weights, same outputs), with
    :class:`CachedFloretVectors` for its static vectors."""
    vectors = nlp.vocab.vectors
    if (
        isinstance(vectors, Vectors)
        and vectors.mode == Mode.floret
        and not isinstance(vectors, CachedFloretVectors)
    ):
        nlp.vocab.vectors = CachedFloretVectors.from_vectors(vectors)
    ops = BlasOps()
    for _name, proc in nlp.pipeline:
        model = getattr(proc, "model", None)
        if model is not None and hasattr(model, "walk"):
            for node in model.walk():
                node.ops = ops
    return nlp


def load(model_dir: Path = MODEL_DIR) -> Language:
    """The trained components alone, on Warta's tokenizer (no rule sentences, no Warta components)."""
    from spacy.util import load_config

    from warta.language import WartaIndonesian

    if not (model_dir / "config.cfg").exists():
        raise FileNotFoundError(f"no trained model at {model_dir}; run `python -m training.train all`")
    nlp = WartaIndonesian.from_config(load_config(model_dir / "config.cfg"))
    # from_config already builds Warta's rule tokenizer (WartaIndonesianDefaults) on the model's own vocab;
    # a tokenizer taken from another WartaIndonesian() would carry a second StringStore, and the parser
    # could not read back its labels (E018).
    nlp.from_disk(model_dir, exclude=["tokenizer"])
    return use_blas_ops(nlp)
