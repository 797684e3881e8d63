"""Variants of the shipped joint syntax training (training/nlpid.py, variant A), same shipped architecture.

Session 6 results (dev slice, gold tokens, seeds 0 / 1; shipped joint config then: UPOS 94.16 / 93.80,
lemma 91.33 / 90.87, LAS 72.55 / 72.30): nlp-id share 2:1 93.90 / LAS 72.48 and 1:2 93.67 / 71.67 (seed 0);
nlp-id pretraining then joint (``syntax-v-joint-init.cfg``) 94.37 / 71.68; a warm-up then linearly
decaying learning rate over 4,000 steps 94.05 / 94.52, lemma 92.01 / 91.75, LAS 72.72 / 72.86 (now the
shipped ``syntax-nlpid-joint.cfg``); that schedule with GSD dev counted 3 times 93.84 / 72.59 (seed 0).

``python -m training.syntax_variants train NAME [options]`` trains ``syntax-nlpid-joint.cfg`` (or another
config) into ``training/build/syntax-v-NAME``, exports model-best and model-last without the auxiliary
tagger (``*-export``) and scores model-best-export on the dev slice by source (``dev_scores.json`` there).

- ``--ratio R --batch-scale S``: nlp-id words per UD word each epoch; the batcher's sizes are scaled by S
  (the shipped 200 -> 2000 words hold 1 UD : 1 nlp-id, so S = (1 + R) / 2 keeps the UD words per step).
- ``--init-tok2vec PATH``: start the tok2vec from nlp-id pretraining weights (``tok2vec.bin`` written by
  ``python -m training.nlpid pretrain --out training/build/syntax-v-pretrain``): variants B + A combined.
- ``--gsd-weight K``: the UD training DocBin rebuilt with GSD dev counted K times (shipped: 2).
- ``--set KEY=VALUE``: any other config override (e.g. ``training.max_steps=4800``).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from pathlib import Path  # noqa: E402
from typing import Annotated  # noqa: E402

import typer  # noqa: E402

from training import nlpid as aux  # noqa: E402
from training.convert import BUILD, convert_syntax  # noqa: E402
from training.train import _parse_overrides  # noqa: E402

app = typer.Typer(add_completion=False, help=__doc__)


@app.command()
def train(
    name: str,
    seed: int = 0,
    config: str = typer.Option("syntax-nlpid-joint.cfg", help="config under training/configs"),
    ratio: float = typer.Option(1.0, help="nlp-id words per UD word each epoch"),
    batch_scale: float = typer.Option(1.0, help="scale of the batcher's start and stop sizes (200, 2000)"),
    init_tok2vec: Path | None = typer.Option(None, help="tok2vec.bin from nlp-id pretraining"),
    gsd_weight: int = typer.Option(
        0, help="rebuild the UD train DocBin with GSD dev counted K times (0: no)"
    ),
    max_steps: int = 0,
    overrides: Annotated[list[str] | None, typer.Option("--set", help="KEY=VALUE, repeatable")] = None,
) -> None:
    """Train, export (without the auxiliary tagger) and score on dev into training/build/syntax-v-NAME."""
    out = BUILD / f"syntax-v-{name}"
    extra: dict[str, object] = {"corpora.train.ratio": ratio}
    if batch_scale != 1.0:
        extra["training.batcher.size.start"] = round(200 * batch_scale)
        extra["training.batcher.size.stop"] = round(2000 * batch_scale)
    if init_tok2vec is not None:
        if config == "syntax-nlpid-joint.cfg":
            config = "syntax-v-joint-init.cfg"
        extra["initialize.after_init.path"] = str(init_tok2vec)
    if gsd_weight:
        data = out / "data"
        data.mkdir(parents=True, exist_ok=True)
        print("rebuilt UD pool", convert_syntax(out=data, gsd_weight=gsd_weight))
        extra["paths.train"] = str(data / "syntax-train.spacy")
    extra.update(_parse_overrides(overrides or []))
    print("overrides:", extra)
    aux._train(config, out, seed, max_steps, True, extra)
    for which in ("model-best", "model-last"):
        aux.export(out / which, out / f"{which}-export")
    aux.evaluate([out / "model-best-export"], out=out / "dev_scores.json")


@app.command()
def evaluate(models: list[Path], out: Path = typer.Option(BUILD / "syntax-v-dev_scores.json")) -> None:
    """``training.nlpid evaluate`` with the scores written under training/build/syntax-v-*."""
    aux.evaluate(models, out=out)


if __name__ == "__main__":
    app()
