"""Compare lemmatizers on UD lemmas: our trainable (edit-tree) lemmatizer vs nlp-id's dictionary one.

``python -m training.lemma_compare [FILE.conllu]`` scores on the held-out slice of the UD training pool
(training/build/syntax-dev.spacy) by default, so the choice is made without a test split. nlp-id is a
dev-only dependency (``pip install nlp-id``); it is not needed at run time.
"""

from __future__ import annotations

from pathlib import Path

import typer
from spacy.tokens import Doc, DocBin

from training.convert import BUILD
from warta.models import load
from warta.models.formats import read_conllu


def gold_docs(nlp, conllu: Path | None) -> tuple[list[Doc], list[list[str]]]:
    """Docs over gold words (to tag) and their gold lemmas."""
    if conllu is None:
        gold = list(DocBin().from_disk(BUILD / "syntax-dev.spacy").get_docs(nlp.vocab))
        words = [[t.text for t in d] for d in gold]
        spaces = [[bool(t.whitespace_) for t in d] for d in gold]
        lemmas = [[t.lemma_ for t in d] for d in gold]
    else:
        sents = list(read_conllu(conllu))
        words = [s.words for s in sents]
        spaces = [s.spaces for s in sents]
        lemmas = [[r[2] for r in s.rows] for s in sents]
    docs = [Doc(nlp.vocab, words=w, spaces=s) for w, s in zip(words, spaces, strict=True)]
    for doc in docs:
        for i, tok in enumerate(doc):
            tok.is_sent_start = i == 0
    return docs, lemmas


def main(
    conllu: Path | None = typer.Argument(None, help="CoNLL-U file (default: the pool's dev slice)"),
) -> None:
    from nlp_id.lemmatizer import Lemmatizer

    nlp = load()
    docs, gold = gold_docs(nlp, conllu)
    nlp_id = Lemmatizer()
    cache: dict[str, str] = {}

    def dictionary(word: str) -> str:
        if word not in cache:
            cache[word] = nlp_id.lemmatize(word) or word
        return cache[word]

    hits = {"trainable": 0, "nlp-id": 0, "nlp-id + rules": 0}
    total = 0
    for doc, lemmas in zip(nlp.pipe(docs), gold, strict=True):
        for tok, lemma in zip(doc, lemmas, strict=True):
            total += 1
            hits["trainable"] += tok.lemma_ == lemma
            hits["nlp-id"] += dictionary(tok.text) == lemma
            # keep names and non-words as written (UD does), use the dictionary for the rest
            ruled = tok.text if tok.pos_ in ("PROPN", "PUNCT", "NUM", "SYM", "X") else dictionary(tok.text)
            hits["nlp-id + rules"] += ruled == lemma
    for name, n in hits.items():
        print(f"{name:16s} {100 * n / total:.2f}  ({total} words)")


if __name__ == "__main__":
    typer.run(main)
