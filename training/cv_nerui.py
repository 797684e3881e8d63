"""Five-fold cross-validation on indolem nerui: one NER per fold, trained on the union with that fold's
nerui train split only, scored on that fold's nerui test split (``python -m training.cv_nerui``).

Each fold's training data drops every sentence of its own nerui test split (and of the other reported
splits), as the shipped model's does. This is an estimate to compare with IndoLEM's published numbers,
not a test of the shipped model.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import json  # noqa: E402
import statistics  # noqa: E402

import typer  # noqa: E402

from training.convert import BUILD, convert_ner  # noqa: E402
from training.corpora import NER, NER_REPORTED  # noqa: E402
from training.train import CONFIGS, spacy_train  # noqa: E402


def main(
    folds: str = typer.Option("1,2,3,4,5", help="comma-separated folds"),
    max_steps: int = typer.Option(0, help="override training.max_steps (0: config)"),
    use_vectors: bool = typer.Option(True, "--vectors/--no-vectors"),
) -> None:
    from warta.evaluate import ner as ner_eval

    scores: dict[int, float] = {}
    for fold in (int(f) for f in folds.split(",")):
        test = NER / "indolem" / "nerui" / f"test.{fold:02d}.tsv"
        prefix = f"cv{fold}"
        print(
            f"fold {fold}:",
            convert_ner(fold=fold, extra=("nerp",), reported=[*NER_REPORTED, test], prefix=prefix),
        )
        overrides: dict[str, object] = {
            "paths.train": str(BUILD / f"{prefix}-train.spacy"),
            "paths.dev": str(BUILD / f"{prefix}-dev.spacy"),
        }
        if max_steps:
            overrides["training.max_steps"] = max_steps
        vec = BUILD / "vectors" if use_vectors else None
        if vec is not None:
            overrides["components.ner.model.tok2vec.embed.include_static_vectors"] = True
        best = spacy_train(CONFIGS / "ner.cfg", BUILD / f"ner-{prefix}", vec, overrides)
        result = ner_eval.run(data=test, out=None, format="indolem", limit=0, model=best)
        scores[fold] = result["F1"]
    mean = statistics.mean(scores.values())
    print(json.dumps({"folds": scores, "mean_f1": round(mean, 2)}))
    (BUILD / "cv_nerui.json").write_text(json.dumps({"folds": scores, "mean_f1": mean}, indent=2))


if __name__ == "__main__":
    typer.run(main)
