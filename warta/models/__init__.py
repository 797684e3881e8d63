"""Warta's trained Indonesian pipeline (``id_warta``): where it lives and how to load it on its own.

``warta.pipeline.build_nlp`` wraps it with Warta's tokenizer and components; the evaluation commands use
:func:`load` directly, since they tag gold tokens and need only the trained components.
"""

from __future__ import annotations

from pathlib import Path

import numpy
from spacy.language import Language
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


def use_blas_ops(nlp: Language, single_thread: bool = True) -> Language:
    """Run every trained component of ``nlp`` on :class:`BlasOps` (same weights, same outputs).

    ``single_thread`` keeps OpenBLAS to one thread per process, as BLIS was: batch ingest runs one
    process per core, and small per-article products gain nothing from threads.
    """
    if single_thread:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1, user_api="blas")
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
