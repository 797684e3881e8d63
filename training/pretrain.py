"""Pretrain the syntax tok2vec on unlabelled news text, then fine-tune the syntax pipeline from it.

``python -m training.pretrain corpus|pretrain|finetune``: the experiment of issue #3's "pretraining on the
news texts" lever, spaCy's ``spacy pretrain`` (characters objective by default) run in this process on
BlasOps, then ``training.train.spacy_train`` with ``[initialize] init_tok2vec`` pointing at the weights.

Data: the ``text`` fields of ../shared/data/news/*.jsonl (detik, Kompas/Tempo/CNN/Suara/Tribun articles and
turnbackhoax claims; licence: publishers' copyright, internal use). Nothing of that text may be shipped or
committed: the corpus JSONL is written outside the repository (default /tmp/pretrain); only the tok2vec
weight file learnt from it may be used. Every sentence that also occurs in UD GSD test or CSUI test (the
reported splits) is dropped from the corpus first.

The config is generated, not kept: training/configs/syntax.cfg plus spaCy's default [pretraining] block,
static vectors on (training/build/vectors), so the pretrained tok2vec has exactly the syntax tok2vec's
architecture and the same file serves pretraining and fine-tuning. Pin BLAS to one thread and run niced.

Result (session 5, dev slice, two seeds, 3,200 fine-tuning steps after 24 minutes / 12.2M words of
pretraining): UPOS +0.19, LAS -0.22, lemma -0.41 against the same config without it: within seed noise,
so the shipped model does not use it. Kept for a wider tok2vec or more text, where pretraining pays more.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import json  # noqa: E402
import re  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

import typer  # noqa: E402

from training.convert import BUILD  # noqa: E402
from training.corpora import UD_REPORTED, news_paragraphs, reported_keys, sentence_key  # noqa: E402

if TYPE_CHECKING:
    from thinc.api import Config

CONFIGS = Path(__file__).parent / "configs"
WORK = Path("/tmp/pretrain")
VECTORS = BUILD / "vectors"
STATIC_KEY = "components.tok2vec.model.embed.include_static_vectors"
# sentence ends for the overlap check: . ! ? (optionally closed by a quote or bracket) before a space
_SENT_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")

app = typer.Typer(add_completion=False, help=__doc__)


def build_corpus(out: Path, max_words: int = 200) -> dict[str, int]:
    """Write the pretraining JSONL (``{"text": ...}``, paragraphs cut at sentence ends into texts of at most
    ``max_words`` words), minus every reported-split sentence and duplicate texts."""
    banned = reported_keys(UD_REPORTED)
    seen: set[str] = set()
    n_para = dropped_sents = dup_paras = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for para in news_paragraphs():
            sents = [s for s in _SENT_END.split(para) if s.strip()]
            kept = [s for s in sents if sentence_key(s.split()) not in banned]
            dropped_sents += len(sents) - len(kept)
            for text in _chunks(kept, max_words):
                key = sentence_key(text.split())
                if not key:
                    continue
                if key in seen:
                    dup_paras += 1
                    continue
                seen.add(key)
                f.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
                n_para += 1
    return {"texts": n_para, "dropped_reported_sentences": dropped_sents, "duplicate_texts": dup_paras}


def _chunks(sents: list[str], max_words: int) -> list[str]:
    """Join consecutive sentences into texts of at most ``max_words`` words (a longer sentence stays whole)."""
    out: list[str] = []
    cur: list[str] = []
    n = 0
    for sent in sents:
        size = len(sent.split())
        if cur and n + size > max_words:
            out.append(" ".join(cur))
            cur, n = [], 0
        cur.append(sent)
        n += size
    if cur:
        out.append(" ".join(cur))
    return out


def pretrain_config(
    raw_text: Path, objective: str = "characters", seed: int = 0, overrides: dict[str, object] | None = None
):
    """syntax.cfg + spaCy's default [pretraining] block, static vectors on; returns a thinc Config."""
    from spacy import util
    from spacy.language import DEFAULT_CONFIG_PRETRAIN_PATH

    base = util.load_config(CONFIGS / "syntax.cfg", interpolate=False)
    config = util.load_config(DEFAULT_CONFIG_PRETRAIN_PATH, interpolate=False).merge(base)
    config["paths"]["raw_text"] = str(raw_text)
    config["paths"]["vectors"] = str(VECTORS)
    config["system"]["seed"] = seed
    config["components"]["tok2vec"]["model"]["embed"]["include_static_vectors"] = True
    if objective == "vectors":
        config["pretraining"]["objective"] = {
            "@architectures": "spacy.PretrainVectors.v1",
            "maxout_pieces": 3,
            "hidden_size": 300,
            "loss": "cosine",
        }
    for key, value in (overrides or {}).items():
        *path, leaf = key.split(".")
        node = config
        for part in path:
            node = node[part]
        node[leaf] = value
    return config


def run_pretraining(config: Config, out: Path, max_minutes: float, max_epochs: int) -> Path:
    """``spacy pretrain``'s loop on BlasOps with a wall-clock cap; saves model{epoch}.bin and model-last.bin."""
    from spacy.schemas import ConfigSchemaPretrain
    from spacy.training.pretrain import ProgressTracker, create_pretraining_model, ensure_docs, make_update
    from spacy.util import dot_to_object, load_model_from_config, registry
    from thinc.api import fix_random_seed

    from warta.models import BlasOps, use_blas_ops

    out.mkdir(parents=True, exist_ok=True)
    config.to_disk(out / "config.cfg")
    fix_random_seed(config["system"]["seed"])
    config["initialize"]["init_tok2vec"] = None
    nlp = load_model_from_config(config)
    resolved = nlp.config.interpolate()
    P = registry.resolve(resolved["pretraining"], schema=ConfigSchemaPretrain)
    corpus = registry.resolve({"corpus": dot_to_object(resolved, P["corpus"])})["corpus"]
    model = create_pretraining_model(nlp, P)  # initialises nlp: loads the static vectors
    use_blas_ops(nlp)  # cached floret lookups; the components themselves are not used
    ops = BlasOps()
    for node in model.walk():
        node.ops = ops
    objective, optimizer = model.attrs["loss"], P["optimizer"]
    tracker = ProgressTracker(frequency=100_000)
    start = time.perf_counter()
    deadline = start + 60 * max_minutes

    def save(name: str, epoch: int) -> None:
        with model.use_params(optimizer.averages):
            (out / name).write_bytes(model.get_ref("tok2vec").to_bytes())
        log = {"epoch": epoch, "nr_word": tracker.nr_word, "epoch_loss": tracker.epoch_loss}
        log["wall_s"] = round(time.perf_counter() - start)
        with (out / "log.jsonl").open("a") as f:
            f.write(json.dumps(log) + "\n")
        print("saved", out / name, log, flush=True)

    epoch, stop = 0, False
    for epoch in range(max_epochs):
        for batch in P["batcher"](corpus(nlp)):
            docs = ensure_docs(batch)
            progress = tracker.update(epoch, make_update(model, docs, optimizer, objective), docs)
            if progress:
                print("epoch {} words {} loss {} loss/update {} w/s {}".format(*progress), flush=True)
            if time.perf_counter() > deadline:
                stop = True
                break
        if stop:
            break
        save(f"model{epoch}.bin", epoch)
        tracker.epoch_loss = 0.0
    save("model-last.bin", epoch)
    print(f"pretrained in {time.perf_counter() - start:.0f} s wall", flush=True)
    return out / "model-last.bin"


@app.command()
def corpus(
    out: Path = typer.Option(WORK / "news.jsonl", help="pretraining JSONL (keep outside the repo)"),
) -> None:
    """Build the pretraining corpus from the news texts."""
    print(build_corpus(out))


@app.command()
def pretrain(
    out: Path = typer.Option(WORK / "chars", help="weights directory"),
    raw_text: Path = typer.Option(WORK / "news.jsonl", help="corpus from the `corpus` command"),
    objective: str = typer.Option("characters", help="characters | vectors"),
    max_minutes: float = typer.Option(25.0, help="wall-clock cap (saves model-last.bin at the cap)"),
    max_epochs: int = typer.Option(1000, help="epoch cap"),
    seed: int = 0,
) -> None:
    """Pretrain the syntax tok2vec on the news corpus."""
    if not raw_text.exists():
        print(build_corpus(raw_text))
    run_pretraining(pretrain_config(raw_text, objective, seed), out, max_minutes, max_epochs)


@app.command()
def finetune(
    weights: Path = typer.Option(..., help="pretrained tok2vec weights (.bin); 'none' for the baseline"),
    out: Path = typer.Option(..., help="output directory"),
    seed: int = 0,
    max_steps: int = typer.Option(0, help="override training.max_steps (0: syntax.cfg's)"),
) -> None:
    """Train the syntax pipeline (syntax.cfg, our vectors) from the pretrained tok2vec weights."""
    from training.train import spacy_train

    config = pretrain_config(WORK / "news.jsonl", seed=seed)
    out.mkdir(parents=True, exist_ok=True)
    config.to_disk(out / "syntax-pretrain.cfg")
    overrides: dict[str, object] = {"paths.init_tok2vec": None if str(weights) == "none" else str(weights)}
    if max_steps:
        overrides["training.max_steps"] = max_steps
    spacy_train(out / "syntax-pretrain.cfg", out, VECTORS, overrides)


if __name__ == "__main__":
    app()
