"""Train small floret (subword-hashed fastText) vectors on unlabelled Indonesian text, for the tok2vecs.

The labelled corpora hold only ~50K UD words and ~100K NER words; vectors trained on the news texts in
../shared/data/news (plus the training splits' own text, never a reported split) give every word, even an
unseen one through its character n-grams, a distributional vector. Floret keeps the table small (a fixed
number of hashed rows) and keyed on LOWER, so lowercased corpora and cased news share one space.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from training.convert import BUILD, UD_POOL, ner_sources
from training.corpora import (
    DATA,
    NER_REPORTED,
    UD,
    news_paragraphs,
    read_conllu,
    read_ner,
    reported_keys,
    sentence_key,
)

SEED = 0
DIM = 64
BUCKET = 20000


def corpus_lines() -> list[str]:
    """Lowercased, tokenised lines: news texts, UD training pool, NER training splits and NERP/POSP."""
    from warta.language import WartaIndonesian

    tokenizer = WartaIndonesian().tokenizer
    banned = reported_keys(NER_REPORTED) | reported_keys(
        [
            UD / "UD_Indonesian-GSD" / "id_gsd-ud-test.conllu",
            UD / "UD_Indonesian-CSUI" / "id_csui-ud-test.conllu",
        ]
    )
    lines = [
        " ".join(t.text for t in tokenizer(para) if not t.is_space).lower() for para in news_paragraphs()
    ]
    sents: list[list[str]] = [s.words for _, f in UD_POOL for s in read_conllu(f)]
    ner_train, _ = ner_sources(1, ("nerugm", "nerp"))
    ner_train.append(DATA / "ner" / "indonlu" / "posp_pos-prosa" / "train_preprocess.txt")
    sents += [s.words for f in ner_train for s in read_ner(f)]
    lines += [" ".join(w).lower() for w in sents if sentence_key(w) not in banned]
    return lines


def train(out: Path = BUILD / "vectors") -> Path:
    """Train floret vectors and convert them to a spaCy vectors pipeline at ``out``."""
    import floret

    BUILD.mkdir(parents=True, exist_ok=True)
    text = BUILD / "vectors-corpus.txt"
    text.write_text("\n".join(corpus_lines()) + "\n", encoding="utf-8")
    model = floret.train_unsupervised(
        str(text),
        model="cbow",
        mode="floret",
        hashCount=2,
        bucket=BUCKET,
        minn=3,
        maxn=5,
        minCount=3,
        dim=DIM,
        epoch=10,
        thread=1,
        verbose=0,
    )
    vec = BUILD / "vectors.floret"
    model.save_floret_vectors(str(vec))
    subprocess.run(
        [
            sys.executable,
            "-m",
            "spacy",
            "init",
            "vectors",
            "id",
            str(vec),
            str(out),
            "--mode",
            "floret",
            "--attr",
            "LOWER",
        ],
        check=True,
    )
    return out


if __name__ == "__main__":
    print(train())
