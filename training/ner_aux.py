"""Experiment, not shipped: nlp-id's POS corpus as an auxiliary task for the NER's tok2vec (the syntax
model's trick). Result (session 6, dev F1, seeds 0/1): 83.32 / 83.79 against ner-d2's 84.00 / 83.67, mean
−0.28: no gain, so the shipped NER stays ner-d2.

The syntax model gained dev UPOS +1.4 and LAS +1.6 from an auxiliary tagger of nlp-id's tags trained through
its shared tok2vec (``training/nlpid.py``, variant A). nlp-id tags proper nouns (NNP), so the same signal may
help the NER. ``training/configs/ner-aux.cfg`` is ner.cfg with its tok2vec (unchanged architecture) moved
into a shared ``tok2vec`` component that both ``ner`` and the auxiliary ``tagger_nlpid``
(:class:`training.nlpid.NlpidTagger`, gold from ``doc.user_data``) listen to. spaCy's listeners can only
listen to a tok2vec *component*: a tok2vec inside the ner's model is not one, so the auxiliary tagger
cannot listen to it. Each training batch is the NER Docs of a ner.cfg batch plus a fresh sample of nlp-id
Docs with ``ratio`` times their words (``warta.NlpidJointCorpus.v1``); NER Docs leave the nlp-id tags
missing and nlp-id Docs leave the entities missing (``check`` shows zero loss and gradient).

``export`` replaces the ner's listener by a copy of the trained tok2vec (``Language.replace_listeners``)
and drops ``tagger_nlpid`` and ``tok2vec``: the pipeline is ``["ner"]`` with exactly ner.cfg's
architecture and sizes (``export`` checks the ``[components]`` config and every weight's shape against
ner-d2), so it works as ``--ner-dir`` of ``python -m training.train assemble`` at unchanged speed.

Commands (everything under ``training/build/ner-aux*``; dev only, never a reported test split):

- ``check``: each head on the other corpus's Docs has zero loss and zero gradient.
- ``train --out ner-aux-s0 --seed 0 [--ratio 1.0]``: train (static vectors on, as ``train ner``), then
  export ``model-best`` and ``model-last`` to ``*-export``, then ``evaluate`` the best export.
- ``export SRC DST``: as above.
- ``evaluate MODEL...``: dev F1 overall, per label and by source (idner-news-2k dev / nerui dev.01), read
  as the training loop reads the dev set; merged into ``training/build/ner-aux-scores.json``.
- ``speed MODEL...``: words/s over the dev texts (x4), warta's runtime load (BlasOps), median of 3.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import json  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import spacy  # noqa: E402
import typer  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.training import Corpus, Example  # noqa: E402

from training import nlpid  # noqa: E402  (registers nlpid_tagger and warta.NlpidJointCorpus.v1)
from training.convert import BUILD, ner_sources  # noqa: E402
from training.corpora import NER_REPORTED, read_ner, reported_keys, sentence_key  # noqa: E402

CONFIG = "ner-aux.cfg"
DEV = BUILD / "ner-dev.spacy"
SCORES = BUILD / "ner-aux-scores.json"
SHIPPED_NER = BUILD / "ner-d2" / "model-best"
AUX = "tagger_nlpid"
LABELS = ("PER", "ORG", "GPE", "LOC")
# ner.cfg's batch sizes (words): the joint batches are (1 + ratio) times these
BATCH_START, BATCH_STOP = 100, 1000

app = typer.Typer(add_completion=False, help=__doc__)


def dev_sources() -> list[str]:
    """Source of each Doc of ner-dev.spacy, in order, as :func:`training.convert.convert_ner` builds it."""
    banned = reported_keys(NER_REPORTED)
    out = []
    for name, path in zip(("idner", "nerui"), ner_sources(1)[1], strict=True):
        out += [name for sent in read_ner(path) if sentence_key(sent.words) not in banned]
    return out


@app.command()
def check(n: int = typer.Option(16, help="Docs of each corpus")) -> None:
    """Each head on the other corpus's Docs: zero loss and zero gradient of its own weights."""
    from spacy import util
    from spacy.training.initialize import init_nlp
    from spacy.util import fix_random_seed

    fix_random_seed(0)
    config = util.load_config(
        nlpid.CONFIGS / CONFIG, overrides={"paths.nlpid": str(nlpid.OUT)}, interpolate=False
    )
    nlp = init_nlp(config, use_gpu=-1)
    ner = list(Corpus(str(BUILD / "ner-train.spacy"), limit=n)(nlp))
    nl = nlpid.nlpid_examples(nlp.vocab, nlpid.NLPID_HELDOUT)[:n]
    print("labels:", {name: list(nlp.get_pipe(name).labels) for name in (AUX, "ner")})
    print(
        "nlp-id Doc has ENT_IOB:",
        nl[0].reference.has_annotation("ENT_IOB"),
        "| ner has_gold:",
        nlp.get_pipe("ner").moves.has_gold(nl[0]),
    )

    def grads(batch: list[Example]) -> dict[str, tuple[float, float]]:
        fix_random_seed(0)  # the ner's oracle cut lengths are random
        return nlpid.loss_and_grad(nlp, batch, [AUX, "ner"])

    print("update on NER Docs only:    (loss, |grad|)", grads(ner))
    print("update on nlp-id Docs only: (loss, |grad|)", grads(nl))
    print("update on both:             (loss, |grad|)", grads(ner + nl))


def _shapes(nlp: Language) -> list[tuple[str, str, tuple[int, ...]]]:
    model = nlp.get_pipe("ner").model
    return [
        (node.name, p, tuple(node.get_param(p).shape))
        for node in model.walk()
        for p in node.param_names
        if node.has_param(p)
    ]


@app.command()
def export(src: Path, dst: Path, reference: Path = typer.Option(SHIPPED_NER)) -> None:
    """``src`` with the ner's listener replaced by a copy of the tok2vec, minus tagger_nlpid and tok2vec."""
    from spacy.util import load_config

    nlp = spacy.load(src)
    if "tok2vec" in nlp.pipe_names:
        nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
        for name in (AUX, "tok2vec"):
            if name in nlp.pipe_names:
                nlp.remove_pipe(name)
    if dst.exists():
        shutil.rmtree(dst)
    nlp.to_disk(dst)
    config = load_config(dst / "config.cfg")
    shipped = load_config(nlpid.CONFIGS / "ner.cfg")
    # the auxiliary task's reader and labels are training-time only; the exported config loads without them
    config["initialize"]["components"] = {}
    config["corpora"]["train"] = shipped["corpora"]["train"]
    # the copied tok2vec config still points at the removed component's width: write the number, as ner-d2's
    t2v = config["components"]["ner"]["model"]["tok2vec"]
    t2v["embed"]["width"] = t2v["encode"]["width"]
    config.to_disk(dst / "config.cfg")
    ref = spacy.load(reference)
    out = spacy.load(dst)
    same_config = out.config["components"] == ref.config["components"]
    same_shapes = _shapes(out) == _shapes(ref)
    print(f"exported {out.pipe_names} -> {dst}; components config == {reference}: {same_config}; ", end="")
    print(f"weight shapes equal: {same_shapes} ({sum(1 for _ in _shapes(out))} params)")
    if not (same_config and same_shapes and out.pipe_names == ["ner"]):
        raise typer.Exit(1)


def _f(scores: dict[str, object], key: str = "ents_f") -> float:
    return round(100 * float(scores[key] or 0.0), 2)  # type: ignore[arg-type]


@app.command()
def evaluate(models: list[Path], out: Path = typer.Option(SCORES)) -> None:
    """Dev F1 overall, per label, and by source; merged into ``out``."""
    sources = dev_sources()
    results = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    for path in models:
        nlp = spacy.load(path)
        examples = list(Corpus(str(DEV))(nlp))
        assert len(examples) == len(sources), (len(examples), len(sources))
        res: dict[str, dict[str, float]] = {}
        for part in ("all", "idner", "nerui"):
            exs = [eg for eg, s in zip(examples, sources, strict=True) if part in ("all", s)]
            scores = nlp.evaluate(exs)
            per = scores.get("ents_per_type") or {}
            res[part] = {"f": _f(scores), "p": _f(scores, "ents_p"), "r": _f(scores, "ents_r")}
            res[part].update({lab: round(100 * per[lab]["f"], 2) for lab in LABELS if lab in per})
            res[part]["docs"] = len(exs)
        results[str(path)] = res
        print(path, json.dumps(res))
    out.write_text(json.dumps(results, indent=1), encoding="utf-8")


@app.command()
def train(
    out: str = typer.Option("ner-aux-s0", help="output directory under training/build (ner-aux*)"),
    seed: int = 0,
    max_steps: int = typer.Option(0, help="override training.max_steps (0: config)"),
    ratio: float = typer.Option(1.0, help="nlp-id words per NER word in each batch"),
    vectors: bool = typer.Option(True, "--vectors/--no-vectors", help="static vectors, as train ner"),
    config: str = typer.Option(CONFIG, help="config under training/configs"),
) -> None:
    """Train NER + auxiliary nlp-id tagger, export model-best/model-last, evaluate the best export."""
    if not out.startswith("ner-aux"):
        raise typer.BadParameter("out must start with ner-aux")
    extra: dict[str, object] = {
        "corpora.train.ratio": ratio,
        "training.batcher.size.start": round(BATCH_START * (1 + ratio)),
        "training.batcher.size.stop": round(BATCH_STOP * (1 + ratio)),
    }
    target = BUILD / out
    nlpid._train(config, target, seed, max_steps, vectors, extra)
    for which in ("model-best", "model-last"):
        export(target / which, target / f"{which}-export", SHIPPED_NER)
    evaluate([target / "model-best-export"], SCORES)


@app.command()
def speed(models: list[Path], repeat: int = typer.Option(3)) -> None:
    """Words/s of each pipeline over the dev texts x4 (warta's runtime load, BlasOps), median of ``repeat``,
    the models' repeats interleaved in one process."""
    import statistics
    import time

    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    from warta.models import load

    texts = [doc.text for doc in DocBin().from_disk(DEV).get_docs(Vocab())] * 4
    nlps = {path: load(path) for path in models}
    for nlp in nlps.values():
        list(nlp.pipe(texts[:100], batch_size=8))
    times: dict[Path, list[float]] = {path: [] for path in models}
    words = 0
    for _ in range(repeat):
        for path, nlp in nlps.items():
            t = time.perf_counter()
            words = sum(len(d) for d in nlp.pipe(texts, batch_size=8))
            times[path].append(time.perf_counter() - t)
    for path in models:
        rates = [words / t for t in times[path]]
        print(
            f"{path}: median {words / statistics.median(times[path]):,.0f} words/s "
            f"(runs {', '.join(f'{r:,.0f}' for r in rates)}; {nlps[path].pipe_names})"
        )


if __name__ == "__main__":
    app()
