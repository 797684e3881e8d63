"""Experiment (issue #3): nlp-id's POS-tagged corpus as extra signal for the syntax model's tok2vec.

Data: ``nlp_id/data/dataset_postag.txt`` of the nlp-id package (kumparan, version 0.1.23, MIT licence;
installed in the project's virtual environment): about 560K tokens of Indonesian news and lifestyle text,
``token<TAB>tag`` lines, a blank line between sentences, in nlp-id's own 16-tag scheme. Its tags are used
raw (no mapping to UD), so the ambiguities of a mapping (ADV covers AUX, PR covers PRON and SCONJ "yang",
SYM covers PUNCT and SYM, ...) never reach the UD components; :data:`NLPID_TO_UPOS` documents the nearest
UD tags and ``agreement`` measures how well they fit a UD-trained model's output.

``python -m training.nlpid convert|labels|check|baseline|pretrain|finetune|joint|export|evaluate|agreement|speed``.
Everything goes to ``training/build/nlpid``. Variant A is what ``python -m training.train syntax`` ships
(session 5: dev UPOS +1.4, LAS +1.6 over syntax.cfg alone, mean of two seeds); the rest are the experiments
that chose it.

- ``convert``: nlp-id -> DocBins (tags in TAG), minus every sentence of GSD test, CSUI test or the syntax
  dev slice (and nlp-id's own repeats); 500 sentences held out to watch the pretraining.
- ``pretrain`` + ``finetune`` (variant B): a tok2vec + tagger trained on the nlp-id tags alone, whose tok2vec
  weights then initialise the unchanged syntax.cfg training on UD.
- ``joint`` + ``export`` (variant A): one training run where an auxiliary tagger (``nlpid_tagger``,
  gold read from ``doc.user_data``) listens to the shared tok2vec on nlp-id Docs while the UD Docs train the
  UD components; each corpus leaves the other's annotation missing (``check`` shows zero loss and gradient).
  ``export`` drops the auxiliary tagger; the exported pipeline has the shipped architecture.
- ``baseline``: syntax.cfg unchanged into OUT (same seeds and steps as the variants).
- ``evaluate``: dev scores with gold tokens, overall and by source (CSUI train / GSD dev / PUD).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import json  # noqa: E402
import random  # noqa: E402
from collections import Counter  # noqa: E402
from collections.abc import Callable, Iterable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import spacy  # noqa: E402
import typer  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.pipeline.tagger import Tagger  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402
from spacy.training import Corpus, Example  # noqa: E402
from spacy.vocab import Vocab  # noqa: E402
from thinc.api import Model  # noqa: E402

from training.convert import BUILD, SEED, syntax_pool  # noqa: E402
from training.corpora import UD_REPORTED, UDSentence, reported_keys, sentence_key  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = Path(__file__).parent / "configs"
OUT = BUILD / "nlpid"
LABELS = OUT / "labels"
NLPID_TRAIN = OUT / "nlpid-train.spacy"
NLPID_HELDOUT = OUT / "nlpid-heldout.spacy"
SHIPPED = ROOT / "warta" / "models" / "id_warta"
UD_COMPONENTS = ("tagger", "morphologizer", "trainable_lemmatizer", "parser")
USER_KEY = "nlpid_tags"

# nlp-id tag -> nearest UPOS (documentation and the ``agreement`` check; training uses the raw tags).
NLPID_TO_UPOS: dict[str, str] = {
    "NN": "NOUN",
    "NNP": "PROPN",
    "VB": "VERB",
    "JJ": "ADJ",
    "ADV": "ADV",  # also auxiliaries (akan, sudah, bisa, adalah, harus: AUX in UD)
    "IN": "ADP",
    "SC": "SCONJ",  # also "untuk", "dengan", "dalam" (ADP in UD)
    "CC": "CCONJ",
    "PR": "PRON",  # "yang" is PRON in GSD, SCONJ in CSUI; "ini"/"itu" often DET
    "DT": "DET",  # "nya" after a noun is DET or PRON depending on the treebank
    "NUM": "NUM",  # also ordinals (kedua, pertama: ADJ or NUM) and "persen" (NOUN)
    "NEG": "PART",
    "RP": "PART",  # pun, lah, kah
    "UH": "INTJ",
    "FW": "X",  # foreign words: UD keeps the word's own UPOS and Foreign=Yes
    "SYM": "PUNCT",  # also "Rp", "&", "+", "%" (SYM in UD)
}

app = typer.Typer(add_completion=False, help=__doc__)


# --- data --------------------------------------------------------------------------------------------


def nlpid_path() -> Path:
    import nlp_id

    return Path(nlp_id.__file__).parent / "data" / "dataset_postag.txt"


def read_nlpid(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag); a third column (a few lines) is ignored, tags are upper-cased."""
    sents: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split("\t")
        if len(parts) < 2 or not parts[0]:
            if cur:
                sents.append(cur)
            cur = []
            continue
        cur.append((parts[0], parts[1].strip().upper()))
    if cur:
        sents.append(cur)
    return sents


def ud_pool() -> tuple[list[tuple[str, UDSentence]], list[tuple[str, UDSentence]]]:
    """(dev, train) of the syntax pool exactly as :func:`training.convert.convert_syntax` splits it."""
    dev, train, _ = syntax_pool()
    return dev, train


def dev_sources() -> list[str]:
    """Source of each Doc of training/build/syntax-dev.spacy, in order."""
    return [name for name, _ in ud_pool()[0]]


def _spaces(words: list[str]) -> list[bool]:
    """A space after every token except before closing punctuation (the tok2vec features ignore it)."""
    return [
        not (i + 1 < len(words) and words[i + 1] in {",", ".", ")", ":", ";", "?", "!"})
        for i in range(len(words))
    ]


def nlpid_doc(vocab: Vocab, sent: list[tuple[str, str]]) -> Doc:
    words = [w for w, _ in sent]
    return Doc(vocab, words=words, spaces=_spaces(words), tags=[t for _, t in sent])


@app.command()
def convert(heldout: int = typer.Option(500, help="sentences kept aside to watch the pretraining")) -> None:
    """nlp-id -> OUT/nlpid-train.spacy and OUT/nlpid-heldout.spacy, minus test and dev overlap."""
    reported = reported_keys(UD_REPORTED)
    dev = {sentence_key(s.words) for _, s in ud_pool()[0]}
    sents = read_nlpid(nlpid_path())
    seen: set[str] = set()
    kept: list[list[tuple[str, str]]] = []
    stats: Counter[str] = Counter(read=len(sents))
    for sent in sents:
        key = sentence_key(w for w, _ in sent)
        if key in reported:
            stats["dropped_test_overlap"] += 1
        elif key in dev:
            stats["dropped_dev_overlap"] += 1
        elif key in seen or not key:
            stats["dropped_repeat_or_empty"] += 1
        else:
            seen.add(key)
            kept.append(sent)
    random.Random(SEED).shuffle(kept)
    vocab = Vocab()
    OUT.mkdir(parents=True, exist_ok=True)
    for path, part in ((NLPID_HELDOUT, kept[:heldout]), (NLPID_TRAIN, kept[heldout:])):
        db = DocBin(attrs=["ORTH", "TAG"], store_user_data=False)
        for sent in part:
            db.add(nlpid_doc(vocab, sent))
        db.to_disk(path)
    stats["train"] = len(kept) - heldout
    stats["heldout"] = heldout
    stats["train_tokens"] = sum(len(s) for s in kept[heldout:])
    stats["tags"] = dict(Counter(t for s in kept for _, t in s).most_common())  # type: ignore[assignment]
    (OUT / "convert.json").write_text(json.dumps(stats, indent=1), encoding="utf-8")
    print(json.dumps(stats, indent=1))


# --- the auxiliary tagger and the joint corpus -------------------------------------------------------


class NlpidTagger(Tagger):
    """A tagger whose gold tags come from ``doc.user_data["nlpid_tags"]`` (missing on UD Docs) and whose
    predictions are not written anywhere: an auxiliary head for the shared tok2vec, dropped on export."""

    def get_loss(self, examples: Iterable[Example], scores: Any) -> tuple[float, Any]:
        from thinc.api import SequenceCategoricalCrossentropy

        loss_func = SequenceCategoricalCrossentropy(
            names=self.labels, normalize=False, label_smoothing=self.cfg["label_smoothing"]
        )
        truths = []
        for eg in examples:
            tags = eg.reference.user_data.get(USER_KEY)
            if tags is None or len(tags) != len(eg.predicted):
                truths.append([None] * len(eg.predicted))
            else:
                truths.append(list(tags))
        d_scores, loss = loss_func(scores, truths)
        return float(loss), d_scores

    def set_annotations(self, docs: Iterable[Doc], batch_tag_ids: Any) -> None:
        return None

    def initialize(
        self,
        get_examples: Callable[[], Iterable[Example]],
        *,
        nlp: Language | None = None,
        labels: list[str] | None = None,
    ) -> None:
        if labels is None:
            labels = sorted({t for eg in get_examples() for t in eg.reference.user_data.get(USER_KEY, [])})
        super().initialize(get_examples, nlp=nlp, labels=labels)


@Language.factory(
    "nlpid_tagger",
    default_config={"label_smoothing": 0.0, "model": None},
)
def make_nlpid_tagger(nlp: Language, name: str, model: Model, label_smoothing: float) -> NlpidTagger:
    return NlpidTagger(
        nlp.vocab, model, name, overwrite=False, scorer=None, neg_prefix="!", label_smoothing=label_smoothing
    )


def nlpid_examples(vocab: Vocab, path: Path) -> list[Example]:
    """nlp-id Docs as Examples: gold tokens, the tags in ``user_data`` (TAG, POS, MORPH, LEMMA, heads unset)."""
    out = []
    for doc in DocBin().from_disk(path).get_docs(vocab):
        words = [t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        ref = Doc(vocab, words=words, spaces=spaces, user_data={USER_KEY: [t.tag_ for t in doc]})
        out.append(Example(Doc(vocab, words=words, spaces=spaces), ref))
    return out


@spacy.registry.readers("warta.NlpidJointCorpus.v1")
def joint_corpus(
    ud_path: str, nlpid_path: str, ratio: float = 1.0, seed: int = 0
) -> Callable[[Language], Iterator[Example]]:
    """Every UD Example (as spacy.Corpus.v1 reads them) plus a fresh random sample of nlp-id Examples with
    ``ratio`` times the UD words, shuffled; one call per epoch (the config sets max_epochs = -1)."""
    ud = Corpus(ud_path)
    rng = random.Random(seed)
    cache: dict[str, list[Example]] = {}

    def read(nlp: Language) -> Iterator[Example]:
        if "nlpid" not in cache:
            cache["nlpid"] = nlpid_examples(nlp.vocab, Path(nlpid_path))
        ud_examples = list(ud(nlp))
        budget = ratio * sum(len(eg.reference) for eg in ud_examples)
        pool = cache["nlpid"][:]
        rng.shuffle(pool)
        sample: list[Example] = []
        words = 0
        for eg in pool:
            if words >= budget:
                break
            sample.append(eg)
            words += len(eg.reference)
        examples = ud_examples + sample
        rng.shuffle(examples)
        yield from examples

    return read


@spacy.registry.callbacks("warta.load_tok2vec.v1")
def load_tok2vec(path: str) -> Callable[[Language], Language]:
    """after_init callback: the tok2vec component's weights from ``path`` (written by ``pretrain``)."""

    def load(nlp: Language) -> Language:
        nlp.get_pipe("tok2vec").model.from_bytes(Path(path).read_bytes())
        print(f"loaded tok2vec weights from {path}")
        return nlp

    return load


# --- commands ----------------------------------------------------------------------------------------


@app.command()
def labels(out: Path = typer.Option(LABELS)) -> None:
    """Labels of the UD components computed from the UD training Docs alone (as syntax.cfg computes them)."""
    from spacy import util
    from spacy.training.initialize import init_nlp

    config = util.load_config(CONFIGS / "syntax.cfg", interpolate=False)
    nlp = init_nlp(config, use_gpu=-1)
    out.mkdir(parents=True, exist_ok=True)
    for name in UD_COMPONENTS:
        (out / f"{name}.json").write_text(json.dumps(nlp.get_pipe(name).label_data), encoding="utf-8")
    tags = json.loads((OUT / "convert.json").read_text(encoding="utf-8"))["tags"]
    (out / "tagger_nlpid.json").write_text(json.dumps(sorted(tags)), encoding="utf-8")
    print({n: len(nlp.get_pipe(n).labels) for n in UD_COMPONENTS}, "nlp-id tags", sorted(tags))


def loss_and_grad(nlp: Language, batch: list[Example], names: list[str]) -> dict[str, tuple[float, float]]:
    """(loss, sum |gradient| of the component's own weights) per component after one update through the
    shared ``tok2vec``, no optimizer step; the gradients are zeroed again."""
    import numpy

    res = {}
    for name in names:
        proc = nlp.get_pipe(name)
        nlp.get_pipe("tok2vec").update(batch, drop=0.0, sgd=None, losses={})
        losses: dict[str, float] = {}
        proc.update(batch, drop=0.0, sgd=None, losses=losses)
        g = 0.0
        for node in proc.model.walk():
            if node.name == "tok2vec-listener":
                continue
            for p in node.param_names:
                if node.has_grad(p):
                    g += float(numpy.abs(node.get_grad(p)).sum())
                    node.set_grad(p, node.get_grad(p) * 0)
        res[name] = (round(losses.get(name, 0.0), 4), round(g, 4))
    return res


@app.command()
def check(n: int = typer.Option(16, help="Docs of each corpus")) -> None:
    """Each component on the other corpus's Docs: missing annotation, zero loss, zero gradient."""
    from spacy import util
    from spacy.training.initialize import init_nlp
    from spacy.util import fix_random_seed

    fix_random_seed(0)
    config = util.load_config(
        CONFIGS / "syntax-nlpid-joint.cfg", overrides={"paths.nlpid": str(OUT)}, interpolate=False
    )
    nlp = init_nlp(config, use_gpu=-1)
    ud = list(Corpus(str(BUILD / "syntax-train.spacy"), limit=n)(nlp))
    nl = nlpid_examples(nlp.vocab, NLPID_HELDOUT)[:n]
    print("labels:", {name: len(nlp.get_pipe(name).labels) for name in (*UD_COMPONENTS, "tagger_nlpid")})
    ref = json.loads((LABELS / "parser.json").read_text())
    print("parser actions as UD-only init:", json.loads(json.dumps(nlp.get_pipe("parser").label_data)) == ref)
    eg = nl[0]
    print(
        "nlp-id Doc has TAG/POS/MORPH/LEMMA/DEP:",
        [eg.reference.has_annotation(a) for a in ("TAG", "POS", "MORPH", "LEMMA", "DEP")],
        "| parser has_gold:",
        nlp.get_pipe("parser").moves.has_gold(eg),
    )

    def grads(batch: list[Example]) -> dict[str, tuple[float, float]]:
        return loss_and_grad(nlp, batch, [name for name in nlp.pipe_names if name != "tok2vec"])

    print("update on UD Docs only:     (loss, |grad|)", grads(ud))
    print("update on nlp-id Docs only: (loss, |grad|)", grads(nl))
    print("update on both:             (loss, |grad|)", grads(ud + nl))
    copied = Example(nl[0].predicted.copy(), nl[0].reference)
    print("user_data survives Language.update's copy:", USER_KEY in copied.reference.user_data)


VECTORS_KEY = "components.tok2vec.model.embed.include_static_vectors"
VectorsOpt = typer.Option(True, "--vectors/--no-vectors", help="static vectors (training/build/vectors)")


def _train(
    config: str, out: Path, seed: int, max_steps: int, vectors: bool, extra: dict[str, object]
) -> Path:
    """:func:`training.train.spacy_train` of CONFIGS/``config``, with the vectors switched as ``train syntax``."""
    from training.train import spacy_train

    overrides: dict[str, object] = {
        "system.seed": seed,
        VECTORS_KEY: vectors,
        "paths.nlpid": str(OUT),
        **extra,
    }
    if max_steps:
        overrides["training.max_steps"] = max_steps
    return spacy_train(CONFIGS / config, out, BUILD / "vectors" if vectors else None, overrides)


@app.command()
def baseline(
    out: Path = typer.Option(OUT / "base-s0"), seed: int = 0, max_steps: int = 0, vectors: bool = VectorsOpt
) -> None:
    """syntax.cfg unchanged (what ``python -m training.train syntax`` trains), into OUT."""
    _train("syntax.cfg", out, seed, max_steps, vectors, {})


@app.command()
def pretrain(
    out: Path = typer.Option(OUT / "pretrain"), seed: int = 0, max_steps: int = 0, vectors: bool = VectorsOpt
) -> None:
    """Variant B, step 1: tok2vec + tagger on the nlp-id tags; writes OUT/tok2vec.bin (model-last's)."""
    _train("syntax-nlpid-pretrain.cfg", out, seed, max_steps, vectors, {})
    nlp = spacy.load(out / "model-last")
    (out / "tok2vec.bin").write_bytes(nlp.get_pipe("tok2vec").model.to_bytes())
    print(f"wrote {out / 'tok2vec.bin'}")


@app.command()
def finetune(
    out: Path = typer.Option(OUT / "ft-s0"),
    weights: Path = typer.Option(OUT / "pretrain" / "tok2vec.bin"),
    seed: int = 0,
    max_steps: int = 0,
    vectors: bool = VectorsOpt,
) -> None:
    """Variant B, step 2: syntax.cfg unchanged, tok2vec initialised from the pretrained weights."""
    _train("syntax-nlpid-ft.cfg", out, seed, max_steps, vectors, {"initialize.after_init.path": str(weights)})


@app.command()
def joint(
    out: Path = typer.Option(OUT / "joint-s0"),
    seed: int = 0,
    max_steps: int = 0,
    vectors: bool = VectorsOpt,
    ratio: float = typer.Option(0.0, help="nlp-id words per UD word each epoch (0: config)"),
) -> None:
    """Variant A: the auxiliary nlp-id tagger on the shared tok2vec, then ``export``."""
    extra: dict[str, object] = {"corpora.train.ratio": ratio} if ratio else {}
    _train("syntax-nlpid-joint.cfg", out, seed, max_steps, vectors, extra)
    for which in ("model-best", "model-last"):
        export(out / which, out / f"{which}-export")


@app.command()
def export(src: Path, dst: Path) -> None:
    """``src`` without the auxiliary tagger (and without its listener) -> ``dst``: the shipped architecture."""
    import shutil

    from spacy.util import load_config

    nlp = spacy.load(src)
    if "tagger_nlpid" in nlp.pipe_names:
        listener = nlp.get_pipe("tagger_nlpid").model.get_ref("tok2vec")
        nlp.get_pipe("tok2vec").remove_listener(listener, "tagger_nlpid")
        nlp.remove_pipe("tagger_nlpid")
    if dst.exists():
        shutil.rmtree(dst)
    nlp.to_disk(dst)
    config = load_config(dst / "config.cfg")
    # the label files were read at training time; the shipped config starts them empty, as syntax.cfg does
    config["initialize"]["components"] = {}
    config["corpora"]["train"] = {"@readers": "spacy.Corpus.v1", "path": "${paths.train}"}
    config.to_disk(dst / "config.cfg")
    print(f"exported {nlp.pipe_names} -> {dst}")


def _gold_token_examples(nlp: Language, path: Path) -> list[Example]:
    examples = []
    for ref in DocBin().from_disk(path).get_docs(nlp.vocab):
        words = [t.text for t in ref]
        spaces = [bool(t.whitespace_) for t in ref]
        examples.append(Example(Doc(nlp.vocab, words=words, spaces=spaces), ref))
    return examples


KEYS = ("pos_acc", "tag_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las")


@app.command()
def evaluate(
    models: list[Path],
    out: Path = typer.Option(OUT / "dev_scores.json", help="scores are merged into this JSON"),
) -> None:
    """Dev scores (gold tokens) overall and by source; MODELS are pipeline directories."""
    from warta.models import load

    sources = dev_sources()
    results = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    for path in models:
        nlp = load(path)
        examples = _gold_token_examples(nlp, BUILD / "syntax-dev.spacy")
        assert len(examples) == len(sources)
        res: dict[str, dict[str, float]] = {}
        for part in ("all", "csui", "gsd", "pud"):
            exs = [eg for eg, s in zip(examples, sources, strict=True) if part in ("all", s)]
            scores = nlp.evaluate(exs)
            res[part] = {k: round(100 * scores[k], 2) for k in KEYS if scores.get(k) is not None}
            res[part]["words"] = sum(len(eg.reference) for eg in exs)
        results[str(path)] = res
        print(path, json.dumps(res))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=1), encoding="utf-8")


@app.command()
def agreement(model: Path = typer.Option(SHIPPED), n: int = typer.Option(500)) -> None:
    """How often the model's UPOS equals NLPID_TO_UPOS[tag] on held-out nlp-id sentences, by nlp-id tag."""
    from warta.models import load

    nlp = load(model)
    per: dict[str, Counter[str]] = {}
    docs = DocBin().from_disk(NLPID_HELDOUT).get_docs(nlp.vocab)
    for i, ref in enumerate(docs):
        if i >= n:
            break
        doc = Doc(nlp.vocab, words=[t.text for t in ref], spaces=[bool(t.whitespace_) for t in ref])
        for _, proc in nlp.pipeline:
            doc = proc(doc)
        for gold, tok in zip(ref, doc, strict=True):
            per.setdefault(gold.tag_, Counter())[tok.pos_] += 1
    total = agree = 0
    for tag, c in sorted(per.items(), key=lambda kv: -sum(kv[1].values())):
        m = NLPID_TO_UPOS.get(tag, "?")
        total += sum(c.values())
        agree += c[m]
        print(f"{tag:4s} -> {m:6s} {c[m] / sum(c.values()):6.1%} of {sum(c.values()):5d}  {c.most_common(4)}")
    print(f"overall {agree / total:.1%} of {total}")


@app.command()
def speed(models: list[Path], repeat: int = typer.Option(3)) -> None:
    """Words per second (best of ``repeat``) of each pipeline over the dev texts, one thread."""
    import time

    from warta.models import load

    texts = [doc.text for doc in DocBin().from_disk(BUILD / "syntax-dev.spacy").get_docs(Vocab())] * 4
    for path in models:
        nlp = load(path)
        list(nlp.pipe(texts[:50]))
        best = float("inf")
        for _ in range(repeat):
            t = time.perf_counter()
            n = sum(len(d) for d in nlp.pipe(texts, batch_size=8))
            best = min(best, time.perf_counter() - t)
        print(f"{path}: {n / best:,.0f} words/s ({nlp.pipe_names})")


if __name__ == "__main__":
    app()
