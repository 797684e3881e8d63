"""Convert the shared corpora into spaCy DocBins under ``training/build`` (gold tokens, fixed seed).

Syntax: UD CSUI train + GSD dev (twice: GSD test's style is closest to it) + PUD, minus every sentence
that also occurs in GSD test or CSUI test; a seeded 10% slice of the pool is the dev set.
NER: idner-news-2k train + indolem nerui train.NN + NERGrit train (+ NERP, nerugm when asked), mapped to
PER ORG GPE LOC, minus every sentence of a reported split or of the dev set (idner dev + nerui dev.NN).
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from pathlib import Path

from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

from training.corpora import (
    NER,
    NER_REPORTED,
    UD,
    UD_REPORTED,
    NERSentence,
    UDSentence,
    read_conllu,
    read_ner,
    reported_keys,
    sentence_key,
    to_warta_spans,
)

BUILD = Path(__file__).parent / "build"
SEED = 0


def ud_doc(vocab: Vocab, sent: UDSentence, with_xpos: bool) -> Doc:
    """A Doc over the sentence's syntactic words with POS, morph, lemma, heads, deps (and XPOS)."""
    rows = sent.rows
    heads = []
    deps = []
    for i, r in enumerate(rows):
        head = int(r[6]) if r[6].isdigit() else 0
        heads.append(i if head == 0 else head - 1)
        deps.append("ROOT" if head == 0 else r[7])
    return Doc(
        vocab,
        words=sent.words,
        spaces=sent.spaces,
        pos=[r[3] if r[3] != "_" else "X" for r in rows],
        tags=[r[4] if with_xpos and r[4] != "_" else "" for r in rows],
        morphs=[r[5] if r[5] != "_" else "" for r in rows],
        lemmas=[r[2] if r[2] != "_" else r[1] for r in rows],
        heads=heads,
        deps=deps,
        sent_starts=[True] + [False] * (len(rows) - 1),
    )


def ud_gold_doc(vocab: Vocab, sent: UDSentence) -> Doc:
    """Words and spaces only (what ``warta eval ud`` tags)."""
    return Doc(vocab, words=sent.words, spaces=sent.spaces)


# the syntax pool: (source name, file)
UD_POOL = [
    ("csui", UD / "UD_Indonesian-CSUI" / "id_csui-ud-train.conllu"),
    ("gsd", UD / "UD_Indonesian-GSD" / "id_gsd-ud-dev.conllu"),
    ("pud", UD / "UD_Indonesian-PUD" / "id_pud-ud-test.conllu"),
]


def syntax_pool() -> tuple[list[tuple[str, UDSentence]], list[tuple[str, UDSentence]], int]:
    """(dev, train, dropped): the pool minus every sentence of a reported split, shuffled with SEED, its
    first tenth the dev set. Each sentence comes with its source name."""
    banned = reported_keys(UD_REPORTED)
    pool: list[tuple[str, UDSentence]] = []
    dropped = 0
    for name, path in UD_POOL:
        for sent in read_conllu(path):
            if sentence_key(sent.words) in banned:
                dropped += 1
                continue
            pool.append((name, sent))
    random.Random(SEED).shuffle(pool)
    n_dev = len(pool) // 10
    return pool[:n_dev], pool[n_dev:], dropped


def convert_syntax(out: Path = BUILD, gsd_weight: int = 2) -> dict[str, int]:
    """Write syntax-train.spacy and syntax-dev.spacy; returns sentence counts."""
    dev, train, dropped = syntax_pool()
    vocab = Vocab()
    train_db, dev_db = DocBin(store_user_data=False), DocBin(store_user_data=False)
    for name, sent in train:
        for _ in range(gsd_weight if name == "gsd" else 1):
            train_db.add(ud_doc(vocab, sent, with_xpos=name == "csui"))
    for name, sent in dev:
        dev_db.add(ud_doc(vocab, sent, with_xpos=name == "csui"))
    out.mkdir(parents=True, exist_ok=True)
    train_db.to_disk(out / "syntax-train.spacy")
    dev_db.to_disk(out / "syntax-dev.spacy")
    return {"train": len(train), "dev": len(dev), "dropped_overlap": dropped}


def ner_doc(vocab: Vocab, sent: NERSentence) -> Doc:
    doc = Doc(vocab, words=sent.words)
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in to_warta_spans(sent)]
    return doc


def ner_sources(fold: int = 1, extra: Iterable[str] = ()) -> tuple[list[Path], list[Path]]:
    """(train files, dev files) of the NER union; ``fold`` picks the indolem nerui split."""
    train = [
        NER / "idner-news-2k" / "train.txt",
        NER / "indolem" / "nerui" / f"train.{fold:02d}.tsv",
        NER / "indonlu" / "nergrit_ner-grit" / "train_preprocess.txt",
    ]
    if "nerugm" in extra:
        train.append(NER / "indolem" / "nerugm" / "nerugm.txt")
    if "nerp" in extra:
        train.append(NER / "indonlu" / "nerp_ner-prosa" / "train_preprocess.txt")
    dev = [NER / "idner-news-2k" / "dev.txt", NER / "indolem" / "nerui" / f"dev.{fold:02d}.tsv"]
    return train, dev


def convert_ner(
    out: Path = BUILD,
    fold: int = 1,
    extra: Iterable[str] = (),
    reported: Iterable[Path] | None = None,
    prefix: str = "ner",
) -> dict[str, int]:
    """Write {prefix}-train.spacy and {prefix}-dev.spacy; returns sentence counts."""
    if reported is None:
        reported = NER_REPORTED
    train_files, dev_files = ner_sources(fold, extra)
    banned = reported_keys(reported)
    vocab = Vocab()
    dev_db, train_db = DocBin(store_user_data=False), DocBin(store_user_data=False)
    dev_keys: set[str] = set()
    n_dev = 0
    for path in dev_files:
        for sent in read_ner(path):
            key = sentence_key(sent.words)
            if key in banned:
                continue
            dev_keys.add(key)
            dev_db.add(ner_doc(vocab, sent))
            n_dev += 1
    seen: set[str] = set()
    n_train = dropped = 0
    for path in train_files:
        for sent in read_ner(path):
            key = sentence_key(sent.words)
            if key in banned or key in dev_keys or key in seen:
                dropped += 1
                continue
            seen.add(key)
            train_db.add(ner_doc(vocab, sent))
            n_train += 1
    out.mkdir(parents=True, exist_ok=True)
    train_db.to_disk(out / f"{prefix}-train.spacy")
    dev_db.to_disk(out / f"{prefix}-dev.spacy")
    return {"train": n_train, "dev": n_dev, "dropped_overlap_or_duplicate": dropped}
