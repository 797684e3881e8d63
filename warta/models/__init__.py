"""Warta's trained Indonesian pipeline (``id_warta``): where it lives and how to load it on its own.

``warta.pipeline.build_nlp`` wraps it with Warta's tokenizer and components; the evaluation commands use
:func:`load` directly, since they tag gold tokens and need only the trained components.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

MODEL_DIR = Path(__file__).parent / "id_warta"


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
    return nlp
