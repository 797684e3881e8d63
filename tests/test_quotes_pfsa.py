"""The PFSA-ID span model: features, BILOU decoding, the scorer, and the shipped model on the dev data."""

from __future__ import annotations

import pytest

from tests.conftest import shared_path
from warta.evaluate.quotes import score_spans, span_sets
from warta.quotes import pfsa


def test_bilou_spans():
    tags = ["O", "B-STATEMENT", "I-STATEMENT", "L-STATEMENT", "U-CUE", "B-PERSON", "L-PERSON", "O"]
    assert pfsa.spans(tags) == [("STATEMENT", 1, 4), ("CUE", 4, 5), ("PERSON", 5, 7)]
    assert pfsa.spans(["I-ROLE", "I-ROLE"]) == [("ROLE", 0, 2)]  # broken sequence still a span


def test_features_see_quote_parity_across_sentences():
    toks = pfsa.to_tokens([["”", "Kami", "siap", "."], ["Ini", "benar", ",", "”", "kata", "Budi", "."]])
    feats = pfsa.features(toks)
    assert "qp=1" in feats[1] and "qp=1" in feats[4]  # inside the quote in both sentences
    assert "qp=0" in feats[8]  # after the closing mark
    assert "cue=speech" in feats[8]


def test_statements_continue_across_blank_lines():
    sents = [[("”", "B-STATEMENT"), ("Ya", "I-STATEMENT")], [("benar", "I-STATEMENT"), ("”", "L-STATEMENT")]]
    gold, pred = span_sets(sents, [["B-STATEMENT", "I-STATEMENT"], ["I-STATEMENT", "L-STATEMENT"]])
    assert gold == pred == [("STATEMENT", 0, 4)]
    assert score_spans(gold, pred)["overall"]["f1"] == 1.0


def test_articles_split_at_kompas_headers():
    sents = [["JAKARTA", ",", "KOMPAS", "—", "A"], ["B"], ["BOGOR", ",", "KOMPAS.com", "-", "C"]]
    assert pfsa.split_articles(sents) == [[0, 1], [2]]


def test_shipped_model_scores_on_pfsa(tmp_path):
    if pfsa.load_tagger() is None:
        pytest.skip("the PFSA model (warta/models/pfsa) or python-crfsuite is not installed")
    data = shared_path("data", "quotes", "pfsa-id", "pfsa-id_dev-40.txt")
    sents = pfsa.read_bilou(data)[:400]
    sample = tmp_path / "sample.txt"
    sample.write_text(
        "\n\n".join("\n".join(f"{w}\t{t}" for w, t in s) for s in sents) + "\n", encoding="utf-8"
    )
    from warta.evaluate.quotes import run

    out = tmp_path / "pred.tsv"
    scores = run(sample, out)
    assert scores["overall"]["f1"] > 0.8  # seen in training: a smoke test, not a measurement
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].count("\t") == 2
