"""Rebuild Warta's Indonesian model: ``python -m training.train convert|vectors|syntax|ner|assemble|all``.

Single-process and CPU-only by design (the team's machines have two cores): every run pins the BLAS
thread pools to one thread. Seeds are fixed in the configs ([system] seed = 0) and in the converters.
``assemble`` joins the syntax pipeline (tok2vec, tagger, morphologizer, trainable_lemmatizer, parser)
and the NER pipeline (ner with its own tok2vec) into ``warta/models/id_warta`` and writes its meta.json.
"""

from __future__ import annotations

import os
from typing import Annotated

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import datetime as dt  # noqa: E402
import json  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import typer  # noqa: E402

from training.convert import BUILD, convert_ner, convert_syntax  # noqa: E402

CONFIGS = Path(__file__).parent / "configs"
MODEL_DIR = Path(__file__).resolve().parents[1] / "warta" / "models" / "id_warta"

DATA_USED = [
    {"name": "UD_Indonesian-CSUI train", "licence": "CC BY-SA 4.0", "used_for": "syntax"},
    {"name": "UD_Indonesian-GSD dev", "licence": "CC BY-SA 4.0", "used_for": "syntax"},
    {"name": "UD_Indonesian-PUD test (as training data)", "licence": "CC BY-SA 4.0", "used_for": "syntax"},
    {
        "name": "nlp-id 0.1.23 dataset_postag.txt (kumparan's POS-tagged news, 533K tokens used)",
        "licence": "MIT",
        "used_for": "syntax: an auxiliary tagger on the shared tok2vec, removed before shipping",
    },
    {"name": "idner-news-2k train", "licence": "MIT", "used_for": "ner"},
    {"name": "indolem nerui train.01", "licence": "none stated", "used_for": "ner"},
    {"name": "indonlu NERGrit train", "licence": "MIT", "used_for": "ner"},
    {"name": "indonlu NERP train (lowercased)", "licence": "MIT", "used_for": "ner"},
    {
        "name": "news texts in ../shared/data/news",
        "licence": "publishers' copyright, internal use",
        "used_for": "unlabelled text for the floret vectors (no text shipped)",
    },
    {
        "name": "idner-news-2k dev, indolem nerui dev.01",
        "licence": "MIT / none stated",
        "used_for": "ner dev",
    },
]

app = typer.Typer(add_completion=False, help=__doc__)


def spacy_train(config: Path, out: Path, vectors: Path | None, overrides: dict[str, object]) -> Path:
    """Train like ``spacy train`` in this process, on BlasOps; returns the model-best directory.

    The same steps as spaCy's CLI (config with overrides, ``init_nlp``, ``spacy.training.loop.train``, same
    seeds, console log, model-best/model-last), except that the initialised pipeline runs on
    :class:`warta.models.BlasOps` (numpy's OpenBLAS, one thread): about twice as fast on our CPUs, for the
    same float32 products.
    """
    import sys
    import time

    from spacy import util
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import train as train_loop
    from wasabi import msg

    from warta.models import use_blas_ops

    if vectors is not None:
        overrides = {**overrides, "paths.vectors": str(vectors)}
    if not out.exists():
        out.mkdir(parents=True)
        msg.good(f"Created output directory: {out}")
    msg.info(f"Saving to output directory: {out}")
    msg.info("Using CPU (BlasOps: numpy's OpenBLAS, one thread)")
    config_ = util.load_config(config, overrides=overrides, interpolate=False)
    msg.divider("Initializing pipeline")
    nlp = init_nlp(config_, use_gpu=-1)
    use_blas_ops(nlp)
    msg.good("Initialized pipeline")
    msg.divider("Training pipeline")
    start, cpu = time.perf_counter(), time.process_time()
    train_loop(nlp, out, use_gpu=-1, stdout=sys.stdout, stderr=sys.stderr)
    msg.info(f"Trained in {time.perf_counter() - start:.0f} s wall, {time.process_time() - cpu:.0f} s CPU")
    return out / "model-best"


def _parse_overrides(pairs: list[str]) -> dict[str, object]:
    """``KEY=VALUE`` config overrides, values read as JSON where they parse (as spaCy's CLI does)."""
    parsed: dict[str, object] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise typer.BadParameter(f"expected KEY=VALUE, got {pair!r}")
        try:
            parsed[key.strip()] = json.loads(value)
        except json.JSONDecodeError:
            parsed[key.strip()] = value
    return parsed


@app.command()
def convert(
    nerp: bool = typer.Option(True, "--nerp/--no-nerp", help="add indonlu NERP to the NER training union"),
) -> None:
    """Convert the corpora into spaCy DocBins under training/build."""
    print("syntax", convert_syntax())
    print("ner", convert_ner(extra=("nerp",) if nerp else ()))


@app.command()
def vectors() -> None:
    """Train the floret vectors on the news texts (training/build/vectors)."""
    from training.vectors import train as train_vectors

    print(train_vectors())


def _train(
    name: str,
    vectors_key: str,
    use_vectors: bool,
    max_steps: int,
    out: str = "",
    overrides: list[str] | None = None,
) -> Path:
    """Train CONFIGS/<name>.cfg -> BUILD/<out or name>, with our vectors switched on at ``vectors_key``."""
    config_overrides: dict[str, object] = {"training.max_steps": max_steps} if max_steps else {}
    config_overrides.update(_parse_overrides(overrides or []))
    vec = BUILD / "vectors" if use_vectors else None
    if vec is not None:
        config_overrides[vectors_key] = True
    return spacy_train(CONFIGS / f"{name}.cfg", BUILD / (out or name), vec, config_overrides)


VectorsOpt = Annotated[bool, typer.Option("--vectors/--no-vectors", help="use training/build/vectors")]
MaxStepsOpt = Annotated[int, typer.Option(help="override training.max_steps (0: config)")]
OutOpt = Annotated[
    str, typer.Option(help="output directory under training/build (default: the config's name)")
]
SetOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--set", help="config override KEY=VALUE, repeatable (e.g. components.parser.model.hidden_width=64)"
    ),
]


@app.command()
def syntax(
    use_vectors: VectorsOpt = True,
    max_steps: MaxStepsOpt = 0,
    out: OutOpt = "",
    overrides: SetOpt = None,
    nlpid: bool = typer.Option(
        True,
        "--nlpid/--no-nlpid",
        help="also train an auxiliary tagger on nlp-id's POS corpus through the shared tok2vec "
        "(training/nlpid.py: the shipped model); --no-nlpid trains syntax.cfg alone",
    ),
) -> None:
    """Train tok2vec + tagger + morphologizer + trainable_lemmatizer + parser.

    With nlp-id (the default) the pipeline to assemble is BUILD/<out>/model-best-export (the auxiliary
    tagger removed), otherwise BUILD/<out>/model-best."""
    if not nlpid:
        key = "components.tok2vec.model.embed.include_static_vectors"
        _train("syntax", key, use_vectors, max_steps, out, overrides)
        return
    from training import nlpid as aux

    if not aux.NLPID_TRAIN.exists():
        aux.convert(heldout=500)
    aux.labels(out=aux.LABELS)
    target = BUILD / (out or "syntax")
    aux._train("syntax-nlpid-joint.cfg", target, 0, max_steps, use_vectors, _parse_overrides(overrides or []))
    for which in ("model-best", "model-last"):
        aux.export(target / which, target / f"{which}-export")


@app.command()
def ner(
    use_vectors: VectorsOpt = True, max_steps: MaxStepsOpt = 0, out: OutOpt = "", overrides: SetOpt = None
) -> None:
    """Train the NER (its own tok2vec) on the union of the NER corpora."""
    key = "components.ner.model.tok2vec.embed.include_static_vectors"
    _train("ner", key, use_vectors, max_steps, out, overrides)


@app.command()
def assemble(
    syntax_dir: Path = typer.Option(BUILD / "syntax" / "model-best-export", help="trained syntax pipeline"),
    ner_dir: Path = typer.Option(BUILD / "ner" / "model-best", help="trained NER pipeline"),
    out: Path = typer.Option(MODEL_DIR, help="where the shipped pipeline goes"),
) -> None:
    """Join the syntax and NER pipelines into one shipped pipeline and write its meta.json."""
    import spacy
    from spacy.util import load_config

    nlp = spacy.load(syntax_dir)
    ner_nlp = spacy.load(ner_dir)
    nlp.add_pipe("ner", source=ner_nlp)
    if ner_nlp.vocab.vectors.shape[0] and not nlp.vocab.vectors.shape[0]:
        nlp.vocab.vectors = ner_nlp.vocab.vectors
    syntax_meta = json.loads((syntax_dir / "meta.json").read_text(encoding="utf-8"))
    ner_meta = json.loads((ner_dir / "meta.json").read_text(encoding="utf-8"))
    nlp.meta.update(
        {
            "name": "warta",
            "version": "0.1.0",
            "description": "Warta's Indonesian tagger, morphologizer, lemmatizer, parser and NER (CPU)",
            "license": "CC BY-SA 4.0 (trained on UD Indonesian); see docs/models.md",
            "author": "Warta",
            "date": dt.date.today().isoformat(),
            "data": DATA_USED,
            "dev_scores": {
                "syntax (held-out 10% of the UD pool)": syntax_meta.get("performance", {}),
                "ner (idner dev + nerui dev.01)": ner_meta.get("performance", {}),
            },
            "xpos_scheme": "UD_Indonesian-CSUI (PTB-style)",
            "ner_labels": ["PER", "ORG", "GPE", "LOC"],
        }
    )
    nlp.meta.pop("performance", None)
    nlp.batch_size = 8
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out, exclude=["tokenizer"])
    config = load_config(out / "config.cfg")
    for key in ("train", "dev", "vectors", "init_tok2vec", "nlpid"):
        if key in config["paths"]:
            config["paths"][key] = None  # training paths mean nothing at run time
    # nlp.pipe over whole articles: the parser's precomputed features grow with the batch (1000 docs of news
    # peak near 800 MB RSS); 8 keeps it under 300 MB at the same speed
    config["nlp"]["batch_size"] = 8
    config.to_disk(out / "config.cfg")
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"assembled {nlp.pipe_names} into {out} ({size / 1e6:.1f} MB)")


@app.command()
def score(out: Path = typer.Option(MODEL_DIR / "meta.json", help="meta.json to update")) -> None:
    """Score the shipped model on the reported splits and record the scores in its meta.json."""
    from training.corpora import NER, NER_REPORTED, UD_REPORTED
    from warta.evaluate import ner as ner_eval
    from warta.evaluate import ud as ud_eval

    scores: dict[str, dict[str, float]] = {}
    for path in UD_REPORTED:
        scores[path.name] = ud_eval.run(conllu=path, out=None, limit=0, model=None)
    for path in NER_REPORTED:
        scores[str(path.relative_to(NER))] = ner_eval.run(
            data=path, out=None, format=None, limit=0, model=None
        )
    meta = json.loads(out.read_text(encoding="utf-8"))
    meta["scores"] = scores
    out.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


@app.command(name="all")
def all_steps(use_vectors: bool = typer.Option(True, "--vectors/--no-vectors")) -> None:
    """convert, (vectors), syntax, ner, assemble, score: the whole rebuild."""
    convert(nerp=True)
    if use_vectors:
        vectors()
    syntax(use_vectors=use_vectors, max_steps=0, out="", overrides=[], nlpid=True)
    ner(use_vectors=use_vectors, max_steps=0, out="", overrides=[])
    assemble(BUILD / "syntax" / "model-best-export", BUILD / "ner" / "model-best", MODEL_DIR)
    score(MODEL_DIR / "meta.json")


if __name__ == "__main__":
    app()
